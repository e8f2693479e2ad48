import NewsModel

/// An entity while the article is being read: the model's fields plus the lookup keys the
/// resolver needs.
struct EntityRecord {
  var name: String
  var type: Entity.Kind
  var role: String?
  /// Surface forms other than the name, in order of first use.
  var aliases: [String] = []
  /// Indices into the resolver's mention list.
  var mentions: [Int] = []
  /// Folded words of the name, for surname matching.
  var nameWords: [String]
  /// Folded last word of the name ("group", "agency"), for definite descriptions.
  var head: String
  /// A news outlet, by the words of its name.
  var isMedia = false
  /// Introduced by description only; dropped unless something refers back to it.
  var provisional = false
  /// A person described but not named ("a station employee"): a referent for pronouns that
  /// is never listed and never a speaker.
  var anonymous = false
  /// For an unnamed spokesperson ("a spokeswoman for the force"): the organisation a later
  /// "she" speaks for.
  var speaksFor: Int?
  /// An acronym or "state media" met before the organisation it stands for was named; merged
  /// into that organisation when the article ends.
  var placeholder = false
  /// Token index of the latest mention, for recency.
  var lastToken = -1
  /// The resolver's lookup keys this entity is filed under.
  var keys: [String] = []
  var quoteCount = 0
  /// From a courtesy title or a pronoun: "he", "she", or nil when not known.
  var pronoun: String?

  init(name: String, type: Entity.Kind, role: String? = nil) {
    self.name = name
    self.type = type
    self.role = role
    let words = Tokenizer.fold(name).split(separator: " ").map(String.init)
    self.nameWords = words
    // "Ministry of Trade" is a ministry, "Institute for Fiscal Studies" an institute: the head
    // is the word before "of" or "for" when there is one.
    if let ofIndex = words.firstIndex(where: { $0 == "of" || $0 == "for" }), ofIndex > 0 {
      self.head = words[ofIndex - 1]
    } else {
      self.head = words.last ?? ""
    }
    self.isMedia = type == .org && words.contains { Lexicon.mediaNameWords.contains($0) }
    if type == .person, let role { pronoun = Self.pronoun(ofRole: role) }
  }

  /// "she" for a councilwoman, "he" for a chairman; nil when the role does not say.
  static func pronoun(ofRole role: String) -> String? {
    for word in Tokenizer.fold(role).split(whereSeparator: { $0 == " " || $0 == "-" }) {
      if word.hasSuffix("woman") || Lexicon.femaleRoles.contains(String(word)) { return "she" }
      if word.hasSuffix("man") || Lexicon.maleRoles.contains(String(word)) { return "he" }
    }
    return nil
  }

  /// Initials of the capitalised words ("Korean Central News Agency" → "KCNA"), function
  /// words skipped, so that implicit acronyms can be recognised.
  var initials: String {
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
