import NewsModel

/// Ties each `Candidate` to an entity: creates entities for names, attaches surnames,
/// acronyms and descriptions to the entity they refer to, and records the mentions.
///
/// Surnames and descriptions look backwards for the most recently mentioned compatible entity
/// (so a bare "Lee" is whichever Lee was named last); acronyms and generic media descriptions
/// may look forwards because news copy often writes "state media" or "KCNA" before (or
/// without) spelling the name out. Anything that fits nothing is dropped, never guessed.
struct AliasResolver {
  private(set) var entities: [EntityRecord] = []
  private(set) var mentions: [MentionRecord] = []
  private var byKey: [String: Int] = [:]
  private var pendingNames: [Candidate] = []
  private let gazetteer = Gazetteer.shared

  mutating func resolve(_ candidates: [Candidate]) {
    // Every named organisation in the article, for acronyms and media descriptions that come
    // before the name.
    var namedOrgs: [String] = []
    for candidate in candidates {
      switch candidate.kind {
      case .namedOrg(let name), .knownOrg(let name): namedOrgs.append(name)
      default: break
      }
    }
    for candidate in candidates {
      resolveOne(candidate, namedOrgs: namedOrgs)
    }
  }

  // MARK: - Entities

  private mutating func entity(named name: String, type: Entity.Kind, role: String? = nil) -> Int {
    let key = type.rawValue + ":" + Tokenizer.fold(name)
    if let existing = byKey[key] {
      if entities[existing].role == nil, let role { entities[existing].role = role }
      return existing
    }
    entities.append(EntityRecord(name: name, type: type, role: role))
    byKey[key] = entities.count - 1
    return entities.count - 1
  }

  private mutating func mention(_ entity: Int, _ candidate: Candidate, alias: Bool) {
    mentions.append(
      MentionRecord(
        entity: entity, firstToken: candidate.firstToken, endToken: candidate.endToken,
        start: candidate.start, end: candidate.end, text: candidate.text))
    entities[entity].mentions.append(mentions.count - 1)
    entities[entity].lastToken = max(entities[entity].lastToken, candidate.firstToken)
    let surface = Self.aliasForm(candidate.text)
    if surface != entities[entity].name, !entities[entity].aliases.contains(surface) {
      entities[entity].aliases.append(surface)
    }
    if alias { entities[entity].provisional = false }
  }

  /// A sentence-initial "The group" is the alias "the group": the capital is the
  /// sentence's, not the name's.
  static func aliasForm(_ text: String) -> String {
    for article in ["The ", "A ", "An "] where text.hasPrefix(article) {
      return article.lowercased() + text.dropFirst(article.count)
    }
    return text
  }

  /// Marks a description-introduced entity as real (something refers to it).
  mutating func confirm(_ entity: Int) {
    entities[entity].provisional = false
  }

  /// The most recently mentioned entity passing `test`.
  private func mostRecent(where test: (EntityRecord) -> Bool) -> Int? {
    var best: Int?
    for (index, record) in entities.enumerated() where test(record) && record.lastToken >= 0 {
      if best == nil || record.lastToken > entities[best!].lastToken { best = index }
    }
    return best
  }

  // MARK: - Candidates

