import NewsModel

/// A key of the alias resolver's look-up tables: what kind of word it files an entity under
/// and the folded word.
///
/// A struct rather than a "kind:word" string: building the string allocated and hashed a new
/// text on every look-up and every filing, a large share of the reader's time.
struct LookupKey: Hashable {
  /// What the word is to the entity filed under it.
  enum Kind: UInt8, Hashable {
    /// The full folded name of a person, organisation or place.
    case person, org, place
    /// A person's first or last name word.
    case word
    /// A word inside a person's full name ("de la Cruz").
    case inner
    /// An organisation's head noun ("ministry", "company").
    case head
    /// The first word of an organisation's name.
    case orgfirst
    /// An organisation's initials.
    case initials
    /// Any media outlet (the word is empty).
    case media
    /// The first word of a place's name.
    case first
    /// A word of a person's role.
    case role
    /// A description a person was taken up by ("the striker", "the Spaniard").
    case described
  }

  let kind: Kind
  let word: String

  init(_ kind: Kind, _ word: String) {
    self.kind = kind
    self.word = word
  }

  init(_ kind: Kind, _ word: Substring) {
    self.init(kind, String(word))
  }

  /// The key of an entity's full name.
  init(_ type: Entity.Kind, name: String) {
    switch type {
    case .person: self.init(.person, name)
    case .org: self.init(.org, name)
    case .place: self.init(.place, name)
    }
  }
}
