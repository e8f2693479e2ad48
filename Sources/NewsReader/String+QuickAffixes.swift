/// `hasSuffix` and `hasPrefix` on the bytes of short ASCII words.
///
/// The library's versions compare characters, through a call into the string library, and
/// the recognisers ask them of a great many words ("-s", "-ly", "-ing"). A short ASCII string
/// (up to 15 bytes: most words, and every suffix asked about) holds its bytes in its own two
/// words, in the layout `LowerForm` reads and `LowerFormTests` checks; between two such
/// strings the answer is a comparison of bytes, since ASCII text is only ever equal to itself
/// and every byte but a line break ends a character. Any other pair asks the library.
extension String {
  @inline(__always)
  func hasSuffixQuickly(_ suffix: String) -> Bool {
    if let (word, count) = shortASCII, let (tail, tailCount) = suffix.shortASCII,
      tailCount > 0, Self.byte(tail, 0) != 10
    {
      guard tailCount <= count else { return false }
      for offset in 0..<tailCount
      where Self.byte(word, count &- tailCount &+ offset) != Self.byte(tail, offset) {
        return false
      }
      return true
    }
    return hasSuffix(suffix)
  }

  @inline(__always)
  func hasPrefixQuickly(_ prefix: String) -> Bool {
    if let (word, count) = shortASCII, let (head, headCount) = prefix.shortASCII,
      headCount > 0, Self.byte(head, headCount &- 1) != 13
    {
      guard headCount <= count else { return false }
      for offset in 0..<headCount where Self.byte(word, offset) != Self.byte(head, offset) {
        return false
      }
      return true
    }
    return hasPrefix(prefix)
  }

  /// The bytes of a short ASCII string from the lowest up (zero-padded) and its length, read
  /// from its bits; nil for any other string.
  @inline(__always)
  var shortASCII: ((UInt64, UInt64), Int)? {
    #if _endian(little) && (arch(x86_64) || arch(arm64))
      let (low, high) = unsafeBitCast(self, to: (UInt64, UInt64).self)
      guard high & LowerForm.tagMask == LowerForm.smallASCIITag else { return nil }
      return ((low, high & 0x00FF_FFFF_FFFF_FFFF), Int(truncatingIfNeeded: (high >> 56) & 0xF))
    #else
      return nil
    #endif
  }

  @inline(__always)
  private static func byte(_ words: (UInt64, UInt64), _ offset: Int) -> UInt8 {
    UInt8(
      truncatingIfNeeded: offset < 8 ? words.0 >> (offset &* 8) : words.1 >> ((offset &- 8) &* 8))
  }

  /// The last UTF-8 byte (from the bits of a short ASCII string; `utf8.last` is a generic
  /// call of some seventy instructions).
  @inline(__always)
  var lastByte: UInt8? {
    if let (words, count) = shortASCII {
      return count > 0 ? Self.byte(words, count &- 1) : nil
    }
    return utf8.last
  }

  /// The first UTF-8 byte, read like `lastByte`.
  @inline(__always)
  var firstByte: UInt8? {
    if let (words, count) = shortASCII {
      return count > 0 ? Self.byte(words, 0) : nil
    }
    return utf8.first
  }
}
