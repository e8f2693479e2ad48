/// A line and column in source text, for messages such as `script.nq:3:14: error: …`.
///
/// Ranges stay byte offsets everywhere; this is computed only when rendering.
public struct SourceLocation: Hashable, Sendable {
  /// 1-based.
  public var line: Int
  /// 1-based, counted in characters (grapheme clusters) from the start of the line, so that
  /// `é` or `’` count once.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The location of UTF-8 byte `offset` in `source` (clamped to the text).
  public init(offset: Int, in source: String) {
    let utf8 = source.utf8
    let end = utf8.index(utf8.startIndex, offsetBy: max(0, min(offset, utf8.count)))
    var line = 1
    var lineStart = utf8.startIndex
    var index = utf8.startIndex
    while index < end {
      if utf8[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    self.line = line
    self.column = String(decoding: utf8[lineStart..<end], as: UTF8.self).count + 1
  }
}
