import ReaderScoring
import Testing

/// The match rule: a prediction must cover half of the gold span, and pairs are one-to-one.
@Suite struct QuoteMatcherTests {
  private func range(_ start: Int, _ end: Int) -> ScalarRange {
    ScalarRange(start: start, end: end)
  }

  @Test func halfOfTheGoldSpanIsEnough() {
    #expect(range(0, 10).isHalfCovered(by: range(5, 40)))
    #expect(!range(0, 10).isHalfCovered(by: range(6, 40)))
    // Measured against the gold span: a huge prediction still covers all of a short gold quote.
    #expect(range(100, 104).isHalfCovered(by: range(0, 1000)))
    #expect(!range(3, 3).isHalfCovered(by: range(0, 10)))
  }

  @Test func exactSpansMatchInOrder() {
    let pairs = QuoteMatcher.match(
      gold: [range(0, 10), range(20, 30)], predicted: [range(0, 10), range(20, 30)])
    #expect(pairs.map(\.gold) == [0, 1])
    #expect(pairs.map(\.predicted) == [0, 1])
  }

  @Test func onePredictionMatchesOneGoldOnly() {
    // One long prediction covering two short gold quotes counts for one of them.
    let pairs = QuoteMatcher.match(gold: [range(0, 10), range(12, 20)], predicted: [range(0, 20)])
    #expect(pairs.count == 1)
    #expect(pairs[0].gold == 0)
    #expect(pairs[0].overlap == 10)
  }

  @Test func greedyTakesTheLargestOverlapFirst() {
    // Gold 0 is covered by both predictions; prediction 1 covers it more, so it gets gold 0 and
    // prediction 0 is left for gold 1, which it also covers.
    let gold = [range(10, 30), range(0, 8)]
    let predicted = [range(0, 22), range(10, 30)]
    let pairs = QuoteMatcher.match(gold: gold, predicted: predicted)
    #expect(
      pairs == [
        QuotePair(gold: 0, predicted: 1, overlap: 20), QuotePair(gold: 1, predicted: 0, overlap: 8),
      ])
  }

  @Test func unlocatedGoldNeverMatches() {
    let pairs = QuoteMatcher.match(gold: [nil, range(5, 9)], predicted: [range(5, 9)])
    #expect(pairs == [QuotePair(gold: 1, predicted: 0, overlap: 4)])
  }

  @Test func noPredictionsNoPairs() {
    #expect(QuoteMatcher.match(gold: [range(0, 4)], predicted: []).isEmpty)
  }
}
