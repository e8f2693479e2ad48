/// Growth for the arrays one read fills paragraph by paragraph, sized from how far the read has
/// got rather than by doubling: on one long document the spare room doubling leaves is alive
/// where memory peaks, at the end of the read.
extension Array {
  /// Below this many elements an array grows by doubling: its slack is too small to matter
  /// and a guess from a few paragraphs would be a poor one.
  private static var guessedGrowthFrom: Int { 1024 }

  /// Room for the count that `fraction` of the text gave, scaled to the whole text (and a
  /// little more), as soon as what is left would not hold that: the guess settles early in a
  /// long text, so the arrays grow a few times early on, not by doubling late, when the rest
  /// of the read's state is large. At least an eighth more each time, so that growing stays
  /// linear when the rest of the text is denser than its start.
  mutating func reserveAhead(_ fraction: Double) {
    guard count >= Self.guessedGrowthFrom, fraction > 0 else { return }
    let expected = Double(count) / Swift.min(1, fraction)
    guard Double(capacity) < expected + 64 else { return }
    reserveCapacity(Swift.max(Int(expected * 1.04) + 64, count + count / 8 + 64))
  }
}
