import ReaderScoring
import Testing

/// Scoring one article end to end from hand-made predictions.
@Suite struct ArticleScorerTests {
  @Test func scoresMatchesSpeakersAndLeaks() throws {
    let text = try FixtureFiles.text("articles/harbour-vote.txt")
    let gold = try GoldLoader.load(json: FixtureFiles.text("gold/harbour-vote.json"))
    var locator = SpanLocator(text: text)
    let spans = gold.quotes.map { locator.locate($0.text)! }
    var otherLocator = SpanLocator(text: text)
    let blueBook = otherLocator.locate("blue book")!
    let predicted = [
      // Right span, speaker from speaker_any.
      PredictedQuote(text: "", span: spans[0], speaker: "Portvale Harbour Board"),
      // Span a little short but over half: matches; speaker wrong.
      PredictedQuote(
        text: "", span: ScalarRange(start: spans[1].start, end: spans[1].end - 10),
        speaker: "Odo Mankiewicz"),
      // A non-speech quote predicted as speech: spurious and leaked.
      PredictedQuote(text: "blue book", span: blueBook, speaker: nil),
      // Straight apostrophe in the text, curly in gold: still matched and right.
      PredictedQuote(text: "", span: spans[3], speaker: "Odo Mankiewicz"),
    ]
    let score = ArticleScorer.score(
      name: "harbour-vote", text: text, gold: gold, predicted: predicted)
    #expect(
      score.counts
        == QuoteCounts(
          gold: 4, predicted: 4, matched: 3, speakerRight: 2, otherQuotes: 1, otherLeaked: 1))
    let kinds = score.issues.map(\.kind)
    #expect(kinds == [.wrongSpeaker, .missed, .spurious, .leaked])
  }

  /// A title inside a speech quote is not leaked by the outer quote, which is rightly speech;
  /// it leaks only when a prediction of its own (unmatched to any gold speech) covers it.
  @Test func aTitleNestedInSpeechLeaksOnlyOnItsOwn() {
    let text = "\"I loved \u{2018}Blue Roads\u{2019} as a boy,\" Ada Vance said."
    let gold = GoldArticle(
      quotes: [
        GoldQuote(text: "I loved \u{2018}Blue Roads\u{2019} as a boy,", speaker: "Ada Vance")
      ],
      otherQuotes: ["Blue Roads"])
    var outerLocator = SpanLocator(text: text)
    let outer = PredictedQuote(
      text: "", span: outerLocator.locate(gold.quotes[0].text)!, speaker: "Ada Vance")
    var titleLocator = SpanLocator(text: text)
    let title = titleLocator.locate("Blue Roads")!
    let alone = ArticleScorer.score(name: "x", text: text, gold: gold, predicted: [outer])
    #expect(alone.counts.otherLeaked == 0)
    #expect(alone.counts.matched == 1)
    let titleAsSpeech = PredictedQuote(text: "Blue Roads", span: title, speaker: "Ada Vance")
    let both = ArticleScorer.score(
      name: "x", text: text, gold: gold, predicted: [outer, titleAsSpeech])
    #expect(both.counts.otherLeaked == 1)
  }

  @Test func goldWordsMissingFromTextAreReported() {
    let gold = GoldArticle(quotes: [GoldQuote(text: "never written", speaker: "A")])
    let score = ArticleScorer.score(
      name: "x", text: "\"Something else,\" A said.", gold: gold, predicted: [])
    #expect(score.counts.gold == 1)
    #expect(score.counts.matched == 0)
    #expect(score.issues.map(\.kind) == [.goldNotInText])
  }
}
