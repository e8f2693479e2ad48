/// Text normalisation for the contract's text comparisons: case is ignored and typographic
/// variants count as their ASCII forms (’ ‘ as ', “ ” as ", – — as -).
///
/// Folding maps one scalar to one scalar before lowercasing, so it never changes which
/// characters a pattern or a substring lines up with; that is why `matches` may fold too.
/// It works on UTF-8 bytes: a news article is mostly ASCII with the odd curly quote, and
/// going through `Character`s or `lowercased()` was the slowest part of a text filter.
enum TextFolding {
  /// The folded form of `text`: typographic variants replaced, then lowercased.
  static func fold(_ text: String) -> String {
    fold(text, lowercase: true)
  }

  /// `text` with typographic variants replaced and case kept: for regular expressions, whose
  /// patterns must not be lowercased (`\D` is not `\d`) and which ignore case themselves.
  static func plain(_ text: String) -> String {
    fold(text, lowercase: false)
  }

  /// Whether the folded `text` holds the folded `part`, comparing UTF-8 bytes (both are folded
  /// the same way, so equal text has equal bytes; a match cannot start inside a multi-byte
  /// scalar, since no lead byte equals a continuation byte).
  static func contains(_ text: String, _ part: String) -> Bool {
    withBytes(text) { text in
      withBytes(part) { part in
        guard part.count <= text.count else { return false }
        guard let first = part.first else { return true }
        var start = 0
        let last = text.count - part.count
        while start <= last {
          if text[start] == first, matches(text, at: start, part) { return true }
          start += 1
        }
        return false
      }
    }
  }

  /// Whether the folded `text` starts with the folded `part`.
  static func hasPrefix(_ text: String, _ part: String) -> Bool {
    withBytes(text) { text in
      withBytes(part) { part in part.count <= text.count && matches(text, at: 0, part) }
    }
  }

  /// Whether the folded `text` ends with the folded `part`.
  static func hasSuffix(_ text: String, _ part: String) -> Bool {
    withBytes(text) { text in
      withBytes(part) { part in
        part.count <= text.count && matches(text, at: text.count - part.count, part)
      }
    }
  }

  /// Whether `words` occurs in `text` as whole words: starting at the start or after a space,
  /// ending at the end or before one. Both are folded.
  static func containsWords(_ text: String, _ words: String) -> Bool {
    withBytes(text) { text in
      withBytes(words) { words in
        guard !words.isEmpty, words.count <= text.count else { return false }
        let space = UInt8(ascii: " ")
        for start in 0...(text.count - words.count)
        where start == 0 || text[start - 1] == space {
          let end = start + words.count
          if end == text.count || text[end] == space, matches(text, at: start, words) {
            return true
          }
        }
        return false
      }
    }
  }

  /// Whether `text`, folded, equals `folded`; folds as it goes, so a mismatch in the first
  /// letters costs no copy (the common case when testing an entity's aliases on every row).
  static func foldedEquals(_ text: String, _ folded: String) -> Bool {
    let settled: Bool? = withBytes(text) { text in
      withBytes(folded) { folded in
        var position = 0
        for byte in text {
          // Anything beyond ASCII may fold to other bytes: leave it to `fold`.
          guard byte < 0x80 else { return nil }
          let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
          guard position < folded.count, folded[position] == lowered else { return false }
          position += 1
        }
        return position == folded.count
      }
    }
    return settled ?? (fold(text) == folded)
  }

  /// Orders two strings by their UTF-8 bytes, which is Unicode scalar order: cheaper than
  /// `String.<` (no normalisation), and the same on every platform.
  static func byteOrder(_ left: String, _ right: String) -> Int {
    withBytes(left) { left in
      withBytes(right) { right in
        for (a, b) in zip(left, right) where a != b { return a < b ? -1 : 1 }
        return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
      }
    }
  }

  // MARK: Bytes

  private static func fold(_ text: String, lowercase: Bool) -> String {
    withBytes(text) { bytes in
      // Plain ASCII without capitals is its own folded form: no copy.
      if !bytes.contains(where: { $0 >= 0x80 || (lowercase && $0 >= 0x41 && $0 <= 0x5A) }) {
        return text
      }
      var folded: [UInt8] = []
      folded.reserveCapacity(bytes.count)
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte < 0x80 {
          folded.append(lowercase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
          index += 1
          continue
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        let end = min(index + length, bytes.count)
        if let ascii = typographicReplacement(bytes, index, end) {
          folded.append(ascii)
        } else {
          let scalar = String(decoding: bytes[index..<end], as: UTF8.self)
          folded.append(contentsOf: (lowercase ? scalar.lowercased() : scalar).utf8)
        }
        index = end
      }
      return String(decoding: folded, as: UTF8.self)
    }
  }

  /// The ASCII stand-in for a typographic variant's UTF-8 bytes, or nil to keep the scalar:
  /// ‘ ’ (U+2018/9), “ ” (U+201C/D), and ‐ ‑ ‒ – — (U+2010…2014), all `E2 80 xx`.
  private static func typographicReplacement(
    _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int
  ) -> UInt8? {
    guard end - start == 3, bytes[start] == 0xE2, bytes[start + 1] == 0x80 else { return nil }
    switch bytes[start + 2] {
    case 0x98, 0x99: return UInt8(ascii: "'")
    case 0x9C, 0x9D: return UInt8(ascii: "\"")
    case 0x90...0x94: return UInt8(ascii: "-")
    default: return nil
    }
  }

  private static func matches(
    _ text: UnsafeBufferPointer<UInt8>, at start: Int, _ part: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    var offset = 0
    while offset < part.count {
      if text[start + offset] != part[offset] { return false }
      offset += 1
    }
    return true
  }

  /// Runs `body` on the UTF-8 bytes in place (native strings are contiguous), copying only
  /// a bridged string.
  private static func withBytes<Result>(
    _ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }
}
