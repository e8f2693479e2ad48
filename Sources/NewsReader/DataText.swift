/// Splits the built-in word lists on ASCII separators by bytes.
///
/// `String.split` on a `Character` walks grapheme clusters; on the gazetteer's thousands of
/// lines that made building the tables the largest cost of starting newsq.
enum DataText {
  static func split(
    _ text: Substring, on separator: Unicode.Scalar, omittingEmpty: Bool = true
  ) -> [Substring] {
    let byte = UInt8(separator.value)
    let utf8 = text.utf8
    // Over the contiguous bytes: walking `UTF8View` indices one by one cost a couple of
    // thousand instructions per split, and the resolver splits names for every mention.
    let fast = utf8.withContiguousStorageIfAvailable { bytes -> [Substring] in
      var parts: [Substring] = []
      // Sized once: growing the array part by part reallocated it for most names.
      parts.reserveCapacity(bytes.reduce(1) { $0 + ($1 == byte ? 1 : 0) })
      var start = 0
      for offset in 0..<bytes.count where bytes[offset] == byte {
        if !omittingEmpty || start < offset { parts.append(slice(text, start, offset)) }
        start = offset + 1
      }
      if !omittingEmpty || start < bytes.count { parts.append(slice(text, start, bytes.count)) }
      return parts
    }
    if let fast { return fast }
    var parts: [Substring] = []
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

  /// Bytes `start..<end` of `text` (counted from its start), as a slice of it.
  private static func slice(_ text: Substring, _ start: Int, _ end: Int) -> Substring {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: start)
    return text[lower..<utf8.index(lower, offsetBy: end - start)]
  }

  static func split(_ text: String, on separator: Unicode.Scalar) -> [Substring] {
    split(text[...], on: separator)
  }
}
