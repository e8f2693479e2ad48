/// Byte-level character classes shared by the scanners.
///
/// Non-ASCII scalars are treated as letters unless they are one of the typographic
/// punctuation marks news text uses (curly quotes, dashes, ellipsis, no-break space); that is
/// enough for names such as "Zelenskyy" or "Müller" without a Unicode table.
enum ByteClass {
  /// The article's bytes, borrowed from the string for the duration of a read.
  typealias Bytes = UnsafeBufferPointer<UInt8>

  static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  static func isUpper(_ byte: UInt8) -> Bool { byte >= 65 && byte <= 90 }

  static func isLower(_ byte: UInt8) -> Bool { byte >= 97 && byte <= 122 }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 10 || byte == 13 || byte == 9 || byte == 12 || byte == 11
  }

  /// Length of the typographic punctuation scalar starting at `index`, or 0 if none.
  static func punctuationLength(_ bytes: Bytes, _ index: Int) -> Int {
    let byte = bytes[index]
    if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
      switch bytes[index + 2] {
      case 0x93, 0x94, 0x98, 0x99, 0x9C, 0x9D, 0x9E, 0xA6, 0xB2, 0xB3: return 3
      default: return 0
      }
    }
    if byte == 0xC2, index + 1 < bytes.count {
      switch bytes[index + 1] {
      case 0xA0, 0xAB, 0xBB: return 2
      default: return 0
      }
    }
    return 0
  }

  /// Whether a no-break space (U+00A0) starts at `index`.
  static func isNoBreakSpace(_ bytes: Bytes, _ index: Int) -> Bool {
    index + 1 < bytes.count && bytes[index] == 0xC2 && bytes[index + 1] == 0xA0
  }

  /// Whether the scalar starting at `index` counts as a letter.
  static func isLetterStart(_ bytes: Bytes, _ index: Int) -> Bool {
    let byte = bytes[index]
    if byte < 0x80 { return isASCIILetter(byte) }
    if byte & 0xC0 == 0x80 { return false }
    return punctuationLength(bytes, index) == 0
  }

  /// Whether the scalar starting at `index` is a right single quote / apostrophe (’ or ').
  static func apostropheLength(_ bytes: Bytes, _ index: Int) -> Int {
    if bytes[index] == 39 { return 1 }
    if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
      bytes[index + 2] == 0x99
    {
      return 3
    }
    return 0
  }

  /// The start of the scalar that ends just before `index`.
  static func previousScalarStart(_ bytes: Bytes, _ index: Int) -> Int {
    var position = index - 1
    while position > 0 && bytes[position] & 0xC0 == 0x80 { position -= 1 }
    return position
  }
}
