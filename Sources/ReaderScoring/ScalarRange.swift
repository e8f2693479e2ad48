/// A half-open range of Unicode-scalar offsets, the unit of `NewsModel.TextSpan`.
public struct ScalarRange: Hashable, Sendable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public var length: Int { max(0, end - start) }

  /// How many scalars the two ranges share.
  public func overlap(with other: ScalarRange) -> Int {
    max(0, min(end, other.end) - max(start, other.start))
  }

  /// True when `other` covers at least half of this (gold) range: the bench's match rule.
  public func isHalfCovered(by other: ScalarRange) -> Bool {
    length > 0 && overlap(with: other) * 2 >= length
  }

  public var description: String { "\(start)..<\(end)" }
}
