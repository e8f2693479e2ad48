/// The line of a query source that holds a given byte offset, for showing under an error.
struct SourceLine {
  /// The line without its line break.
  var text: Substring
  /// Byte offset of the line's first character in the whole source.
  var startOffset: Int

  /// The line holding byte `offset`; an offset past the end falls on the last line.
  init(containing offset: Int, in source: String) {
    let utf8 = source.utf8
    let target = utf8.index(utf8.startIndex, offsetBy: min(max(0, offset), utf8.count))
    let lineStart =
      utf8[..<target].lastIndex(of: UInt8(ascii: "\n")).map { utf8.index(after: $0) }
      ?? utf8.startIndex
    let lineEnd = source[lineStart...].firstIndex(where: \.isNewline) ?? source.endIndex
    self.text = source[lineStart..<lineEnd]
    self.startOffset = utf8.distance(from: utf8.startIndex, to: lineStart)
  }
}
