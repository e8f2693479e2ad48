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
    guard let last = utf8.last, last == suffix.utf8.last else { return false }
    return hasSuffix(suffix)
  }

  @inline(__always)
  func hasPrefixQuickly(_ prefix: String) -> Bool {
    guard let first = utf8.first, first == prefix.utf8.first else { return false }
    return hasPrefix(prefix)
  }
}
