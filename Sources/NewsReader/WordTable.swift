/// A fixed table of words (folded, lower case) with values, built once and looked up many
/// times per token.
///
/// `Set<String>` and `Dictionary<String, _>` hash with SipHash, seeded per process, through
/// several calls per look-up; the reader asks its word lists a few times per token, which made
/// hashing a fifth of its time. This table hashes the UTF-8 bytes with FNV-1a inline and probes
/// an open-addressed array whose slots hold the hash, so a miss (the usual answer) costs no
/// string comparison at all. Look-ups by byte slice serve the tokenizer, before any `String`
/// exists.
struct WordTable<Value>: Sendable where Value: Sendable {
  /// Per slot: the full hash of the word filed there, 0 when the slot is empty.
  private var hashes: [UInt64]
  /// Per slot: index into `words` and `values`.
  private var entries: [Int32]
  private var mask: Int
  /// The words in the order they were first added, and their values.
  private(set) var words: [String] = []
  private var values: [Value] = []
  /// The words again as `LowerForm`s, which the tokenizer copies into tokens without the
  /// retain and release a `String` costs.
  private var forms: [LowerForm] = []
  /// Every word's UTF-8 bytes back to back, and where each starts (one more at the end), so
  /// a probe compares bytes rather than going through `String`.
  private var spelling: [UInt8] = []
  private var spellingStart: [Int32] = [0]

  init() {
    hashes = [UInt64](repeating: 0, count: 8)
    entries = [Int32](repeating: -1, count: 8)
    mask = 7
  }

  init<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == (String, Value) {
    self.init()
    for (word, value) in pairs { self[word] = value }
  }

  var count: Int { words.count }

