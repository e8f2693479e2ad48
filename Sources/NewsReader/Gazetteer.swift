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

  static let shared = Gazetteer()

  private(set) var entries: [Entry] = []
  /// First token (folded) → entries starting with it.
  private var index = WordTable<[Int32]>()
  /// Folded demonym ("north korean") → canonical country.
  private(set) var demonyms = WordTable<String>()
  /// Every word of every demonym ("north", "korean").
  private(set) var demonymWords = WordSet()

  private init() {
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
  }

  private func add(_ name: String, canonical: String, isPlace: Bool) {
    let tokens = TextBuffer.withBuffer(name) { buffer in
      var tokens: [Token] = []
      Tokenizer(buffer: buffer).tokens(from: 0, to: buffer.count, paragraph: 0, into: &tokens)
      return tokens
    }
    guard let first = tokens.first else { return }
    let entry = Entry(
      canonical: canonical, isPlace: isPlace, tokens: tokens.map(\.lower),
      mustBeCaps: tokens.map { $0.isAllCaps })
    index[first.lower] = (index[first.lower] ?? []) + [Int32(entries.count)]
    entries.append(entry)
  }

  /// The longest entry matching `tokens` at `start` (first token capitalised), as the entry
  /// and the end token index.
  func match(_ tokens: [Token], at start: Int, limit: Int) -> (Entry, Int)? {
    // Tokens are read in place, not copied: this runs for every capitalised word.
    guard tokens[start].isCapitalized || tokens[start].isAllCaps || tokens[start].kind == .number
    else { return nil }
    guard let candidates = index[tokens[start].lower] else { return nil }
    let sentence = tokens[start].sentence
    var best: (Entry, Int)?
    for candidate in candidates {
      let entry = entries[Int(candidate)]
      let end = start + entry.tokens.count
      guard end <= limit else { continue }
      var matches = true
      for offset in 0..<entry.tokens.count {
        let position = start + offset
        if tokens[position].lower != entry.tokens[offset]
          || (entry.mustBeCaps[offset] && !tokens[position].isAllCaps)
          || tokens[position].sentence != sentence
          || (offset > 0 && tokens[position].start > tokens[position - 1].end + 1)
        {
          matches = false
          break
        }
      }
      if matches, end > (best?.1 ?? 0) { best = (entry, end) }
    }
    return best
  }

  /// A single word looked up on its own (parts of "DPRK-Russia").
  func matchWord(_ word: String) -> Entry? {
    let folded = Tokenizer.fold(word)
    guard let candidates = index[folded] else { return nil }
    for candidate in candidates where entries[Int(candidate)].tokens.count == 1 {
      let entry = entries[Int(candidate)]
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
      demonyms[tokens[start].lower + " " + tokens[start + 1].lower] != nil
    {
      return 2
    }
    return demonyms[tokens[start].lower] != nil ? 1 : 0
  }
}
