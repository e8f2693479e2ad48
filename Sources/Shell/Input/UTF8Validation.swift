/// Finds where bytes stop being valid UTF-8, so the error can say where.
enum UTF8Validation {
  /// The offset of the first byte that does not start or continue a valid sequence, or nil.
  static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var lowest: UInt8 = 0x80
      var highest: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lowest = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        highest = 0x9F
      case 0xF0:
        length = 4
        lowest = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        highest = 0x8F
      default: return index
      }
      guard index + length <= count else { return index }
      // Only the second byte has a narrowed range (no overlongs, surrogates or > U+10FFFF).
      guard (lowest...highest).contains(bytes[index + 1]) else { return index }
      for offset in 2..<max(2, length) where !(0x80...0xBF).contains(bytes[index + offset]) {
        return index
      }
      index += length
    }
    return nil
  }
}