  private mutating func resolveOne(_ candidate: Candidate, namedOrgs: [String]) {
    switch candidate.kind {
    case .place(let name):
      mention(entity(named: name, type: .place), candidate, alias: false)
    case .placeName(let name):
      mention(entity(named: name, type: .place), candidate, alias: false)
    case .knownOrg(let name), .namedOrg(let name):
      mention(entity(named: name, type: .org), candidate, alias: false)
    case .person(let name, let role):
      let index = entity(named: name, type: .person, role: role)
      mention(index, candidate, alias: false)
    case .single(let word):
      resolveSingle(word, candidate, namedOrgs: namedOrgs)
    case .unknownName(let name):
      if let existing = byKey["person:" + Tokenizer.fold(name)] {
        mention(existing, candidate, alias: false)
      } else if let existing = byKey["org:" + Tokenizer.fold(name)] {
        mention(existing, candidate, alias: false)
      } else {
        pendingNames.append(candidate)
      }
    case .direction(let word):
      let prefix = Tokenizer.fold(word)
      if let place = mostRecent(where: {
        $0.type == .place && $0.nameWords.count > 1 && $0.nameWords[0] == prefix
      }) {
        mention(place, candidate, alias: true)
      }
    case .roleDescription(let demonym, let noun):
      let folded = demonym.map(Tokenizer.fold)
      if let person = mostRecent(where: { record in
        guard record.type == .person, let role = record.role else { return false }
        let roleText = Tokenizer.fold(role)
        if let folded { return roleText.contains(folded) }
        return roleText.hasSuffix(noun)
      }) {
        mention(person, candidate, alias: true)
      }
    case .orgIntroduction(let name, _):
      let index = entity(named: name, type: .org)
      if entities[index].mentions.isEmpty { entities[index].provisional = true }
      mention(index, candidate, alias: false)
    case .orgReference(let head):
      if let org = mostRecent(where: { record in
        record.type == .org
          && (record.head == head
            || record.aliases.contains { Tokenizer.fold($0).hasSuffix(" " + head) })
      }) {
        mention(org, candidate, alias: true)
      }
    case .media(let description):
      resolveMedia(description, candidate, namedOrgs: namedOrgs)
    }
  }

  private mutating func resolveSingle(_ word: String, _ candidate: Candidate, namedOrgs: [String]) {
    let folded = Tokenizer.fold(word)
    let isAcronym = word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
    if isAcronym, word.unicodeScalars.count >= 2 {
      // Implicit acronym: the initials of a named organisation, even one named later.
      if let org = mostRecent(where: { $0.type == .org && $0.initials == word }) {
        mention(org, candidate, alias: true)
        return
      }
      for name in namedOrgs where EntityRecord(name: name, type: .org).initials == word {
        mention(entity(named: name, type: .org), candidate, alias: true)
        return
      }
    }
    if let person = mostRecent(where: {
      $0.type == .person && ($0.nameWords.first == folded || $0.nameWords.last == folded)
        && $0.nameWords.count > 1
    }) {
      mention(person, candidate, alias: true)
      return
    }
    if let same = byKey["org:" + folded] ?? byKey["person:" + folded] ?? byKey["place:" + folded] {
      mention(same, candidate, alias: false)
      return
    }
    // A bare surname confirms an earlier unknown full name as a person.
    if let position = pendingNames.lastIndex(where: { pending in
      guard case .unknownName(let name) = pending.kind else { return false }
      let words = Tokenizer.fold(name).split(separator: " ")
      return words.last.map(String.init) == folded || words.first.map(String.init) == folded
    }) {
      let pending = pendingNames.remove(at: position)
      guard case .unknownName(let name) = pending.kind else { return }
      let index = entity(named: name, type: .person)
      mention(index, pending, alias: false)
      mention(index, candidate, alias: true)
    }
  }

  private mutating func resolveMedia(
    _ description: String, _ candidate: Candidate, namedOrgs: [String]
  ) {
    if let org = mostRecent(where: { $0.type == .org && $0.isMedia }) {
      mention(org, candidate, alias: true)
      return
    }
    // No outlet yet: if the article names exactly one, the description is that outlet.
    let outlets = Set(namedOrgs.filter { EntityRecord(name: $0, type: .org).isMedia })
    if outlets.count == 1, let name = outlets.first {
      mention(entity(named: name, type: .org), candidate, alias: true)
      return
    }
    let index = entity(named: description, type: .org)
    if entities[index].mentions.isEmpty { entities[index].provisional = true }
    entities[index].isMedia = true
    mention(index, candidate, alias: false)
  }
}
