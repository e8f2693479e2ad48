import ReaderScoring
import Testing

/// Precision, recall, F1 and the speaker figures from hand-counted tallies.
@Suite struct QuoteCountsTests {
  @Test func arithmetic() {
    let counts = QuoteCounts(gold: 10, predicted: 8, matched: 6, speakerRight: 3)
    #expect(counts.precision == 0.75)
    #expect(counts.recall == 0.6)
    #expect(abs(counts.f1 - 2 * 0.75 * 0.6 / 1.35) < 1e-12)
    #expect(counts.speakerAccuracy == 0.5)
    #expect(counts.endToEndPrecision == 3.0 / 8)
    #expect(counts.endToEndRecall == 0.3)
    #expect(abs(counts.endToEndF1 - 2 * 0.375 * 0.3 / 0.675) < 1e-12)
  }

  @Test func emptySetsAreNotPenalised() {
    let none = QuoteCounts()
    #expect(none.precision == 1)
    #expect(none.recall == 1)
    #expect(none.f1 == 1)
    let missedAll = QuoteCounts(gold: 4, predicted: 0)
    #expect(missedAll.precision == 1)
    #expect(missedAll.recall == 0)
    #expect(missedAll.f1 == 0)
    #expect(missedAll.endToEndF1 == 0)
  }

  @Test func countsAddAsMicroAverage() {
    let sum =
      QuoteCounts(gold: 2, predicted: 2, matched: 2, speakerRight: 2, otherQuotes: 1)
      + QuoteCounts(gold: 8, predicted: 0, otherQuotes: 2, otherLeaked: 1)
    #expect(
      sum
        == QuoteCounts(
          gold: 10, predicted: 2, matched: 2, speakerRight: 2, otherQuotes: 3, otherLeaked: 1))
    #expect(sum.recall == 0.2)
    #expect(sum.precision == 1)
  }
}
