/// The place and organisation names the reader knows by heart, indexed for a longest-match
/// lookup on tokens, plus the demonym table.
///
/// Entries are tokenised with the article tokenizer so that "Democratic People’s Republic of
/// Korea" in a text matches "Democratic People's Republic of Korea" in the table token by token.
///
/// A class, though it never changes once built: every entity recogniser holds the shared one,
/// and as a struct each copy of a recogniser retained and released all four tables.
/// `@unchecked Sendable` is sound because only the private initialiser writes to it.
final class Gazetteer: @unchecked Sendable {
  struct Entry: Sendable {
    var canonical: String
    var isPlace: Bool
    var tokens: [String]
    /// Tokens written in capitals in the table must be capitals in the text ("US", not "us").
    var mustBeCaps: [Bool]
  }

  /// Where the entries starting with one word are listed in `firstWordEntries`.
  private struct Listing: Sendable {
    var start: Int32
    var count: Int32
  }

  static let shared = Gazetteer()

  /// Constants, so that reading them from the shared instance needs no exclusivity check
  /// (a `var` of a class is checked on every access, and `match` runs per capitalised word).
  let entries: [Entry]
  /// First token (folded) → the entries starting with it, listed in `firstWordEntries`.
  private let index: WordTable<Listing>
  /// Entry numbers grouped by first word, in the order the entries were added.
  private let firstWordEntries: [Int32]
  /// Every entry's folded tokens back to back (`wordStart[entry]` on), and whether each
  /// must be written in capitals: `match` reads these in place instead of copying an
  /// `Entry` (three reference-counted fields) for every candidate it tries.
  private let words: [String]
  private let wordMustBeCaps: [Bool]
  private let wordStart: [Int32]
  /// One bit per short ASCII first word (hashed from its bits), so that a capitalised word
  /// that starts no entry, the usual answer, is turned down without a table look-up. A word
  /// whose bit is clear starts no entry: every short ASCII first word set its bit, and a
  /// short ASCII word can only equal a short ASCII word. Other words skip the filter.
  private let firstWordFilter: [UInt64]
  private static let filterWords = 128

