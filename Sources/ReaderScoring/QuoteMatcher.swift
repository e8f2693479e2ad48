/// One gold quote paired with one predicted quote.
public struct QuotePair: Equatable, Sendable {
  public var gold: Int
  public var predicted: Int
  public var overlap: Int

  public init(gold: Int, predicted: Int, overlap: Int) {
    self.gold = gold
    self.predicted = predicted
    self.overlap = overlap
  }
}

/// Pairs gold and predicted quotes one-to-one by span overlap.
///
/// A pair is allowed when the predicted span covers at least half of the gold span. Pairs are
/// taken greedily, largest overlap first, so a long prediction that touches two gold quotes goes
/// to the one it covers most and the other stays unmatched.
public enum QuoteMatcher {
  /// `gold` entries that could not be located in the text are nil and never match.
  public static func match(gold: [ScalarRange?], predicted: [ScalarRange]) -> [QuotePair] {
    var candidates: [QuotePair] = []
    for (goldIndex, goldSpan) in gold.enumerated() {
      guard let goldSpan else { continue }
      for (predictedIndex, predictedSpan) in predicted.enumerated()
      where goldSpan.isHalfCovered(by: predictedSpan) {
        candidates.append(
          QuotePair(
            gold: goldIndex, predicted: predictedIndex,
            overlap: goldSpan.overlap(with: predictedSpan)))
      }
    }
    // Ties go to document order, which keeps the result independent of how sort breaks them.
    candidates.sort {
      ($0.overlap, -$0.gold, -$0.predicted) > ($1.overlap, -$1.gold, -$1.predicted)
    }
    var goldTaken = Set<Int>()
    var predictedTaken = Set<Int>()
    var pairs: [QuotePair] = []
    for candidate in candidates
    where !goldTaken.contains(candidate.gold) && !predictedTaken.contains(candidate.predicted) {
      goldTaken.insert(candidate.gold)
      predictedTaken.insert(candidate.predicted)
      pairs.append(candidate)
    }
    return pairs.sorted { $0.gold < $1.gold }
  }
}
