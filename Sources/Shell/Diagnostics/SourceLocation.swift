import QueryLanguage

/// A 1-based line and column in a query source, and the text of that line.
struct SourceLocation: Equatable {
  var line: Int
  /// 1-based, in characters (not bytes), as editors count.
  var column: Int
  /// The whole line the offset falls on, without its line break.
  var lineText: Substring
  /// Byte offset of the line's first character in the source.
  var lineStart: String.Index

  /// Where byte `offset` of `source` falls. Offsets past the end point just after the last
  /// character (an unterminated string's error points at the end of input).
  init(offset: Int, in source: String) {
    let utf8 = source.utf8
    let clamped = min(max(0, offset), utf8.count)
    let target = utf8.index(utf8.startIndex, offsetBy: clamped)
    var line = 1
    var lineStart = source.startIndex
    var index = utf8.startIndex
    while index < target {
      if utf8[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    let lineEnd = source[lineStart...].firstIndex(where: \.isNewline) ?? source.endIndex
    let columnTarget = min(target, lineEnd)
    self.line = line
    self.column = source[lineStart..<columnTarget].count + 1
    self.lineText = source[lineStart..<lineEnd]
    self.lineStart = lineStart
  }
}
