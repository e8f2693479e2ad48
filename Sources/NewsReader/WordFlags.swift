/// What the word lists say about one word, looked up once per token so that the recognisers
/// test bits instead of hashing the same string again and again (the reader must handle a
/// million words a second).
///
/// A flag named after a word list stands for membership of exactly that list:
/// `token.flags.contains(.nameConnector)` answers `Lexicon.nameConnectors.contains(token.lower)`.
/// That holds for word tokens, which the tokenizer flags from this table, and for the others
/// (which carry no flags) because no list holds punctuation, digits or a possessive `'s`;
/// `WordFlagsTests` checks both.
struct WordFlags: OptionSet, Sendable {
  /// 64 bits cost `Token` nothing (its layout pads to the same size) and leave room for more
  /// lists.
  let rawValue: UInt64

  static let determiner = WordFlags(rawValue: 1 << 0)
  static let mediaModifier = WordFlags(rawValue: 1 << 1)
  static let mediaHead = WordFlags(rawValue: 1 << 2)
  static let orgNoun = WordFlags(rawValue: 1 << 3)
  static let roleNoun = WordFlags(rawValue: 1 << 4)
  static let numberWord = WordFlags(rawValue: 1 << 5)
  /// Weekday, month, or a word that starts a relative date ("last", "yesterday").
  static let dateWord = WordFlags(rawValue: 1 << 6)
  /// A number word followed by a hyphen ("three-year").
  static let numberCompound = WordFlags(rawValue: 1 << 7)
  static let roleStop = WordFlags(rawValue: 1 << 8)
  /// A word of some demonym ("north", "korean", "french").
  static let demonymPart = WordFlags(rawValue: 1 << 9)
  static let orgWord = WordFlags(rawValue: 1 << 10)
  static let titleWord = WordFlags(rawValue: 1 << 11)
  static let stateBody = WordFlags(rawValue: 1 << 12)
  static let textNoun = WordFlags(rawValue: 1 << 13)
  /// A word that can be a speech cue: a cue verb form, a noun-like form ("calls") or "put(s)"
  /// ("as one analyst put it"); words without it need no cue look-up.
  static let cueWord = WordFlags(rawValue: 1 << 14)
  /// A weekday, or a month name that cannot be a name (not "Jan", but "May"): see
  /// `DateWords.isCalendarWord`.
  static let calendarWord = WordFlags(rawValue: 1 << 15)
  /// A form in `CueWords.verbs`.
  static let cueVerb = WordFlags(rawValue: 1 << 16)
  /// A form `CueWords.verbs` gives as `.finite`.
  static let finiteCueVerb = WordFlags(rawValue: 1 << 17)
  static let nameConnector = WordFlags(rawValue: 1 << 18)
  static let dottedSuffix = WordFlags(rawValue: 1 << 19)
  static let dottedTitle = WordFlags(rawValue: 1 << 20)
  static let sentenceStarter = WordFlags(rawValue: 1 << 21)
  static let orgDescriptor = WordFlags(rawValue: 1 << 22)
  static let genericOrgHead = WordFlags(rawValue: 1 << 23)
  static let postNominal = WordFlags(rawValue: 1 << 24)
  static let placeNameEnd = WordFlags(rawValue: 1 << 25)
  static let placeSuffix = WordFlags(rawValue: 1 << 26)

  /// Flags of every listed word.
  static let table: WordTable<WordFlags> = {
    var table = WordTable<WordFlags>()
    func mark(_ words: some Sequence<String>, _ flag: WordFlags) {
      for word in words { table[word] = (table[word] ?? []).union(flag) }
    }
    mark(["the", "a", "an"], .determiner)
    mark(Lexicon.mediaModifiers, .mediaModifier)
    mark(Lexicon.mediaHeads, .mediaHead)
    mark(Lexicon.orgNouns, .orgNoun)
    mark(Lexicon.roleNouns, .roleNoun)
    mark(NumberWords.units.keys, .numberWord)
    mark(DateWords.weekdays.keys, .dateWord)
    mark(DateWords.months.keys, .dateWord)
    mark(["last", "next", "this", "yesterday", "today", "tomorrow"], .dateWord)
    mark(Lexicon.roleStops, .roleStop)
    // Not through `Gazetteer.shared`: building the gazetteer tokenizes, which needs this table.
    mark(GazetteerData.demonymWords, .demonymPart)
    mark(Lexicon.orgWords, .orgWord)
    mark(Lexicon.titleWords, .titleWord)
    mark(Lexicon.stateBodies, .stateBody)
    mark(Lexicon.textNouns, .textNoun)
    mark(CueWords.verbs.keys, .cueWord)
    mark(CueWords.nounLikeForms, .cueWord)
    mark(["put", "puts"], .cueWord)
    mark(DateWords.weekdays.keys.filter(DateWords.isCalendarWord), .calendarWord)
    mark(DateWords.months.keys.filter(DateWords.isCalendarWord), .calendarWord)
    mark(CueWords.verbs.keys, .cueVerb)
    mark(CueWords.verbs.keys.filter { CueWords.verbs[$0] == .finite }, .finiteCueVerb)
    mark(Lexicon.nameConnectors, .nameConnector)
    mark(Lexicon.dottedSuffixes, .dottedSuffix)
    mark(Lexicon.dottedTitles, .dottedTitle)
    mark(Lexicon.sentenceStarters, .sentenceStarter)
    mark(Lexicon.orgDescriptors, .orgDescriptor)
    mark(Lexicon.genericOrgHeads, .genericOrgHead)
    mark(Lexicon.postNominals, .postNominal)
    mark(Lexicon.placeNameEnds, .placeNameEnd)
    mark(Lexicon.placeSuffixes, .placeSuffix)
    // Common words without flags are filed too, so the tokenizer can share their strings.
    for word in CommonWords.list where table[word] == nil { table[word] = [] }
    return table
  }()

  /// `CueWords.verbs[word]` for the word these flags are of.
  var cueForm: CueWords.Form? {
    guard contains(.cueVerb) else { return nil }
    return contains(.finiteCueVerb) ? .finite : .participle
  }

  /// Flags of a folded word.
  static func of(_ folded: String, hyphenated: Bool) -> WordFlags {
    if let flags = table[folded] { return flags }
    return compoundFlags(folded, hyphenated: hyphenated)
  }

  /// Flags of a folded word that is not in `table`.
  static func compoundFlags(_ folded: String, hyphenated: Bool) -> WordFlags {
    // "three-year": only hyphenated words need the second look-up.
    if hyphenated, let hyphen = folded.utf8.firstIndex(of: 45),
      NumberWords.units[String(folded[..<hyphen])] != nil
    {
      return .numberCompound
    }
    return []
  }
}
