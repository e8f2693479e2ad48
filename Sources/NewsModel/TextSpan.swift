/// A half-open stretch of an article's text, `start` inclusive and `end` exclusive, counted in
/// Unicode scalars of the file decoded as UTF-8 with no newline translation, header included.
///
/// Stored as two 32-bit offsets (every element of a model carries a span, so it is kept to 8
/// bytes): a text may hold up to 2^31 - 1 scalars, far beyond any article.
public struct TextSpan: Hashable, Sendable {
  private var startOffset: Int32
  private var endOffset: Int32

  public init(start: Int, end: Int) {
    self.startOffset = Int32(start)
    self.endOffset = Int32(end)
  }

  public var start: Int {
    get { Int(startOffset) }
    set { startOffset = Int32(newValue) }
  }

  public var end: Int {
    get { Int(endOffset) }
    set { endOffset = Int32(newValue) }
  }

  /// Number of Unicode scalars covered.
  public var length: Int { end - start }
}
