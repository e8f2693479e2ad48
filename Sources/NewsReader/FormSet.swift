/// A fixed set of folded words, asked mostly about tokens' forms: `WordSet` with a faster
/// `contains` for short words.
///
/// `WordSet` hashes the word's bytes one by one through the string's storage; a form of up to
/// 15 bytes is a small string, whose bits `WordTable.value(of:)` hashes and compares in a few
/// instructions (see `WordTable.value(ofLower:)`). The recognisers and the attributor ask
/// their word lists about nearly every word they pass.
struct FormSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  private var table = WordTable<Bool>()

  init() {}

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  init<Words: Sequence>(_ words: Words) where Words.Element == String {
    for word in words { table[word] = true }
  }

  var count: Int { table.count }

  @inline(__always)
  func contains(_ word: String) -> Bool { table.value(ofLower: word) != nil }

  func contains(_ word: Substring) -> Bool { contains(String(word)) }

  /// Whether the folded word spelt by `bytes` is in the set, without making a `String`.
  func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.entry(bytes: bytes) != nil }

  mutating func insert(_ word: String) { table[word] = true }

  func makeIterator() -> IndexingIterator<[String]> { table.words.makeIterator() }
}
