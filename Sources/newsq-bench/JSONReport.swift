import ReaderScoring

/// The whole report as one JSON object, for scripts that track the figures over time.
enum JSONReport {
  static func render(accuracy: AccuracyResult?, speed: SpeedResult?, shell: String?) -> String {
    var members: [(String, String)] = []
    if let accuracy { members.append(("accuracy", render(accuracy))) }
    if let speed { members.append(("speed", render(speed))) }
    if let shell { members.append(("shell", shell)) }
    return JSONWriter.object(members)
  }

  private static func render(_ counts: QuoteCounts) -> String {
    JSONWriter.object([
      ("gold", "\(counts.gold)"), ("predicted", "\(counts.predicted)"),
      ("matched", "\(counts.matched)"), ("speaker_right", "\(counts.speakerRight)"),
      ("precision", JSONWriter.number(counts.precision)),
      ("recall", JSONWriter.number(counts.recall)), ("f1", JSONWriter.number(counts.f1)),
      ("speaker_accuracy", JSONWriter.number(counts.speakerAccuracy)),
      ("end_to_end_f1", JSONWriter.number(counts.endToEndF1)),
      ("other_quotes", "\(counts.otherQuotes)"), ("other_leaked", "\(counts.otherLeaked)"),
    ])
  }

  private static func render(_ issue: ScoringIssue) -> String {
    JSONWriter.object([
      ("kind", JSONWriter.string(issue.kind.rawValue)),
      ("gold", JSONWriter.optional(issue.goldText)),
      ("predicted", JSONWriter.optional(issue.predictedText)),
      ("gold_speakers", JSONWriter.array(issue.goldSpeakers.map(JSONWriter.optional))),
      ("predicted_speaker", JSONWriter.optional(issue.predictedSpeaker)),
    ])
  }

  private static func render(_ accuracy: AccuracyResult) -> String {
    JSONWriter.object([
      ("total", render(accuracy.total)),
      ("missing_corpora", JSONWriter.array(accuracy.missingCorpora.map(JSONWriter.string))),
      (
        "articles",
        JSONWriter.array(
          accuracy.scores.map { score in
            JSONWriter.object([
              ("name", JSONWriter.string(score.name)), ("counts", render(score.counts)),
              ("issues", JSONWriter.array(score.issues.map(render))),
            ])
          })
      ),
      (
        "skipped",
        JSONWriter.array(
          accuracy.skipped.map {
            JSONWriter.object([
              ("name", JSONWriter.string($0.name)), ("reason", JSONWriter.string($0.reason)),
            ])
          })
      ),
    ])
  }

  private static func render(_ speed: SpeedResult) -> String {
    let words = Double(speed.words)
    return JSONWriter.object([
      (
        "machine",
        JSONWriter.object([
          ("cpu", JSONWriter.string(speed.machine.cpuModel)), ("cores", "\(speed.machine.cores)"),
          ("load_average", speed.machine.loadAverage.map(JSONWriter.number) ?? "null"),
        ])
      ),
      ("seed", "\(speed.seed)"), ("bytes", "\(speed.bytes)"), ("articles", "\(speed.articles)"),
      ("words", "\(speed.words)"), ("reader_words", "\(speed.readerWords)"),
      ("run_seconds", JSONWriter.array(speed.runs.map { JSONWriter.number($0.wall) })),
      ("run_cpu_seconds", JSONWriter.array(speed.runs.map { JSONWriter.number($0.cpu) })),
      ("median_seconds", JSONWriter.number(speed.medianSeconds)),
      ("min_seconds", JSONWriter.number(speed.minSeconds)),
      ("words_per_second_median", JSONWriter.number(words / speed.medianSeconds)),
      ("words_per_second_best", JSONWriter.number(words / speed.minSeconds)),
      ("mb_per_second_median", JSONWriter.number(speed.megabytes / speed.medianSeconds)),
      ("mb_per_second_best", JSONWriter.number(speed.megabytes / speed.minSeconds)),
      ("typical_article_bytes", "\(speed.typicalArticleBytes)"),
      ("typical_article_seconds", JSONWriter.number(speed.typicalArticleSeconds)),
      ("example_load_seconds", speed.exampleLoadSeconds.map(JSONWriter.number) ?? "null"),
      ("median_cpu_seconds", JSONWriter.number(speed.medianCPUSeconds)),
      ("words_per_cpu_second", JSONWriter.number(words / speed.medianCPUSeconds)),
      ("scale", render(speed.scale)),
      ("scale_spread", JSONWriter.number(SpeedResult.spread(speed.scale))),
      ("scale_spread_cpu", JSONWriter.number(SpeedResult.spread(speed.scale, cpu: true))),
      ("document_scale", render(speed.documentScale)),
      ("document_scale_spread", JSONWriter.number(SpeedResult.spread(speed.documentScale))),
      (
        "document_scale_spread_cpu",
        JSONWriter.number(SpeedResult.spread(speed.documentScale, cpu: true))
      ),
      ("corpus_memory", render(speed.corpusMemory)),
      ("document_memory", render(speed.documentMemory)),
    ])
  }

  private static func render(_ points: [SpeedResult.ScalePoint]) -> String {
    JSONWriter.array(
      points.map {
        JSONWriter.object([
          ("label", JSONWriter.string($0.label)), ("bytes", "\($0.bytes)"),
          ("seconds", JSONWriter.number($0.seconds)),
          ("seconds_per_mb", JSONWriter.number($0.secondsPerMB)),
          ("cpu_seconds", JSONWriter.number($0.cpuSeconds)),
        ])
      })
  }

  private static func render(_ memory: SpeedResult.Memory) -> String {
    JSONWriter.object([
      ("baseline_bytes", "\(memory.baseline)"), ("peak_bytes", "\(memory.peak)"),
      ("text_bytes", "\(memory.textBytes)"),
      ("per_text_byte", JSONWriter.number(memory.perTextByte)),
      ("peak_was_reset", "\(memory.peakWasReset)"),
    ])
  }
}
