/// A half-open stretch of an article's text, `start` inclusive and `end` exclusive, counted in
/// Unicode scalars of the file decoded as UTF-8 with no newline translation, header included.
public struct TextSpan: Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// Number of Unicode scalars covered.
  public var length: Int { end - start }
}
