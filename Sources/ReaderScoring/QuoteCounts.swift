/// The tallies every accuracy figure is computed from; they add across articles, so corpus
/// figures are micro-averages (each quote weighs the same, whatever its article).
public struct QuoteCounts: Equatable, Sendable {
  public var gold = 0
  public var predicted = 0
  /// Pairs of gold and predicted quotes whose spans match.
  public var matched = 0
  /// Matched pairs whose speaker is also accepted.
  public var speakerRight = 0
  /// Gold non-speech quotes (`other_quotes`) found in the text.
  public var otherQuotes = 0
  /// Gold non-speech quotes the reader predicted as speech.
  public var otherLeaked = 0

  public init(
    gold: Int = 0, predicted: Int = 0, matched: Int = 0, speakerRight: Int = 0,
    otherQuotes: Int = 0, otherLeaked: Int = 0
  ) {
    self.gold = gold
    self.predicted = predicted
    self.matched = matched
    self.speakerRight = speakerRight
    self.otherQuotes = otherQuotes
    self.otherLeaked = otherLeaked
  }

  public static func + (lhs: QuoteCounts, rhs: QuoteCounts) -> QuoteCounts {
    QuoteCounts(
      gold: lhs.gold + rhs.gold, predicted: lhs.predicted + rhs.predicted,
      matched: lhs.matched + rhs.matched, speakerRight: lhs.speakerRight + rhs.speakerRight,
      otherQuotes: lhs.otherQuotes + rhs.otherQuotes,
      otherLeaked: lhs.otherLeaked + rhs.otherLeaked)
  }

  /// Matched over predicted; 1 when nothing was predicted (no false positives were made).
  public var precision: Double { ratio(matched, predicted) }
  /// Matched over gold; 1 when there is nothing to find.
  public var recall: Double { ratio(matched, gold) }
  public var f1: Double { harmonicMean(precision, recall) }
  /// Right speakers over matched quotes; speaker accuracy is judged only where a quote matched.
  public var speakerAccuracy: Double { ratio(speakerRight, matched) }
  public var endToEndPrecision: Double { ratio(speakerRight, predicted) }
  public var endToEndRecall: Double { ratio(speakerRight, gold) }
  /// F1 where a quote counts only when matched and its speaker is right.
  public var endToEndF1: Double { harmonicMean(endToEndPrecision, endToEndRecall) }

  private func ratio(_ part: Int, _ whole: Int) -> Double {
    whole == 0 ? 1 : Double(part) / Double(whole)
  }

  private func harmonicMean(_ first: Double, _ second: Double) -> Double {
    first + second == 0 ? 0 : 2 * first * second / (first + second)
  }
}
