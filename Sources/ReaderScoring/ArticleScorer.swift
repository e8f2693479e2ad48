import NewsModel

/// Scores the reader's speech quotes in one article against its gold.
public enum ArticleScorer {
  /// - Parameters:
  ///   - text: the article text the spans index (Unicode scalars, header included).
  ///   - paragraphs: paragraph spans for the gold paragraph hint (see `SpanLocator`).
  public static func score(
    name: String, text: String, gold: GoldArticle, predicted: [PredictedQuote],
    paragraphs: [ScalarRange] = []
  ) -> ArticleScore {
    var locator = SpanLocator(text: text, paragraphs: paragraphs)
    let goldSpans = gold.quotes.map { locator.locate($0.text, paragraph: $0.paragraph) }
    let pairs = QuoteMatcher.match(gold: goldSpans, predicted: predicted.map(\.span))
    var counts = QuoteCounts(gold: gold.quotes.count, predicted: predicted.count)
    var issues: [ScoringIssue] = []

    var pairByGold: [Int: QuotePair] = [:]
    for pair in pairs { pairByGold[pair.gold] = pair }
    for (index, quote) in gold.quotes.enumerated() {
      guard let span = goldSpans[index] else {
        issues.append(
          ScoringIssue(
            kind: .goldNotInText, goldText: quote.text, goldSpeakers: quote.acceptedSpeakers))
        continue
      }
      guard let pair = pairByGold[index] else {
        // Show the prediction that overlaps most, if any, so a span error reads as one.
        let nearest = predicted.max { span.overlap(with: $0.span) < span.overlap(with: $1.span) }
        let near = nearest.flatMap { span.overlap(with: $0.span) > 0 ? $0 : nil }
        issues.append(
          ScoringIssue(
            kind: .missed, goldText: quote.text, predictedText: near?.text,
            goldSpeakers: quote.acceptedSpeakers, predictedSpeaker: near?.speaker))
        continue
      }
      counts.matched += 1
      let found = predicted[pair.predicted]
      if SpeakerMatch.isAccepted(found.speaker, quote.acceptedSpeakers) {
        counts.speakerRight += 1
      } else {
        issues.append(
          ScoringIssue(
            kind: .wrongSpeaker, goldText: quote.text, predictedText: found.text,
            goldSpeakers: quote.acceptedSpeakers, predictedSpeaker: found.speaker))
      }
    }

    let matchedPredictions = Set(pairs.map(\.predicted))
    for (index, found) in predicted.enumerated() where !matchedPredictions.contains(index) {
      issues.append(
        ScoringIssue(kind: .spurious, predictedText: found.text, predictedSpeaker: found.speaker))
    }

    // Non-speech quotes get their own walk through the text: they interleave with speech.
    var otherLocator = SpanLocator(text: text, paragraphs: paragraphs)
    for other in gold.otherQuotes {
      guard let span = otherLocator.locate(other) else {
        issues.append(ScoringIssue(kind: .goldNotInText, goldText: other))
        continue
      }
      counts.otherQuotes += 1
      // Only a prediction that is not itself gold speech can leak: a title nested in a quote
      // lies inside the outer quote, which is rightly speech.
      let unmatched = predicted.indices.filter { !matchedPredictions.contains($0) }
      if let leak = unmatched.map({ predicted[$0] }).first(where: {
        span.isHalfCovered(by: $0.span)
      }) {
        counts.otherLeaked += 1
        issues.append(
          ScoringIssue(
            kind: .leaked, goldText: other, predictedText: leak.text,
            predictedSpeaker: leak.speaker))
      }
    }
    return ArticleScore(name: name, counts: counts, issues: issues)
  }
}

extension ArticleScorer {
  /// Scores the model the reader built from `text`: its speech quotes, with its paragraphs as
  /// the gold paragraph hints. The benchmark and the corpus tests score the same way.
  public static func score(name: String, text: String, gold: GoldArticle, article: Article)
    -> ArticleScore
  {
    score(
      name: name, text: text, gold: gold, predicted: PredictedQuote.speech(in: article),
      paragraphs: article.paragraphs.map { ScalarRange(start: $0.span.start, end: $0.span.end) })
  }
}
