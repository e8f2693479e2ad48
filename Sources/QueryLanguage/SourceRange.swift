/// A half-open range of UTF-8 byte offsets into the query source (a `-c` argument, a script
/// file, a line typed at the prompt). Line and column are computed only when rendering.
public struct SourceRange: Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// The smallest range covering both.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(start: min(start, other.start), end: max(end, other.end))
  }
}