  /// A short ASCII word (most are) mixed from its packed bytes, a few instructions in all;
  /// any other FNV-1a over the bytes. Never 0, which marks an empty slot.
  @inline(__always)
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    if let words = LowerForm.packedASCII(bytes, lowercasing: false) { return mix(words) }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash | 1
  }

  /// The hash of a short ASCII word from its packed bytes: two multiply-xorshift rounds, so
  /// that the slot bits depend on every byte; never 0.
  @inline(__always)
  private static func mix(_ words: (UInt64, UInt64)) -> UInt64 {
    var hash = (words.0 ^ 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    hash = (hash ^ (hash >> 31) ^ words.1) &* 0x94D0_49BB_1331_11EB
    return (hash ^ (hash >> 29)) | 1
  }

  /// The entry spelt by `bytes`, or nil; with the slot where it is or would go.
  @inline(__always)
  private func find(_ bytes: UnsafeBufferPointer<UInt8>) -> (entry: Int?, slot: Int) {
    let hash = Self.hash(bytes)
    var slot = Int(truncatingIfNeeded: hash >> 7) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 { return (nil, slot) }
      if stored == hash {
        let entry = Int(entries[slot])
        let start = Int(spellingStart[entry])
        let length = Int(spellingStart[entry + 1]) - start
        if length == bytes.count, Self.equal(spelling, from: start, bytes) { return (entry, slot) }
      }
      slot = (slot + 1) & mask
    }
  }

  /// Whether `spelling[start...]` begins with exactly `bytes` (the lengths already agree).
  @inline(__always)
  private static func equal(
    _ spelling: [UInt8], from start: Int, _ bytes: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    spelling.withUnsafeBufferPointer { stored in
      for offset in 0..<bytes.count where stored[start + offset] != bytes[offset] { return false }
      return true
    }
  }

  @inline(__always)
  private func find(_ word: String) -> (entry: Int?, slot: Int) {
    if let found = word.utf8.withContiguousStorageIfAvailable({ find($0) }) { return found }
    return Array(word.utf8).withUnsafeBufferPointer { find($0) }
  }

  /// The value of a folded word, nil when it is not in the table.
  subscript(word: String) -> Value? {
    get {
      guard let entry = entry(of: word) else { return nil }
      return values[entry]
    }
    set {
      guard let newValue else { preconditionFailure("word tables only grow") }
      let (entry, slot) = find(word)
      if let entry {
        values[entry] = newValue
        return
      }
      var bytes = Array(word.utf8)
      hashes[slot] = bytes.withUnsafeBufferPointer { Self.hash($0) }
      entries[slot] = Int32(words.count)
      words.append(word)
      values.append(newValue)
      forms.append(LowerForm(word))
      spelling.append(contentsOf: bytes)
      spellingStart.append(Int32(spelling.count))
      bytes.removeAll()
      if words.count * 2 > mask + 1 { grow() }
    }
  }

  /// The word spelt by `bytes` (already folded) and its value, without making a `String`:
  /// the tokenizer takes the table's copy of a common word instead of building its own.
  func entry(bytes: UnsafeBufferPointer<UInt8>) -> (word: LowerForm, value: Value)? {
    guard let entry = find(bytes).entry else { return nil }
    return (forms[entry], values[entry])
  }

  /// The value of `form`'s word: for a short ASCII form by its bits alone (hashed as packed
  /// bytes, compared as bits, both canonical for such forms), which is how the tokenizer
  /// asks about most words.
  @inline(__always)
  func value(of form: LowerForm) -> Value? {
    guard let words = form.shortASCIIWords else { return self[form.string] }
    guard let entry = entry(ofShortASCII: words, form) else { return nil }
    return values[entry]
  }

  /// The entry of a short ASCII form (its packed bytes `words`), found by bits alone.
  @inline(__always)
  private func entry(ofShortASCII words: (UInt64, UInt64), _ form: LowerForm) -> Int? {
    let hash = Self.mix(words)
    var slot = Int(truncatingIfNeeded: hash >> 7) & mask
    while true {
      let stored = hashes[slot]
      if stored == 0 { return nil }
      if stored == hash {
        let entry = Int(entries[slot])
        if forms[entry].hasSameBits(as: form) { return entry }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The entry of `word`: a small ASCII string (the recognisers mostly ask with token forms,
  /// which are) by its bits, as `value(of:)` does, without going through its UTF-8 view.
  @inline(__always)
  private func entry(of word: String) -> Int? {
    if let form = LowerForm(smallASCII: word), let words = form.shortASCIIWords {
      return entry(ofShortASCII: words, form)
    }
    return find(word).entry
  }

  func contains(_ word: String) -> Bool { entry(of: word) != nil }

  /// Doubles the slots (kept at most half full, so probes stay short) and refiles every word.
  private mutating func grow() {
    let size = (mask + 1) * 2
    hashes = [UInt64](repeating: 0, count: size)
    entries = [Int32](repeating: -1, count: size)
    mask = size - 1
    for index in words.indices {
      let start = Int(spellingStart[index])
      let end = Int(spellingStart[index + 1])
      let hash = spelling[start..<end].withUnsafeBufferPointer { Self.hash($0) }
      var slot = Int(truncatingIfNeeded: hash >> 7) & mask
      while hashes[slot] != 0 { slot = (slot + 1) & mask }
      hashes[slot] = hash
      entries[slot] = Int32(index)
    }
  }
}

/// A fixed set of folded words: `Set<String>`'s `contains` at `WordTable`'s speed.
struct WordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  private var table = WordTable<Bool>()

  init() {}

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  init<Words: Sequence>(_ words: Words) where Words.Element == String {
    for word in words { table[word] = true }
  }

  var count: Int { table.count }

  /// By the word's bits when it is short (see `WordTable.value(ofLower:)`): the recognisers
  /// and the attributor ask their word lists about nearly every word they pass.
  @inline(__always)
  func contains(_ word: String) -> Bool { table.value(ofLower: word) != nil }

  func contains(_ word: Substring) -> Bool { contains(String(word)) }

  /// Whether the word spelt by `bytes` is in the set, without making a `String`.
  func contains(bytes: UnsafeBufferPointer<UInt8>) -> Bool { table.entry(bytes: bytes) != nil }

  mutating func insert(_ word: String) { table[word] = true }

  func makeIterator() -> IndexingIterator<[String]> { table.words.makeIterator() }
}

/// A fixed map from folded words to values: `Dictionary`'s subscript at `WordTable`'s speed.
struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  private var table = WordTable<Value>()

  init(dictionaryLiteral pairs: (String, Value)...) {
    table = WordTable(pairs)
  }

  init<Pairs: Sequence>(_ pairs: Pairs) where Pairs.Element == (String, Value) {
    table = WordTable(pairs)
  }

  subscript(word: String) -> Value? { table[word] }

  /// The words, in the order they were written.
  var keys: [String] { table.words }

  var count: Int { table.count }
}
