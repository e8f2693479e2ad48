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
  private var byKey = KeyTable<Int>(capacity: 32)
  /// Lookup tables keyed by kind and word so that every resolution looks at a handful of
  /// entities, not all of them: resolution stays linear in the length of the text.
  /// Each key's entities as (entity, token of its latest mention), ordered by that token;
  /// an entry whose token is no longer its entity's latest is stale and skipped. Looking for
  /// the most recent entity that fits therefore stops at the first fit from the end, however
  /// many entities the document has named.
  private var logs: [[(entity: Int32, token: Int32)]] = []
  /// Each key's log in `logs`. Entities keep the indices of their logs, so refiling an entity
  /// at every mention hashes no key.
  private var slots = KeyTable<Int32>(capacity: 64)
  /// Entries each log may hold before its stale entries are dropped.
  private var compactAt: [Int] = []
  /// Full names not yet known to be people or organisations, under their first and last word
  /// (as indices into `pendingStore`, so each is kept once), until a later surname, title or
  /// pronoun settles them. Changed in place, never copied out: a long document's lists grow
  /// long, and a copy per look-up made reading it quadratic.
  private var pendingNames: [String: [Int32]] = [:]
  private var pendingStore: [PendingName] = []
  /// Initials of every named organisation in the article → its name.
  private var namedInitials: [String: String] = [:]
  /// Named outlets in the article.
  private var namedOutlets: Set<String> = []

  /// Mentions found late for an earlier paragraph (a full name confirmed by a later bare
  /// surname); merged in by `finish`.
  private(set) var lateMentions: [MentionRecord] = []
  /// The latest full name not yet known to be a person, and the latest token naming a person.
  private var lastUnknown: Candidate?
  private var lastPersonToken = -1
  /// An unnamed spokesperson waiting for the organisation named right after them, with the
  /// article-wide token where that name must start (past "the").
  private var spokesperson: (entity: Int, at: Int)?
  /// The person mentioned last, and the last few organisations mentioned (latest last).
  private var latestPerson: Int?
  /// The person whose name opened the latest sentence that opened with one (outside quotes),
  /// and the one opening a sentence of the paragraph being read, if any, before any other
  /// person is named in it: who a description such as "the striker" most likely means.
  private var latestSubject: Int?
  /// The organisation whose name opened the latest sentence that opened with one.
  private var latestOrganisationSubject: Int?
  private var paragraphSubject: Int?
  private var paragraphNamedPerson = false
  private var recentOrganisations: [Int] = []
  /// Article-wide index of the first token of the paragraph being resolved.
  private var paragraphBase = 0
  /// The latest capitalised word that named nothing known, in case a description in
  /// apposition after it says what it is.
  private var unresolvedWord: Candidate?

  /// The look-up tables start at the size an article fills.
  init() {}

  /// Resolves one paragraph's candidates; `base` is the article-wide index of the paragraph's
  /// first token. Returns the index of the first mention recorded for this paragraph.
  @discardableResult
  mutating func resolve(
    _ candidates: [Candidate], base: Int, pronouns: [(token: Int, sentence: Int, word: String)] = []
  ) -> Int {
    let firstMention = mentions.count
    paragraphBase = base
    paragraphSubject = nil
    paragraphNamedPerson = false
    for candidate in candidates {
      switch candidate.kind {
      case .namedOrg(let name), .knownOrg(let name):
        // Only names not seen before: building their initials is the costly part.
        let folded = Tokenizer.fold(name)
        guard byKey[LookupKey(.org, folded)] == nil else { continue }
        let initials = EntityRecord.initials(of: name)
        if namedInitials[initials] == nil { namedInitials[initials] = name }
        if EntityRecord.namesMedia(DataText.split(folded, on: " ")) { namedOutlets.insert(name) }
      default: break
      }
    }
    // "he"/"she" between the names take up the name before them, in text order so that
    // mentions stay in order.
    var nextPronoun = 0
    for var candidate in candidates {
      while nextPronoun < pronouns.count, pronouns[nextPronoun].token < candidate.firstToken {
        let pronoun = pronouns[nextPronoun]
        takeUp(pronoun, base: base)
        nextPronoun += 1
      }
      candidate.firstToken += base
      candidate.endToken += base
      if candidate.apposes >= 0 { candidate.apposes += base }
      resolveOne(candidate)
    }
    for pronoun in pronouns[nextPronoun...] { takeUp(pronoun, base: base) }
    return firstMention
  }

  /// What the article ends with: every entity record, every mention in text order, and
  /// where each entity went (merged placeholders point at their organisation).
  struct Settled {
    var entities: [EntityRecord]
    var mentions: [MentionRecord]
    var target: [Int]
  }

  /// Grows the mention list ahead of need, from the share `fraction` of the text read so far.
  mutating func reserveAhead(_ fraction: Double) {
    mentions.reserveAhead(fraction)
  }

  /// Ends the article: placeholders join the organisation they stand for, late mentions take
  /// their place in document order. The look-up state is dropped first and the records are
  /// handed over, not copied: this is where one long document's memory peaks.
  mutating func finish(_ buffer: TextBuffer) -> Settled {
    byKey = KeyTable()
    logs = []
    slots = KeyTable()
    compactAt = []
    pendingNames = [:]
    pendingStore = []
    namedInitials = [:]
    namedOutlets = []
    recentOrganisations = []
    lastUnknown = nil
    unresolvedWord = nil
    var target = Array(entities.indices)
    let outlets = entities.indices.filter {
      entities[$0].type == .org && entities[$0].isMedia && !entities[$0].placeholder
    }
    // Initials of the named organisations, built once: the first organisation wins.
    var byInitials: [String: Int] = [:]
    if entities.contains(where: { $0.placeholder && !$0.isMedia }) {
      for index in entities.indices
      where entities[index].type == .org && !entities[index].placeholder {
        let initials = entities[index].initials
        if byInitials[initials] == nil { byInitials[initials] = index }
      }
    }
    for index in entities.indices where entities[index].placeholder {
      var into: Int?
      if entities[index].isMedia {
        // "state media" before the one outlet the article names.
        if outlets.count == 1 { into = outlets[0] }
      } else {
        // "KCNA" before "Korean Central News Agency".
        into = byInitials[entities[index].name]
      }
      guard let into else { continue }
      // Its surface forms become aliases when the mentions are regrouped below.
      target[index] = into
      if !entities[index].provisional { entities[into].provisional = false }
      entities[index].provisional = true
    }
    byInitials = [:]
    // In place: a merged copy would briefly double the largest array the resolver holds.
    mentions.append(contentsOf: lateMentions)
    lateMentions = []
    for position in mentions.indices {
      mentions[position].entity = target[mentions[position].entity]
    }
    mentions.sort { $0.firstToken < $1.firstToken }
    // Each entity's mentions, as one list grouped by entity (its part starts at
    // `groupStart[entity]`), in text order within each group.
    var groupStart = [Int32](repeating: 0, count: entities.count + 1)
    for record in mentions { groupStart[record.entity + 1] += 1 }
    for index in entities.indices {
      entities[index].mentionCount = Int(groupStart[index + 1])
      groupStart[index + 1] += groupStart[index]
    }
    var byEntity = [Int32](repeating: 0, count: mentions.count)
    var filled = groupStart
    for (position, record) in mentions.enumerated() {
      byEntity[Int(filled[record.entity])] = Int32(position)
      filled[record.entity] += 1
    }
    filled = []
    // The alias order follows the text: rebuild it from the mentions.
    for index in entities.indices where target[index] == index {
      var seen = DistinctStrings()
      let name = entities[index].name
      for slot in Int(groupStart[index])..<Int(groupStart[index + 1]) {
        let mention = mentions[Int(byEntity[slot])]
        let surface = Self.aliasForm(buffer.string(mention.start, mention.end))
        if surface != name { seen.insert(surface) }
      }
      for alias in entities[index].aliases { seen.insert(alias) }
      entities[index].aliases = seen.strings
    }
    let settled = Settled(entities: entities, mentions: mentions, target: target)
    entities = []
    mentions = []
    return settled
  }

  // MARK: - Entities

  /// The entity named `written`, made when it is new. `folded` and `words` are the name's
  /// folded form and words when the caller has made them already.
  private mutating func entity(
    named written: String, type: Entity.Kind, role: String? = nil, folded: String? = nil,
    words: [String]? = nil
  ) -> Int {
    // A name broken over a line ("Tomas\nHrubý") is written with one space.
    let name = Self.singleSpaced(written)
    let unchanged = name == written
    let key = LookupKey(type, name: (unchanged ? folded : nil) ?? Tokenizer.fold(name))
    if let existing = byKey[key] {
      if entities[existing].role == nil, let role {
        entities[existing].role = role
        indexRole(existing)
      }
      return existing
    }
    // "Lumora Therapeutics, Inc." and "Lumora Therapeutics" are one company, named in full.
    let short = type == .org ? Self.withoutCompanySuffix(name) : nil
    if let short, let existing = byKey[LookupKey(.org, Tokenizer.fold(short))] {
      entities[existing].name = name
      byKey[key] = existing
      return existing
    }
    let record = EntityRecord(
      name: name, folded: key.word, words: unchanged ? words : nil, type: type, role: role)
    let index = entities.count
    entities.append(record)
    byKey[key] = index
    if let short { byKey[LookupKey(.org, Tokenizer.fold(short))] = index }
    switch type {
    case .person:
      if record.nameWords.count > 1 {
        add(LookupKey(.word, record.nameWords[0]), index)
        if let last = record.nameWords.last, last != record.nameWords[0] {
          add(LookupKey(.word, last), index)
        }
        // "John O'Brien Jr." is "O'Brien".
        if record.nameWords.count > 2, let last = record.nameWords.last,
          Lexicon.generationSuffixes.contains(last)
        {
          add(LookupKey(.word, record.nameWords[record.nameWords.count - 2]), index)
        }
      }
      // "De la Cruz" for "Ana de la Cruz Montero": a surname inside the full name.
      for word in record.nameWords.dropFirst().dropLast()
      where !Lexicon.nameConnectors.contains(word) {
        add(LookupKey(.inner, word), index)
      }
      indexRole(index, pronounChecked: true)
    case .org:
      add(LookupKey(.head, record.head), index)
      // The army and the military are the same body in news copy.
      if record.head == "military" || record.head == "army" {
        add(LookupKey(.head, "army"), index)
        add(LookupKey(.head, "military"), index)
      }
      if record.nameWords.count > 1, let first = record.nameWords.first,
        !Lexicon.genericNameStarts.contains(first)
      {
        add(LookupKey(.orgfirst, first), index)
      }
      if Lexicon.companySuffixes.contains(record.nameWords.last ?? "") {
        add(LookupKey(.head, "company"), index)
        add(LookupKey(.head, "firm"), index)
      }
      add(LookupKey(.initials, record.initials), index)
      if record.isMedia { add(LookupKey(.media, ""), index) }
    case .place:
      if record.nameWords.count > 1 { add(LookupKey(.first, record.nameWords[0]), index) }
    }
    return index
  }

  private mutating func add(_ key: LookupKey, _ entity: Int) {
    let slot = slot(for: key)
    if entities[entity].slots.contains(Int32(slot)) { return }
    entities[entity].slots.append(Int32(slot))
    if entities[entity].lastToken >= 0 { file(slot, entity) }
  }

  /// The index of `key`'s log, made (empty) the first time the key is used.
  private mutating func slot(for key: LookupKey) -> Int {
    // One probe whether the key is new or known: the look-up files the next index itself
    // when the key is missing.
    let next = Int32(logs.count)
    let slot = slots.value(for: key, orInsert: next)
    if slot == next {
      // Most keys file one to four entities: room for four up front, not grown 1, 2, 4.
      var log: [(entity: Int32, token: Int32)] = []
      log.reserveCapacity(4)
      logs.append(log)
      compactAt.append(16)
    }
    return Int(slot)
  }

  /// Files `entity` in the log at `slot` at its latest mention.
  private mutating func file(_ slot: Int, _ entity: Int) {
    let token = Int32(entities[entity].lastToken)
    // Mentions come in text order, so the entry nearly always goes at the end: appended,
    // not inserted (an insertion goes through the generic range replacement).
    if let last = logs[slot].last, last.token >= token {
      var position = logs[slot].count - 1
      while position > 0, logs[slot][position - 1].token >= token { position -= 1 }
      logs[slot].insert((Int32(entity), token), at: position)
    } else {
      logs[slot].append((Int32(entity), token))
    }
    let count = logs[slot].count
    if count > 16, count > compactAt[slot] {
      let entities = self.entities
      logs[slot].removeAll { entities[Int($0.entity)].lastToken != Int($0.token) }
      compactAt[slot] = max(16, 2 * logs[slot].count)
    }
  }

  /// Role words make a person findable by description ("the French leader", "the minister").
  /// `pronounChecked`: the record was just made with this role, which has already given its
  /// pronoun if it has one.
  private mutating func indexRole(_ entity: Int, pronounChecked: Bool = false) {
    guard let role = entities[entity].role else { return }
    if !pronounChecked, entities[entity].type == .person,
      entities[entity].pronoun == nil || entities[entity].pronounFromName,
      let fromRole = EntityRecord.pronoun(ofRole: role)
    {
      entities[entity].pronoun = fromRole
      entities[entity].pronounFromName = false
    }
    for word in DataText.words(Tokenizer.fold(role), on: " ") {
      add(LookupKey(.role, word), entity)
      if let title = Lexicon.titleAbbreviations[word] {
        add(LookupKey(.role, title), entity)
      }
    }
  }

  /// The most recently mentioned of `candidates` passing `test`.
  private func mostRecent(_ key: LookupKey, where test: (EntityRecord) -> Bool = { _ in true })
    -> Int?
  {
    guard let slot = slots[key] else { return nil }
    let log = logs[Int(slot)]
    // Only the latest few entities under a key are looked at: a filter that fits none of
    // them would otherwise walk every entity a long document ever filed there.
    var looked = 0
    for entry in log.reversed() {
      let index = Int(entry.entity)
      guard entities[index].lastToken == Int(entry.token) else { continue }
      if test(entities[index]) { return index }
      looked += 1
      if looked == Self.lookBack { return nil }
    }
    return nil
  }

  /// "the striker", "the spokesperson", "the Spaniard" with no person of that role: the
  /// person already taken up by it, an unnamed person it describes ("A spokesperson for the
  /// ministry …, the spokesperson said"), or the subject of the paragraph ("Pike was just as
  /// blunt. ‘…,’ the defender said") or, opening a sentence, of the sentences before; it then
  /// stands for them.
  private mutating func resolveUnmatchedDescription(_ noun: String, _ candidate: Candidate) {
    let key = LookupKey(.described, noun)
    if let person = mostRecent(key) {
      mention(person, candidate, alias: true)
      return
    }
    for record in mentions.suffix(12).reversed() where record.quote < 0 {
      let entity = entities[record.entity]
      guard entity.anonymous, entity.type == .person else { continue }
      let last = DataText.split(Tokenizer.fold(entity.name), on: " ").last
      // "Two administration officials … the official said".
      if last == Substring(noun) || last == Substring(noun + "s") {
        mention(record.entity, candidate, alias: false)
        return
      }
    }
    // Opening its own sentence ("The actress, who stars opposite …, told People"), it may
    // take up the subject of the sentences before, if the noun does not say otherwise.
    guard let subject = paragraphSubject ?? (candidate.opensSentence ? latestSubject : nil)
    else { return }
    if let wanted = EntityRecord.pronoun(ofRole: noun), let known = entities[subject].pronoun,
      wanted != known
    {
      return
    }
    add(key, subject)
    mention(subject, candidate, alias: true)
  }

  /// How many entities under one key a filtered look-up examines.
  private static let lookBack = 24

  private mutating func mention(_ entity: Int, _ candidate: Candidate, alias: Bool) {
    switch entities[entity].type {
    case .person where !entities[entity].anonymous:
      latestPerson = entity
      if candidate.quote < 0 {
        if candidate.opensSentence {
          latestSubject = entity
          if !paragraphNamedPerson { paragraphSubject = entity }
        }
        paragraphNamedPerson = true
      }
    case .org:
      if candidate.opensSentence, candidate.quote < 0 { latestOrganisationSubject = entity }
      // A body named inside someone's quoted words is not what the narrative's "the group"
      // goes on to mean.
      if candidate.quote < 0, recentOrganisations.last != entity {
        recentOrganisations.removeAll { $0 == entity }
        recentOrganisations.append(entity)
        if recentOrganisations.count > 6 { recentOrganisations.removeFirst() }
      }
    default: break
    }
    if let waiting = spokesperson, candidate.firstToken >= waiting.at {
      if candidate.firstToken <= waiting.at + 1, entities[entity].type == .org {
        entities[waiting.entity].speaksFor = entity
      }
      spokesperson = nil
    }
    let record = MentionRecord(
      entity: entity, firstToken: candidate.firstToken, endToken: candidate.endToken,
      sentence: candidate.sentence, quote: candidate.quote, start: candidate.start,
      end: candidate.end)
    if let last = mentions.last, last.firstToken > candidate.firstToken {
      if candidate.firstToken >= paragraphBase {
        // Behind a later name of the paragraph being read (a full name confirmed by the
        // pronoun after it): put in its place, so that the paragraph's pronouns see it.
        var position = mentions.count
        while position > 0, mentions[position - 1].firstToken > candidate.firstToken {
          position -= 1
        }
        mentions.insert(record, at: position)
        entities[entity].mentionCount += 1
      } else {
        // Behind the paragraph being read: kept aside so `mentions` stays in order.
        lateMentions.append(record)
      }
    } else {
      mentions.append(record)
      entities[entity].mentionCount += 1
    }
    if candidate.firstToken > entities[entity].lastToken {
      entities[entity].lastToken = candidate.firstToken
      for slot in entities[entity].slots { file(Int(slot), entity) }
    }
    // A name inside quoted speech is not a subject a pronoun outside it could take up.
    if entities[entity].type == .person, candidate.quote < 0 {
      lastPersonToken = max(lastPersonToken, candidate.firstToken)
    }
    let surface = Self.aliasForm(candidate.text)
    if surface != entities[entity].name, !entities[entity].aliases.contains(surface) {
      entities[entity].aliases.append(surface)
      if entities[entity].type == .org, let last = DataText.split(surface, on: " ").last {
        // "the NATO defence alliance" makes NATO "the alliance" too.
        add(LookupKey(.head, Tokenizer.fold(String(last))), entity)
      }
    }
    if alias { entities[entity].provisional = false }
  }

  /// A sentence-initial "The group" is the alias "the group": the capital is the
  /// sentence's, not the name's.
  static func singleSpaced(_ text: String) -> String {
    // By bytes in place: scanning `utf8` as a sequence went byte by byte through the generic
    // path, and every new name passes here.
    var probe = text
    guard probe.withUTF8({ $0.contains { $0 == 10 || $0 == 13 || $0 == 9 } }) else { return text }
    // ASCII text (nearly every name) is split on its whitespace bytes; the `Character` split
    // below walks grapheme clusters and is needed only for the Unicode spaces.
    let ascii: String? = probe.withUTF8 { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count)
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count, !isASCIIWhitespace(bytes[end]) { end += 1 }
        if end > start {
          if !output.isEmpty { output.append(32) }
          output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        start = end + 1
      }
      return String(decoding: output, as: UTF8.self)
    }
    if let ascii { return ascii }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// The ASCII bytes `Character.isWhitespace` holds: tab, line feed, vertical tab, form feed,
  /// carriage return and space.
  private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
    byte == 32 || (byte >= 9 && byte <= 13)
  }

  static func aliasForm(_ text: String) -> String {
    // A name broken over a line ("The\nMayor") is written with one space.
    let text = singleSpaced(text)
    // Most surfaces start with neither "T" nor "A": one byte answers before any `hasPrefix`.
    guard let first = text.utf8.first, first == 0x54 || first == 0x41 else { return text }
    for article in ["The ", "A ", "An "]
    where text.utf8.starts(with: article.utf8) {
      return article.lowercased() + text.dropFirst(article.count)
    }
    return text
  }

  /// A "he" or "she" outside quotes: it may confirm a full name as a person, and when one
  /// person only is named in its sentence and the one before, that person takes the pronoun.
  private mutating func takeUp(_ pronoun: (token: Int, sentence: Int, word: String), base: Int) {
    if confirmPendingPerson(
      before: base + pronoun.token, sentence: pronoun.sentence, pronoun: pronoun.word) != nil
    {
      return
    }
    var person: Int?
    var position = mentions.count - 1
    while position >= 0, position >= mentions.count - 50,
      mentions[position].sentence + 1 >= pronoun.sentence
    {
      let record = mentions[position]
      if record.firstToken < base + pronoun.token, record.quote < 0,
        entities[record.entity].type == .person
      {
        if let person, person != record.entity { return }
        person = record.entity
      }
      position -= 1
    }
    if let person, entities[person].pronoun == nil { entities[person].pronoun = pronoun.word }
  }

  /// "he" or "she" at article-wide token `token`: the latest full name not yet known as a
  /// person, when no person was named after it, is that person ("Ingrid Solheim was 61 when
  /// she …", "Her neighbour, Ravi Dhaliwal, said he …"). Returns the entity made.
  @discardableResult
  mutating func confirmPendingPerson(before token: Int, sentence: Int, pronoun: String) -> Int? {
    guard let pending = lastUnknown, pending.firstToken < token,
      pending.firstToken > lastPersonToken, pending.sentence + 2 >= sentence,
      case .unknownName(let name) = pending.kind
    else { return nil }
    lastUnknown = nil
    let words = DataText.words(Tokenizer.fold(name), on: " ")
    for key in [words.first, words.count > 1 ? words.last : nil].compactMap({ $0 }) {
      let store = pendingStore
      pendingNames[key]?.removeAll { store[Int($0)].firstToken == pending.firstToken }
    }
    let index = entity(named: name, type: .person)
    guard entities[index].type == .person, entities[index].mentionCount == 0 else { return nil }
    mention(index, pending, alias: false)
    if entities[index].pronoun == nil { entities[index].pronoun = pronoun }
    return index
  }

  /// Marks a description-introduced entity as real (something refers to it).
  mutating func confirm(_ entity: Int) {
    guard !entities[entity].anonymous else { return }
    entities[entity].provisional = false
  }

  // MARK: - Candidates

  /// A description set off by commas after an organisation's name belongs to that name: it is
  /// filed as the organisation's alias under its head word. Without an organisation ending where
  /// the description begins, the candidate is read as if it stood alone.
  private mutating func resolveApposition(_ candidate: Candidate, head: String?) {
    if let head, let host = organisationEnding(at: candidate.apposes) {
      add(LookupKey(.head, head), host)
      mention(host, candidate, alias: true)
      return
    }
    // "Tripwell, a Dutch booking site, said": a word nothing else named, which the description
    // says is an organisation.
    if let head, let word = unresolvedWord, word.endToken == candidate.apposes,
      case .single(let name) = word.kind
    {
      unresolvedWord = nil
      let host = entity(named: name, type: .org)
      mention(host, word, alias: false)
      add(LookupKey(.head, head), host)
      mention(host, candidate, alias: true)
      return
    }
    var plain = candidate
    plain.apposes = -1
    resolveOne(plain)
  }

  private mutating func resolveOne(_ candidate: Candidate) {
    switch candidate.kind {
    case .place(let name):
      mention(entity(named: name, type: .place), candidate, alias: false)
    case .placeName(let name):
      mention(entity(named: name, type: .place), candidate, alias: false)
    case .namedOrg where candidate.apposes >= 0:
      // "IG Metall, Germany's largest industrial union, said": the description is the name's.
      let head = DataText.split(Tokenizer.fold(candidate.text), on: " ").last.map(String.init)
      resolveApposition(candidate, head: head)
    case .knownOrg(let name), .namedOrg(let name):
      let folded = Tokenizer.fold(name)
      if !folded.utf8.contains(32), byKey[LookupKey(.org, folded)] == nil,
        let short = mostRecent(LookupKey(.orgfirst, folded))
      {
        // "Orion" after "Orion Semiconductor".
        mention(short, candidate, alias: true)
        return
      }
      if byKey[LookupKey(.org, folded)] == nil,
        let short = organisation(startingWith: DataText.words(folded, on: " "))
      {
        // "Northfield Paper" after "Northfield Paper Company".
        mention(short, candidate, alias: true)
        return
      }
      let index = entity(named: name, type: .org)
      if let descriptor = candidate.descriptor {
        add(LookupKey(.head, descriptor), index)
        // A union or a ministry is not "the company".
        if !Lexicon.mediaHeads.contains(descriptor),
          !Lexicon.genericOrgHeads.contains(descriptor) || descriptor == "company"
        {
          add(LookupKey(.head, "company"), index)
        }
      }
      mention(index, candidate, alias: false)
    case .person(let name, let role):
      resolvePerson(name, role: role, candidate)
    case .single(let word):
      resolveSingle(word, candidate)
    case .unknownName(let name):
      let folded = Tokenizer.fold(name)
      let words = DataText.words(folded, on: " ")
      if let existing = byKey[LookupKey(.person, folded)] ?? byKey[LookupKey(.org, folded)] {
        mention(existing, candidate, alias: false)
      } else if let org = organisation(startingWith: words) {
        // "Northfield Paper" after "Northfield Paper Company".
        mention(org, candidate, alias: true)
      } else if let person = personContaining(words) {
        // "De Vries" after "Anke de Vries": a surname of several words.
        mention(person, candidate, alias: true)
      } else if let single = personNamedBySurname(of: words) {
        // "Preston says …" in the standfirst, then "Rhys Preston’s side": the full name.
        adoptFullName(single, name: name, folded: folded, words: words, role: nil)
        mention(single, candidate, alias: false)
      } else if let person = confirmPending(containing: words, candidate) {
        _ = person
      } else {
        let words = DataText.split(folded, on: " ")
        // Only a name opening its clause can be the subject a pronoun takes up; a name
        // further on in the clause ("… keeps a box at Ely Road") does not replace it.
        if candidate.opensClause { lastUnknown = candidate }
        let pending = Int32(pendingStore.count)
        pendingStore.append(PendingName(candidate, name: name))
        if let first = words.first { pendingNames[String(first), default: []].append(pending) }
        if let last = words.last, words.count > 1 {
          pendingNames[String(last), default: []].append(pending)
        }
      }
    case .direction(let word):
      if let place = mostRecent(LookupKey(.first, Tokenizer.fold(word))) {
        mention(place, candidate, alias: true)
      }
    case .personByAge:
      // "the 54-year-old told supporters": the subject of the paragraph, or of the latest
      // sentence about someone, rather than a name in passing.
      if let person = paragraphSubject ?? latestSubject ?? latestPerson {
        mention(person, candidate, alias: true)
      }
    case .roleDescription(let demonym, let noun):
      let folded = demonym.map(Tokenizer.fold)
      let key =
        LookupKey(
          .role, (folded.flatMap { DataText.split($0, on: " ").last.map(String.init) } ?? noun))
      if let person = mostRecent(
        key,
        where: { record in
          guard record.type == .person, let role = record.role else { return false }
          let roleText = Lexicon.expandingTitles(Tokenizer.fold(role))
          if let folded { return DataText.contains(roleText, folded) }
          return roleText.utf8.count >= noun.utf8.count
            && roleText.utf8.suffix(noun.utf8.count).elementsEqual(noun.utf8)
        })
      {
        mention(person, candidate, alias: true)
      } else if demonym == nil, candidate.quote < 0 {
        resolveUnmatchedDescription(noun, candidate)
      }
    case .orgIntroduction(_, let head) where candidate.apposes >= 0,
      .orgReference(let head) where candidate.apposes >= 0:
      // "The Water Authority, the utility that …": the description is the name's alias.
      resolveApposition(candidate, head: head)
    case .orgIntroduction(let name, _):
      let index = entity(named: name, type: .org)
      if entities[index].mentionCount == 0 { entities[index].provisional = true }
      mention(index, candidate, alias: false)
    case .orgReference(let head):
      if let org = mostRecent(LookupKey(.head, head)) {
        mention(org, candidate, alias: true)
      } else if Lexicon.vagueOrgHeads.contains(head),
        let org = recentOrganisations.last(where: {
          !entities[$0].isMedia && !entities[$0].provisional
            && entities[$0].lastToken >= candidate.firstToken - 120
            // A ministry or a court is no "group" or "movement".
            && !Lexicon.stateBodyHeads.contains(entities[$0].head)
        })
      {
        // "Human Rights Watch said … the group said", "the FPR, days after the rebel group
        // seized …": a vague head takes the organisation just named, whatever its name ends
        // in.
        add(LookupKey(.head, head), org)
        mention(org, candidate, alias: true)
      } else if Lexicon.companyReferenceHeads.contains(head),
        let org = recentOrganisations.last(where: {
          !entities[$0].isMedia && !entities[$0].provisional
            && entities[$0].lastToken >= candidate.firstToken - 120
            && Self.mayBeCalledACompany(entities[$0].head)
        })
      {
        // "Costa Verde Maritima … said. … The company said": with no body yet called a company,
        // the business just named, when its name does not say it is some other kind of body.
        add(LookupKey(.head, head), org)
        mention(org, candidate, alias: true)
      } else if let description = candidate.descriptor {
        // No antecedent: "the regional government" is a body of its own, kept only if it
        // speaks or is referred to again.
        let index = entity(named: description, type: .org)
        if entities[index].mentionCount == 0 { entities[index].provisional = true }
        mention(index, candidate, alias: false)
      }
    case .media(let description):
      resolveMedia(description, candidate)
    case .anonymousPerson:
      // A referent of its own, never listed: a later "she" may mean this person.
      var record = EntityRecord(name: candidate.text, type: .person)
      record.provisional = true
      record.anonymous = true
      // "a spokeswoman", "a man": the noun may say which pronoun fits.
      let noun = DataText.split(candidate.text, on: " ").last
      if let noun { record.pronoun = EntityRecord.pronoun(ofRole: String(noun)) }
      // "Westcountry Water said it was investing … / “…,” a spokesperson said": with no body
      // named after it, a spokesperson speaks for the body the sentences before were about.
      if candidate.apposes < 0, let noun,
        Lexicon.spokespersonNouns.contains(Tokenizer.fold(String(noun)))
      {
        if let body = latestOrganisationSubject, !entities[body].isMedia,
          entities[body].lastToken >= candidate.firstToken - 150
        {
          record.speaksFor = body
        }
      }
      entities.append(record)
      mention(entities.count - 1, candidate, alias: false)
      // The body it speaks for is named next ("… for the Metropolitan Police").
      if candidate.apposes >= 0 { spokesperson = (entities.count - 1, candidate.apposes) }
    case .acronym(let name):
      let index = entity(named: name, type: .org)
      add(LookupKey(.initials, candidate.text), index)
      mention(index, candidate, alias: true)
    }
  }

  /// A titled surname ("President Okafor") is a known person when one has that surname; a
  /// full name whose surname was first seen alone with a title takes that person over and
  /// becomes the name (the name is the fullest form).
  private mutating func resolvePerson(_ name: String, role written: String?, _ candidate: Candidate)
  {
    let folded = Tokenizer.fold(name)
    let words = DataText.words(folded, on: " ")
    // "Mr." and "Ms." say how a person is addressed (and which pronoun fits), not a role.
    var role = written
    var pronoun: String?
    if let written, let title = Self.courtesyPronoun(written) {
      role = nil
      pronoun = title
    }
    defer {
      if let pronoun, let last = mentions.last,
        entities[last.entity].pronoun == nil || entities[last.entity].pronounFromName
      {
        entities[last.entity].pronoun = pronoun
        entities[last.entity].pronounFromName = false
      }
    }
    if byKey[LookupKey(.person, folded)] == nil {
      // "Dr. Lee" is the Lee introduced as "Dr.", not the Lee named last.
      if words.count == 1, let role,
        let known = mostRecent(
          LookupKey(.word, folded), where: { $0.role.map(Tokenizer.fold) == Tokenizer.fold(role) })
      {
        mention(known, candidate, alias: true)
        return
      }
      if words.count == 1,
        let known = mostRecent(
          LookupKey(.word, folded), where: { pronoun != nil && $0.pronoun == pronoun })
          ?? mostRecent(
            LookupKey(.word, folded), where: { $0.pronoun == nil || $0.pronoun == pronoun })
          ?? mostRecent(LookupKey(.word, folded)) ?? paternalSurname(folded)
      {
        if entities[known].role == nil, let role {
          entities[known].role = role
          indexRole(known)
        }
        mention(known, candidate, alias: true)
        return
      }
      // "Mr. Lanza" confirms an earlier unknown full name ("Victor Lanza, the company's …").
      if words.count == 1, let pending = pendingNames[folded]?.last.map({ pendingCandidate($0) }),
        case .unknownName(let fullName) = pending.kind
      {
        pendingNames[folded]?.removeLast()
        let index = entity(named: fullName, type: .person, role: role)
        if entities[index].mentionCount == 0 { mention(index, pending, alias: false) }
        mention(index, candidate, alias: true)
        return
      }
      if words.count > 1, let person = personContaining(words) {
        // "De Vries" after "Anke de Vries".
        mention(person, candidate, alias: true)
        return
      }
      if words.count > 1, confirmPending(containing: words, candidate) != nil { return }
      if words.count > 1, let single = personNamedBySurname(of: words) {
        adoptFullName(single, name: name, folded: folded, words: words, role: role)
        mention(single, candidate, alias: false)
        return
      }
    }
    let index = entity(named: name, type: .person, role: role, folded: folded, words: words)
    mention(index, candidate, alias: false)
  }

  /// The person so far known by the last of `words` alone ("Preston says …" before "Rhys
  /// Preston"), or nil.
  private func personNamedBySurname(of words: [String]) -> Int? {
    guard words.count > 1, let last = words.last, let single = byKey[LookupKey(.person, last)],
      entities[single].type == .person, entities[single].nameWords.count == 1
    else { return nil }
    return single
  }

  /// The full name takes over a person first named by the surname alone: it becomes the name
  /// (the fullest form), the surname an alias.
  private mutating func adoptFullName(
    _ single: Int, name: String, folded: String, words: [String], role: String?
  ) {
    guard let last = words.last else { return }
    let oldName = entities[single].name
    entities[single].name = name
    entities[single].nameWords = words
    entities[single].head = last
    byKey[LookupKey(.person, folded)] = single
    add(LookupKey(.word, words[0]), single)
    add(LookupKey(.word, last), single)
    if !entities[single].aliases.contains(oldName) {
      entities[single].aliases.insert(oldName, at: 0)
    }
    entities[single].aliases.removeAll { $0 == name }
    if entities[single].role == nil, let role {
      entities[single].role = role
      indexRole(single)
    }
  }

  /// Whether "the company" may stand for a body whose name ends in `head`: not a ministry, a
  /// union, a party or another kind of body its name declares.
  private static func mayBeCalledACompany(_ head: String) -> Bool {
    head == "company" || head == "group"
      || !(Lexicon.genericOrgHeads.contains(head) || Lexicon.stateBodyHeads.contains(head)
        || Lexicon.nonBusinessHeads.contains(head))
  }

  /// "Lumora Therapeutics" for "Lumora Therapeutics, Inc.": the name without a company
  /// suffix written after a comma; nil when there is none.
  static func withoutCompanySuffix(_ name: String) -> String? {
    guard name.utf8.contains(44), let comma = name.lastIndex(of: ",") else { return nil }
    let suffix = Tokenizer.fold(String(name[name.index(after: comma)...])).filter {
      $0 != " " && $0 != "."
    }
    guard ["inc", "ltd", "corp", "co", "llc", "plc"].contains(suffix) else { return nil }
    return String(name[..<comma])
  }

  /// The latest organisation whose longer name starts with `words` (two or more).
  private func organisation(startingWith words: [String]) -> Int? {
    guard words.count > 1 else { return nil }
    return mostRecent(
      LookupKey(.orgfirst, words[0]),
      where: {
        $0.type == .org && $0.nameWords.count > words.count
          && $0.nameWords.prefix(words.count).elementsEqual(words)
      })
  }

  /// The organisation whose latest mention ends at article-wide token `end`.
  private func organisationEnding(at end: Int) -> Int? {
    for record in mentions.suffix(4).reversed() where record.endToken == end {
      if entities[record.entity].type == .org { return record.entity }
    }
    return nil
  }

  /// The latest person whose full name holds `words` (a surname of several words, "De Vries",
  /// "De la Cruz") as a run after the first name: at its end ("Anke de Vries") or inside it
  /// ("Ana de la Cruz Montero", where the second surname is left off).
  private func personContaining(_ words: [String]) -> Int? {
    guard let last = words.last else { return nil }
    func holds(_ record: EntityRecord) -> Bool {
      let name = record.nameWords
      guard name.count > words.count else { return false }
      for offset in 1...(name.count - words.count)
      where name[offset..<(offset + words.count)].elementsEqual(words) {
        return true
      }
      return false
    }
    if let person = mostRecent(LookupKey(.word, last), where: holds) { return person }
    guard let word = words.first(where: { !Lexicon.nameConnectors.contains($0) }) else {
      return nil
    }
    return mostRecent(LookupKey(.inner, word), where: holds)
  }

  /// A surname of several words ("De Sá Vieira") confirms an earlier full name not yet known
  /// as a person ("João Pedro de Sá Vieira") that ends with it. Returns that person.
  private mutating func confirmPending(containing words: [String], _ candidate: Candidate)
    -> Int?
  {
    guard words.count > 1, let last = words.last,
      let position = pendingName(under: last, endingWith: words),
      let removed = pendingNames[last]?.remove(at: position)
    else { return nil }
    let pending = pendingCandidate(removed)
    let fullName = pendingStore[Int(removed)].name
    let index = entity(named: fullName, type: .person)
    if entities[index].mentionCount == 0 { mention(index, pending, alias: false) }
    mention(index, candidate, alias: true)
    return index
  }

  /// Where, among the latest few names waiting under `key`, the latest that ends with `words`
  /// but is longer is.
  private func pendingName(under key: String, endingWith words: [String]) -> Int? {
    guard let waiting = pendingNames[key] else { return nil }
    // The latest few names only: a long document may hold many with this last word.
    let recent = max(waiting.startIndex, waiting.endIndex - 8)..<waiting.endIndex
    return waiting[recent].lastIndex { pending in
      let full = DataText.split(Tokenizer.fold(pendingStore[Int(pending)].name), on: " ")
      return full.count > words.count
        && full.suffix(words.count).elementsEqual(words) { $0 == Substring($1) }
    }
  }

  /// The waiting name at `index` in `pendingStore`, as the candidate it was.
  private func pendingCandidate(_ index: Int32) -> Candidate {
    pendingStore[Int(index)].candidate
  }

  /// "he" for Mr., Sir and Alhaji, "she" for Mrs., Ms., Miss, Dame and Alhaja; nil for any
  /// other role.
  static func courtesyPronoun(_ role: String) -> String? {
    let folded = Tokenizer.fold(role)
    guard Lexicon.courtesyTitles.contains(folded) else { return nil }
    if Lexicon.maleRoles.contains(folded) { return "he" }
    return folded.hasPrefix("mr") && !folded.hasPrefix("mrs") || folded.hasPrefix("sir")
      || folded.hasPrefix("messrs") ? "he" : "she"
  }

  /// "Arango" for "Néstor Arango Peñaloza": Spanish and Portuguese names go by the first of
  /// two surnames, a word inside the full name.
  private func paternalSurname(_ folded: String) -> Int? {
    mostRecent(
      LookupKey(.inner, folded),
      where: { $0.type == .person && $0.nameWords.count >= 3 && $0.nameWords.first != folded })
  }

  private mutating func resolveSingle(_ word: String, _ candidate: Candidate) {
    let folded = Tokenizer.fold(word)
    let isAcronym = Self.hasNoLowercase(word)
    let letters = word.unicodeScalars.count
    if isAcronym, letters >= 2 {
      // Implicit acronym: the initials of a named organisation, even one named later.
      if let org = mostRecent(LookupKey(.initials, word)) {
        mention(org, candidate, alias: true)
        return
      }
      if let name = namedInitials[word] {
        mention(entity(named: name, type: .org), candidate, alias: true)
        return
      }
    }
    // "Penrose said he would …": of two people sharing a surname, the one the pronoun fits.
    if let gender = candidate.pronounAfter,
      let person = mostRecent(
        LookupKey(.word, folded),
        where: { $0.type == .person && $0.pronoun == gender && $0.nameWords.last == folded })
    {
      mention(person, candidate, alias: true)
      return
    }
    // Two people sharing a surname: the bare surname stays with the one already called by
    // it ("Hale's wife, Emma Hale, wept. … Hale would appeal" is still Marcus Hale).
    if let person = mostRecent(
      LookupKey(.word, folded), where: { $0.aliases.contains(word) && $0.nameWords.last == folded })
      ?? mostRecent(LookupKey(.word, folded)) ?? paternalSurname(folded)
    {
      mention(person, candidate, alias: true)
      return
    }
    if let same = byKey[LookupKey(.org, folded)] ?? byKey[LookupKey(.person, folded)] ?? byKey[
      LookupKey(.place, folded)]
      ?? mostRecent(LookupKey(.orgfirst, folded))
    {
      mention(same, candidate, alias: false)
      return
    }
    // A bare surname confirms an earlier unknown full name as a person; an acronym ("NHS"
    // after "NHS England") is the short name of an organisation.
    if let pending = pendingNames[folded]?.last.map({ pendingCandidate($0) }) {
      pendingNames[folded]?.removeLast()
      guard case .unknownName(let name) = pending.kind else { return }
      let index = entity(named: name, type: isAcronym ? .org : .person)
      if entities[index].mentionCount == 0 { mention(index, pending, alias: false) }
      mention(index, candidate, alias: true)
      return
    }
    if isAcronym, letters >= 2 {
      // An acronym not yet spelt out: hold it until the article ends.
      let index = entity(named: word, type: .org)
      if entities[index].mentionCount == 0 {
        entities[index].provisional = true
        entities[index].placeholder = true
        add(LookupKey(.initials, word), index)
      }
      mention(index, candidate, alias: false)
      return
    }
    unresolvedWord = candidate
  }

  /// No lower-case letter in `word` ("NATO", "G7"): by bytes for ASCII, by scalar
  /// properties otherwise.
  static func hasNoLowercase(_ word: String) -> Bool {
    var word = word
    return word.withUTF8 { bytes in
      guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
      return !bytes.contains(where: ByteClass.isLower)
    } ?? word.unicodeScalars.allSatisfy { !$0.properties.isLowercase }
  }

  private mutating func resolveMedia(_ description: String, _ candidate: Candidate) {
    if let org = mostRecent(LookupKey(.media, "")) {
      mention(org, candidate, alias: true)
      return
    }
    // No outlet yet: if the article names exactly one, the description is that outlet.
    if namedOutlets.count == 1, let name = namedOutlets.first {
      mention(entity(named: name, type: .org), candidate, alias: true)
      return
    }
    let index = entity(named: description, type: .org)
    if entities[index].mentionCount == 0 {
      entities[index].provisional = true
      entities[index].placeholder = true
    }
    if !entities[index].isMedia {
      entities[index].isMedia = true
      add(LookupKey(.media, ""), index)
    }
    mention(index, candidate, alias: false)
  }
}
