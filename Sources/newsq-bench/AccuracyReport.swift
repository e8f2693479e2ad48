import ReaderScoring

/// Renders the accuracy section as readable text: totals against the targets, one row per
/// article, and with `verbose` every issue behind the numbers.
struct AccuracyReport {
  var result: AccuracyResult
  var verbose: Bool
  /// What was scored, as the heading names it ("Tests/Corpus + the example").
  var source: String

  func lines() -> [String] {
    let total = result.total
    let articles = result.scores.count == 1 ? "article" : "articles"
    var out = ["Accuracy on \(source) (\(result.scores.count) \(articles) with gold)"]
    for missing in result.missingCorpora { out.append("  (no corpus at \(missing))") }
    func figure(_ label: String, _ value: Double, _ target: Double?) -> String {
      let bar = target.map {
        "   target \u{2265} \(Format.fixed($0, 2))  \(Targets.verdict(value, atLeast: $0))"
      }
      return "  " + Format.left(label, 22) + Format.fixed(value, 3) + (bar ?? "")
    }
    out.append(
      "  gold quotes \(total.gold), predicted \(total.predicted), matched \(total.matched), "
        + "speaker right \(total.speakerRight)")
    out.append(figure("quote precision", total.precision, nil))
    out.append(figure("quote recall", total.recall, nil))
    out.append(figure("quote F1", total.f1, Targets.quoteF1))
    out.append(figure("speaker accuracy", total.speakerAccuracy, Targets.speakerAccuracy))
    out.append(figure("end-to-end F1", total.endToEndF1, Targets.endToEndF1))
    out.append(
      "  other_quotes leaked  \(total.otherLeaked) of \(total.otherQuotes) predicted as speech")
    out.append("")
    // The name column fits the longest name, so the figures stay in columns.
    let width =
      max(28, (result.scores.map(\.name) + result.skipped.map(\.name)).map(\.count).max() ?? 0) + 2
    out.append(
      "  " + Format.left("article", width)
        + ["gold", "pred", "match", "spkr", "F1", "e2e", "leak"].map {
          Format.right($0, 6)
        }.joined())
    for score in result.scores {
      let counts = score.counts
      let cells = [
        String(counts.gold), String(counts.predicted), String(counts.matched),
        String(counts.speakerRight), Format.fixed(counts.f1, 2), Format.fixed(counts.endToEndF1, 2),
        "\(counts.otherLeaked)/\(counts.otherQuotes)",
      ]
      out.append("  " + Format.left(score.name, width) + cells.map { Format.right($0, 6) }.joined())
    }
    for skipped in result.skipped {
      out.append("  " + Format.left(skipped.name, width) + "  skipped: \(skipped.reason)")
    }
    if verbose { out += issueLines() }
    return out
  }

  private func issueLines() -> [String] {
    var out: [String] = []
    for score in result.scores where !score.issues.isEmpty {
      out.append("")
      out.append("  \(score.name): \(score.issues.count) issue(s)")
      for issue in score.issues {
        out.append("    [\(issue.kind.rawValue)]")
        if let gold = issue.goldText { out.append("      gold:      \(Format.clip(gold))") }
        if let found = issue.predictedText { out.append("      predicted: \(Format.clip(found))") }
        if !issue.goldSpeakers.isEmpty {
          let names = issue.goldSpeakers.map { $0 ?? "(none)" }.joined(separator: " | ")
          out.append("      gold speaker:      \(names)")
        }
        if issue.predictedText != nil {
          out.append("      predicted speaker: \(issue.predictedSpeaker ?? "(none)")")
        }
      }
    }
    return out
  }
}
