import NewsModel

/// A key of the alias resolver's look-up tables: what kind of word it files an entity under
/// and the folded word.
///
/// A struct rather than a "kind:word" string: building the string allocated and hashed a new
/// text on every look-up and every filing, a large share of the reader's time. Its digest is
/// made once, when the key is.
struct LookupKey: Equatable {
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
  /// FNV-1a of the word's bytes mixed with the kind, made once per key and never 0: what
  /// `KeyTable` probes on, so that unequal keys rarely get as far as comparing their words.
  let digest: UInt64

  init(_ kind: Kind, _ word: String) {
    self.kind = kind
    self.word = word
    var bytes = word
    let hash = bytes.withUTF8 { utf8 in
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      return hash
    }
    digest = ((hash ^ UInt64(kind.rawValue)) &* 0x100_0000_01b3) | 1
  }

  static func == (left: LookupKey, right: LookupKey) -> Bool {
    left.digest == right.digest && left.kind == right.kind && left.word == right.word
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