  /// A bit of the filter (13 bits of a multiply-mix of the word's bytes).
  @inline(__always)
  private static func filterBit(_ words: (UInt64, UInt64)) -> Int {
    let mixed = (words.0 ^ (words.1 &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: mixed >> 51)
  }

  /// Folded demonym ("north korean") → canonical country.
  let demonyms: WordTable<String>
  /// Every word of every demonym ("north", "korean").
  let demonymWords: WordSet

  private init() {
    var entries: [Entry] = []
    var demonyms = WordTable<String>()
    var demonymWords = WordSet()
    func add(_ name: String, canonical: String, isPlace: Bool) {
      let tokens = TextBuffer.withBuffer(name) { buffer in
        var tokens: [Token] = []
        Tokenizer(buffer: buffer).tokens(from: 0, to: buffer.count, paragraph: 0, into: &tokens)
        return tokens
      }
      guard !tokens.isEmpty else { return }
      entries.append(
        Entry(
          canonical: canonical, isPlace: isPlace, tokens: tokens.map(\.lower),
          mustBeCaps: tokens.map { $0.isAllCaps }))
    }
    for block in [GazetteerData.countries, GazetteerData.cities, GazetteerData.regions] {
      for line in DataText.split(block, on: "\n") {
        let parts = DataText.split(line, on: ";", omittingEmpty: false)
        let names = DataText.split(parts[0], on: "|").map(String.init)
        guard let canonical = names.first else { continue }
        for name in names { add(name, canonical: canonical, isPlace: true) }
        if parts.count > 1 {
          for demonym in DataText.split(parts[1], on: "|") {
            let folded = Tokenizer.fold(String(demonym))
            demonyms[folded] = canonical
            for word in DataText.split(folded, on: " ") { demonymWords.insert(String(word)) }
          }
        }
      }
    }
    for line in DataText.split(KnownOrganizations.list, on: "\n") {
      let names = DataText.split(line, on: "|").map(String.init)
      guard let canonical = names.first else { continue }
      for name in names { add(name, canonical: canonical, isPlace: false) }
    }
    // Entries grouped by first word, each group in the order its entries were added (the
    // order `match` tries them in): numbered groups, then the entries placed group by group.
    var groupNumber = WordTable<Int32>()
    var firstWords: [String] = []
    var groupSizes: [Int32] = []
    var groupOfEntry: [Int32] = []
    groupOfEntry.reserveCapacity(entries.count)
    for entry in entries {
      let first = entry.tokens[0]
      if let group = groupNumber[first] {
        groupSizes[Int(group)] += 1
        groupOfEntry.append(group)
      } else {
        groupNumber[first] = Int32(groupSizes.count)
        groupOfEntry.append(Int32(groupSizes.count))
        groupSizes.append(1)
        firstWords.append(first)
      }
    }
    var groupStarts: [Int32] = []
    var total: Int32 = 0
    for size in groupSizes {
      groupStarts.append(total)
      total += size
    }
    var index = WordTable<Listing>()
    for (group, first) in firstWords.enumerated() {
      index[first] = Listing(start: groupStarts[group], count: groupSizes[group])
    }
    var firstWordEntries = [Int32](repeating: 0, count: entries.count)
    var nextSlot = groupStarts
    for (number, group) in groupOfEntry.enumerated() {
      firstWordEntries[Int(nextSlot[Int(group)])] = Int32(number)
      nextSlot[Int(group)] += 1
    }
    var words: [String] = []
    var wordMustBeCaps: [Bool] = []
    var wordStart: [Int32] = []
    for entry in entries {
      wordStart.append(Int32(words.count))
      words.append(contentsOf: entry.tokens)
      wordMustBeCaps.append(contentsOf: entry.mustBeCaps)
    }
    wordStart.append(Int32(words.count))
    var filter = [UInt64](repeating: 0, count: Self.filterWords)
    for first in firstWords {
      if let (words, _) = first.shortASCII {
        let bit = Self.filterBit(words)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    self.firstWordFilter = filter
    self.entries = entries
    self.index = index
    self.firstWordEntries = firstWordEntries
    self.words = words
    self.wordMustBeCaps = wordMustBeCaps
    self.wordStart = wordStart
    self.demonyms = demonyms
    self.demonymWords = demonymWords
  }

  /// The longest entry matching `tokens` at `start` (first token capitalised), as the entry
  /// and the end token index.
  func match(_ tokens: [Token], at start: Int, limit: Int) -> (Entry, Int)? {
    guard let (best, end) = longestMatch(tokens, at: start, limit: limit) else { return nil }
    return (entries[best], end)
  }

  /// `match` for the rules that only ask whether the name is a place and where it ends:
  /// without a copy of the entry (its name and two arrays retained and released).
  func matchPlace(_ tokens: [Token], at start: Int, limit: Int) -> (isPlace: Bool, end: Int)? {
    guard let (best, end) = longestMatch(tokens, at: start, limit: limit) else { return nil }
    return (entries[best].isPlace, end)
  }

  /// The number of the longest entry matching at `start`, and its end token index.
  private func longestMatch(_ tokens: [Token], at start: Int, limit: Int) -> (Int, Int)? {
    // Tokens are read in place, not copied: this runs for every capitalised word.
    guard tokens[start].isCapitalized || tokens[start].isAllCaps || tokens[start].kind == .number
    else { return nil }
    let first = tokens[start].lower
    if let (words, _) = first.shortASCII {
      let bit = Self.filterBit(words)
      guard firstWordFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return nil }
    }
    guard let listing = index.value(ofLower: first) else { return nil }
    let sentence = tokens[start].sentence
    var best = -1
    var bestEnd = 0
    for slot in Int(listing.start)..<Int(listing.start + listing.count) {
      let candidate = Int(firstWordEntries[slot])
      let first = Int(wordStart[candidate])
      let count = Int(wordStart[candidate + 1]) - first
      let end = start + count
      guard end <= limit else { continue }
      var matches = true
      for offset in 0..<count {
        let position = start + offset
        if !tokens[position].lowerIs(words[first + offset])
          || (wordMustBeCaps[first + offset] && !tokens[position].isAllCaps)
          || tokens[position].sentence != sentence
          || (offset > 0 && tokens[position].start > tokens[position - 1].end + 1)
        {
          matches = false
          break
        }
      }
      if matches, end > bestEnd {
        best = candidate
        bestEnd = end
      }
    }
    return best >= 0 ? (best, bestEnd) : nil
  }

  /// A single word looked up on its own (parts of "DPRK-Russia").
  func matchWord(_ word: String) -> Entry? {
    let folded = Tokenizer.fold(word)
    guard let listing = index[folded] else { return nil }
    for slot in Int(listing.start)..<Int(listing.start + listing.count) {
      let entry = entries[Int(firstWordEntries[slot])]
      guard entry.tokens.count == 1 else { continue }
      if entry.mustBeCaps[0] && word.utf8.contains(where: ByteClass.isLower) { continue }
      return entry
    }
    return nil
  }

  /// Number of tokens (0, 1 or 2) of a demonym starting at `start` ("French", "North Korean").
  func demonymLength(_ tokens: [Token], at start: Int, limit: Int) -> Int {
    guard tokens[start].isCapitalized, tokens[start].flags.contains(.demonymPart) else {
      return 0
    }
    if start + 1 < limit, tokens[start + 1].isCapitalized,
      demonyms.value(ofLower: tokens[start].lower + " " + tokens[start + 1].lower) != nil
    {
      return 2
    }
    return demonyms.value(ofLower: tokens[start].lower) != nil ? 1 : 0
  }
}
