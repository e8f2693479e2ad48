import NewsModel

/// An entity while the article is being read: the model's fields plus the lookup keys the
/// resolver needs.
struct EntityRecord {
  // Strings first, then arrays, then the 32-bit and one-byte fields: laid out in that order
  // the record needs little padding, and a long document holds tens of thousands of records.
  var name: String
  var role: String?
  /// Folded last word of the name ("group", "agency"), for definite descriptions.
  var head: String
  /// From a courtesy title, a role, a pronoun or the given name: "he", "she", or nil when not
  /// known.
  var pronoun: String?
  /// Surface forms other than the name, in order of first use.
  var aliases: [String] = []
  /// Folded words of the name, for surname matching.
  var nameWords: [String]
  /// The resolver's look-up logs this entity is filed in (indices of the keys' logs).
  var slots = SlotList()
  private var mentions: Int32 = 0
  private var latestToken: Int32 = -1
  private var speaksForIndex: Int32 = -1
  var type: Entity.Kind
  /// A news outlet, by the words of its name.
  var isMedia = false
  /// Introduced by description only; dropped unless something refers back to it.
  var provisional = false
  /// A person described but not named ("a station employee"): a referent for pronouns that
  /// is never listed and never a speaker.
  var anonymous = false
  /// An acronym or "state media" met before the organisation it stands for was named; merged
  /// into that organisation when the article ends.
  var placeholder = false
  /// `pronoun` comes from the given name alone, so what the text says (a courtesy title)
  /// replaces it.
  var pronounFromName = false

  /// How many mentions it has (counted again when `AliasResolver.finish` merges).
  var mentionCount: Int {
    get { Int(mentions) }
    set { mentions = Int32(newValue) }
  }

  /// Token index of the latest mention, for recency.
  var lastToken: Int {
    get { Int(latestToken) }
    set { latestToken = Int32(newValue) }
  }

  /// For an unnamed spokesperson ("a spokeswoman for the force"): the organisation a later
  /// "she" speaks for.
  var speaksFor: Int? {
    get { speaksForIndex < 0 ? nil : Int(speaksForIndex) }
    set { speaksForIndex = newValue.map { Int32($0) } ?? -1 }
  }

  init(name: String, type: Entity.Kind, role: String? = nil) {
    self.init(name: name, folded: Tokenizer.fold(name), type: type, role: role)
  }

  /// `folded` is `Tokenizer.fold(name)`, which the resolver has already made for its key;
  /// `words` its words, when the caller has them.
  init(
    name: String, folded: String, words: [String]? = nil, type: Entity.Kind, role: String? = nil
  ) {
    self.name = name
    self.type = type
    self.role = role
    let words = words ?? DataText.words(folded, on: " ")
    self.nameWords = words
    // "Ministry of Trade" is a ministry, "Institute for Fiscal Studies" an institute: the head
    // is the word before "of" or "for" when there is one.
    if let ofIndex = words.firstIndex(where: { $0 == "of" || $0 == "for" }), ofIndex > 0 {
      self.head = words[ofIndex - 1]
    } else {
      self.head = words.last ?? ""
    }
    self.isMedia = type == .org && Self.namesMedia(words)
    if type == .person, let role { pronoun = Self.pronoun(ofRole: role) }
    if type == .person, pronoun == nil, let named = GivenNames.pronoun(forName: words) {
      pronoun = named
      pronounFromName = true
    }
  }

  /// Whether an organisation with these folded name words is a news outlet.
  static func namesMedia<Words: Sequence>(_ words: Words) -> Bool
  where Words.Element: StringProtocol {
    words.contains { Lexicon.mediaNameWords.contains(String($0)) }
  }

  /// "she" for a councilwoman, "he" for a chairman; nil when the role does not say.
  static func pronoun(ofRole role: String) -> String? {
    var role = role
    // Word by word over the folded bytes, split on spaces and hyphens, with no arrays of
    // parts: every role of every new person passes here.
    return role.withUTF8 { bytes in
      Tokenizer.withFolded(bytes[...]) { folded -> String? in
        var start = 0
        while start < folded.count {
          var end = start
          while end < folded.count, folded[end] != 32, folded[end] != 45 { end += 1 }
          if end > start {
            let word = UnsafeBufferPointer(rebasing: folded[start..<end])
            if endsWith(word, "woman") || Lexicon.femaleRoles.contains(string(word)) {
              return "she"
            }
            if endsWith(word, "man") || Lexicon.maleRoles.contains(string(word)) { return "he" }
          }
          start = end + 1
        }
        return nil
      }
    }
  }

  private static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// `hasSuffix` by bytes, for the ASCII endings of role words (no `Character` comparison).
  private static func endsWith(_ word: UnsafeBufferPointer<UInt8>, _ ending: StaticString) -> Bool {
    let count = ending.utf8CodeUnitCount
    guard word.count >= count else { return false }
    return ending.withUTF8Buffer { word.suffix(count).elementsEqual($0) }
  }

  /// Initials of the capitalised words ("Korean Central News Agency" → "KCNA"), function
  /// words skipped, so that implicit acronyms can be recognised.
  var initials: String { Self.initials(of: name) }

  /// Names are nearly always ASCII, where bytes answer without Unicode property look-ups
  /// (the function words skipped are lower case, so they never give a capital anyway); other
  /// names take the scalar path.
  static func initials(of name: String) -> String {
    var utf8 = name
    return utf8.withUTF8 { bytes -> String in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return unicodeInitials(of: name) }
      var letters: [UInt8] = []
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count, bytes[end] != 32, bytes[end] != 45 { end += 1 }
        if end > start, ByteClass.isUpper(bytes[start]) { letters.append(bytes[start]) }
        start = end + 1
      }
      return String(decoding: letters, as: UTF8.self)
    }
  }

  private static func unicodeInitials(of name: String) -> String {
    var letters = ""
    for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) {
      guard let first = word.unicodeScalars.first else { continue }
      if ["of", "the", "and", "for", "on", "de", "du", "des", "la", "le"].contains(word) {
        continue
      }
      if first.properties.isUppercase { letters.unicodeScalars.append(first) }
    }
    return letters
  }
}
