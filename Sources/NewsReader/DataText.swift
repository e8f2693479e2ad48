/// Splits the built-in word lists on ASCII separators by bytes.
///
/// `String.split` on a `Character` walks grapheme clusters; on the gazetteer's thousands of
/// lines that made building the tables the largest cost of starting newsq.
enum DataText {
  static func split(
    _ text: Substring, on separator: Unicode.Scalar, omittingEmpty: Bool = true
  ) -> [Substring] {
    let byte = UInt8(separator.value)
    var parts: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      if utf8[index] == byte {
        if !omittingEmpty || start < index { parts.append(text[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if !omittingEmpty || start < utf8.endIndex { parts.append(text[start..<utf8.endIndex]) }
    return parts
  }

  static func split(_ text: String, on separator: Unicode.Scalar) -> [Substring] {
    split(text[...], on: separator)
  }
}
