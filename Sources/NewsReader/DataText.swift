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

  /// The non-empty parts of `text` between `separator`s, as strings made straight from the
  /// bytes: `split(…).map(String.init)` built a slice per part only to copy it.
  static func words(_ text: String, on separator: Unicode.Scalar) -> [String] {
    let byte = UInt8(separator.value)
    var text = text
    return text.withUTF8 { bytes in
      var words: [String] = []
      words.reserveCapacity(bytes.reduce(1) { $0 + ($1 == byte ? 1 : 0) })
      var start = 0
      for offset in 0..<bytes.count where bytes[offset] == byte {
        if start < offset { words.append(string(bytes, start, offset)) }
        start = offset + 1
      }
      if start < bytes.count { words.append(string(bytes, start, bytes.count)) }
      return words
    }
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> String
  {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }

  /// Whether `text` holds `part` anywhere, compared by UTF-8 bytes (`String.contains` goes
  /// through the regex-backed string processing library, thousands of instructions a call).
  static func contains(_ text: String, _ part: String) -> Bool {
    var text = text
    var part = part
    return text.withUTF8 { haystack in
      part.withUTF8 { needle in
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count)
        where haystack[start] == needle[0]
          && UnsafeBufferPointer(rebasing: haystack[start..<(start + needle.count)])
            .elementsEqual(needle)
        {
          return true
        }
        return false
      }
    }
  }
}
