/// `hasSuffix` and `hasPrefix` with a byte test first.
///
/// The library's versions compare characters, through a call into the string library, and
/// the recognisers ask them of a great many words ("-s", "-ly", "-ing") that mostly end in
/// another letter. If `word.hasSuffix(suffix)` holds, the word's last byte is the suffix's
/// last byte (and its first byte the prefix's first byte), so a word whose byte differs is
/// turned down at once; any other is still asked of the library, so the answer is the same.
extension String {
  @inline(__always)
  func hasSuffixQuickly(_ suffix: String) -> Bool {
    guard let last = lastByte, last == suffix.lastByte else { return false }
    return hasSuffix(suffix)
  }

  @inline(__always)
  func hasPrefixQuickly(_ prefix: String) -> Bool {
    guard let first = firstByte, first == prefix.firstByte else { return false }
    return hasPrefix(prefix)
  }

  /// The last UTF-8 byte. A short ASCII string (most words, and the literals asked about)
  /// holds its bytes in its own bits, read here through `LowerForm` from the lowest byte up;
  /// `utf8.last` is a generic call of some seventy instructions.
  @inline(__always)
  var lastByte: UInt8? {
    let count = utf8.count
    if count > 0, count <= 15, let (low, high) = LowerForm(self).shortASCIIWords {
      let offset = count &- 1
      let word = offset < 8 ? low >> (offset &* 8) : high >> ((offset &- 8) &* 8)
      return UInt8(truncatingIfNeeded: word)
    }
    return utf8.last
  }

  /// The first UTF-8 byte, read like `lastByte`.
  @inline(__always)
  var firstByte: UInt8? {
    let count = utf8.count
    if count > 0, count <= 15, let (low, _) = LowerForm(self).shortASCIIWords {
      return UInt8(truncatingIfNeeded: low)
    }
    return utf8.first
  }
}
