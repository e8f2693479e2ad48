import NewsModel

/// Resolves the words standing for a speaker at a cue: names (through the mentions found by
/// `AliasResolver`), pronouns ("he" → the latest person, "it" → the latest organisation) and
/// texts that speak for their author ("the commentary" → who wrote or issued it).
///
/// It works on one paragraph at a time: `tokens` are the paragraph's, `base` is the article-wide
/// index of its first token, and what earlier paragraphs said about texts ("It issued a
/// commentary") is carried in `authors`.
struct ReferenceResolver {
  let tokens: [Token]
  let base: Int
  let buffer: TextBuffer
  let entities: [EntityRecord]
  let mentions: [MentionRecord]
  /// Mention index covering each token of the paragraph, or -1.
  let tokenMention: [Int]
  /// First token of each sentence of the paragraph (plus a final end marker), and the
  /// article-wide index of the paragraph's first sentence.
  let sentenceStarts: [Int]
  let firstSentence: Int
  /// Text noun ("commentary") → the entity that wrote or issued it, from earlier paragraphs.
  let authors: [String: Int]

  /// Token range of article-wide sentence `sentence`, which must be in this paragraph.
  func sentenceRange(_ sentence: Int) -> Range<Int> {
    sentenceStarts[sentence - firstSentence]..<sentenceStarts[sentence - firstSentence + 1]
  }

  /// A mention's first and end tokens within this paragraph.
  func localRange(_ record: MentionRecord) -> Range<Int> {
    (record.firstToken - base)..<(record.endToken - base)
  }

  func text(_ first: Int, _ end: Int) -> String {
    buffer.string(tokens[first].start, tokens[end - 1].end)
  }

  /// Resolves the noun phrase `first..<end` (ending right before a cue or starting right after
  /// one).
  func resolvePhrase(_ first: Int, _ end: Int) -> (Int?, String)? {
    guard first < end else { return nil }
    // "Sen. Susan Maddox, R-Maine, told": the party and state after the name name no one.
    if end - first >= 3, tokens[end - 2].isPunct(","), isPartyTag(end - 1) {
      return resolvePhrase(first, end - 2)
    }
    let phrase = text(first, end)
    if end - first == 1, tokens[first].kind == .word {
      if let pronoun = resolvePronoun(at: first) { return (pronoun, phrase) }
      if isPronoun(first) { return (nil, phrase) }
    }
    let lastMention = tokenMention[end - 1]
    if lastMention >= 0 {
      // "FNV negotiator Anke de Vries told": the words naming the speaker are the name.
      var start = max(first, localRange(mentions[lastMention]).lowerBound)
      if start > first, tokens[start - 1].flags.contains(.determiner) { start -= 1 }
      let entity = mentions[lastMention].entity
      // "the spokesperson" taken up as an unnamed spokesperson: their words are the body's.
      if entities[entity].anonymous { return (entities[entity].speaksFor, text(start, end)) }
      return (entity, text(start, end))
    }
    let firstMention = tokenMention[first]
    if firstMention >= 0, localRange(mentions[firstMention]).upperBound >= end - 1 {
      return (mentions[firstMention].entity, phrase)
    }
    let head = tokens[end - 1].lower
    if Lexicon.textNouns.contains(head), ["the", "a", "this", "that"].contains(tokens[first].lower)
    {
      return (resolveTextNoun(head, before: first), phrase)
    }
    return nil
  }

  /// "R-Maine", "D-Calif.": a US lawmaker's party initial, a hyphen and a state.
  func isPartyTag(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.end - token.start >= 3 else { return false }
    let bytes = buffer.bytes
    let party = bytes[token.start]
    return (party == 0x52 || party == 0x44 || party == 0x49) && bytes[token.start + 1] == 0x2D
      && ByteClass.isUpper(bytes[token.start + 2])
  }

  func isPronoun(_ index: Int) -> Bool {
    let lower = tokens[index].lower
    return Lexicon.personPronouns.contains(lower) || Lexicon.orgPronouns.contains(lower)
      || Lexicon.pluralPronouns.contains(lower)
  }

  /// "he"/"she" → the latest person mentioned outside quotes; "it"/"they" → the latest
  /// organisation. Gender is not guessed from names, so a lone "he" takes the latest person.
  func resolvePronoun(at index: Int) -> Int? {
    let lower = tokens[index].lower
    let wanted: Entity.Kind
    if Lexicon.personPronouns.contains(lower) {
      wanted = .person
    } else if Lexicon.orgPronouns.contains(lower) || Lexicon.pluralPronouns.contains(lower) {
      wanted = .org
    } else {
      return nil
    }
    let gender: String? =
      wanted == .person ? (lower == "he" || lower == "him" ? "he" : "she") : nil
    // "Okoro's fans, …, have responded with what they describe as …": a plural group of
    // people, no organisation.
    if lower == "they", pluralPeopleBefore(index) { return nil }
    var position = lastMention(before: index + base)
    var steps = 0
    // The latest person whose given name alone disagrees with the pronoun: the name may be
    // of the other sex elsewhere ("Ola" is a man in Norway), so with nobody else to take
    // the pronoun, it is theirs.
    var againstTheName: Int?
    while position >= 0, steps < 5000 {
      let record = mentions[position]
      let entity = entities[record.entity]
      if againstTheName == nil, entity.type == wanted, entity.pronounFromName,
        !entity.provisional, record.quote < 0 || record.quote == tokens[index].quote
      {
        againstTheName = record.entity
      }
      // "Asked by Ramanathan whether …, she replied": the agent of the clause the pronoun
      // stands in is someone else.
      if record.sentence == tokens[index].sentence, isAgent(record) {
        position -= 1
        steps += 1
        continue
      }
      // "she" skips a person known as "he" ("Mr. Hale"), and the other way round.
      if entity.type == wanted, !entity.provisional,
        record.quote < 0 || record.quote == tokens[index].quote,
        gender == nil || entity.pronoun == nil || entity.pronoun == gender
      {
        // "Ingrid …, who is Pieter's sister, said", "Walter Hale, no relation to the Mayor,
        // said": an owner in a possessive, or a name inside another person's apposition, is
        // not the subject a later pronoun takes up when the sentence has a fitting person.
        if wanted == .person,
          isPossessive(record) || isInApposition(at: position) || isPrepositionalObject(record)
            || isReported(record),
          let subject = fittingPerson(before: position, in: record.sentence, gender: gender)
        {
          return subject
        }
        return record.entity
      }
      // The latest person is one the article does not name: nobody it can list, unless it
      // is a spokesperson, whose words are the organisation's.
      if entity.anonymous, entity.type == wanted, record.quote < 0,
        gender == nil || entity.pronoun == nil || entity.pronoun == gender
      {
        return entity.speaksFor
      }
      position -= 1
      steps += 1
    }
    return againstTheName
  }

  /// Whether the mention opens what someone said ("Whitacre said the governor was …") or is
  /// whom it was said to ("she told the judge"): the one spoken about or to, not the one a
  /// later pronoun most likely means.
  private func isReported(_ record: MentionRecord) -> Bool {
    guard var word = wordBefore(record.start) else { return false }
    var offset = record.start - word.utf8.count - 1
    // "told the judge", "said that the governor": past the article or "that".
    while word == "the" || word == "that", offset > 1, let earlier = wordBefore(offset) {
      word = earlier
      offset -= earlier.utf8.count + 1
    }
    return CueWords.verbs[word] == .finite
  }

  /// Whether the mention is the object of a preposition ("a shot over Hrubý", "talks with
  /// Lee"): rarely what a later "he" or "she" stands for when the sentence has a subject.
  private func isPrepositionalObject(_ record: MentionRecord) -> Bool {
    guard let word = wordBefore(record.start) else { return false }
    if word == "of", record.start >= 3, let verb = wordBefore(record.start - 3) {
      // "Felling said of Mallinder": the person spoken of, not the speaker.
      return CueWords.verbs[verb] != nil
    }
    return Lexicon.objectPrepositions.contains(word)
  }

  /// The ASCII word (lower case) right before byte `offset`, past one space.
  private func wordBefore(_ offset: Int) -> String? {
    let bytes = buffer.bytes
    var end = offset
    guard end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A else { return nil }
    end -= 1
    var start = end
    while start > 0, start > end - 12,
      (0x61...0x7A).contains(bytes[start - 1]) || (0x41...0x5A).contains(bytes[start - 1])
    {
      start -= 1
    }
    guard start < end, start == 0 || !(bytes[start - 1] >= 0x80) else { return nil }
    var word = ""
    for index in start..<end { word.unicodeScalars.append(Unicode.Scalar(bytes[index] | 0x20)) }
    return word
  }

  /// Whether the mention follows "by" ("asked by Ramanathan").
  private func isAgent(_ record: MentionRecord) -> Bool {
    let bytes = buffer.bytes
    let start = record.start
    return start >= 3 && bytes[start - 1] == 0x20 && bytes[start - 2] == 0x79
      && bytes[start - 3] == 0x62 && (start == 3 || bytes[start - 4] == 0x20)
  }

  /// A plural noun for people ("fans", "residents") earlier in the sentence of `index`,
  /// with no organisation named between it and `index`.
  private func pluralPeopleBefore(_ index: Int) -> Bool {
    var cursor = index - 1
    while cursor >= 0, tokens[cursor].sentence == tokens[index].sentence {
      if tokenMention[cursor] >= 0, tokens[cursor].quote < 0,
        entities[mentions[tokenMention[cursor]].entity].type == .org
      {
        return false
      }
      let lower = tokens[cursor].lower
      if tokens[cursor].kind == .word, tokens[cursor].quote < 0, lower.hasSuffix("s") {
        let singular = String(lower.dropLast())
        if Lexicon.personNouns.contains(singular) || Lexicon.roleNouns.contains(singular) {
          return true
        }
      }
      cursor -= 1
    }
    return false
  }

  /// Whether the mention's words are followed by a possessive "'s".
  private func isPossessive(_ record: MentionRecord) -> Bool {
    let bytes = buffer.bytes
    let end = record.end
    if end + 1 < bytes.count, bytes[end] == 0x27, bytes[end + 1] == 0x73 { return true }
    // "’s": U+2019 is E2 80 99 in UTF-8.
    return end + 3 < bytes.count && bytes[end] == 0xE2 && bytes[end + 1] == 0x80
      && bytes[end + 2] == 0x99 && bytes[end + 3] == 0x73
  }

  /// Whether mention `position` stands between commas right after a person's name in its
  /// sentence: ", no relation to the Mayor,".
  private func isInApposition(at position: Int) -> Bool {
    guard position > 0, followedByComma(mentions[position].end) else { return false }
    let host = mentions[position - 1]
    return host.sentence == mentions[position].sentence && host.quote < 0
      && entities[host.entity].type == .person && followedByComma(host.end)
  }

  private func followedByComma(_ offset: Int) -> Bool {
    offset < buffer.bytes.count && buffer.bytes[offset] == 0x2C
  }

  /// A listed person of `gender` mentioned, not as an owner, before mention `position` in
  /// `sentence`.
  private func fittingPerson(before position: Int, in sentence: Int, gender: String?) -> Int? {
    var earlier = position - 1
    while earlier >= 0, mentions[earlier].sentence == sentence {
      let record = mentions[earlier]
      let entity = entities[record.entity]
      if entity.type == .person, !entity.provisional, record.quote < 0, !isPossessive(record),
        !isPrepositionalObject(record),
        gender == nil || entity.pronoun == nil || entity.pronoun == gender
      {
        return record.entity
      }
      earlier -= 1
    }
    return nil
  }

  /// Index of the last mention starting before token `index` (binary search).
  private func lastMention(before index: Int) -> Int {
    var low = 0
    var high = mentions.count
    while low < high {
      let middle = (low + high) / 2
      if mentions[middle].firstToken < index { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }

  /// "the commentary": the author named with an earlier "commentary by X", else the subject
  /// of the sentence that introduced the commentary ("It issued a commentary").
  func resolveTextNoun(_ noun: String, before index: Int) -> Int? {
    var position = index - 1
    while position >= 0 {
      if tokens[position].lower == noun, tokens[position].quote < 0,
        tokens[position].sentence != tokens[index].sentence,
        let author = author(ofNounAt: position)
      {
        return author
      }
      position -= 1
    }
    return authors[noun]
  }

  /// Who wrote the text named at `position`: "commentary by X" → X, else the subject of the
  /// sentence ("It issued a commentary" → it).
  func author(ofNounAt position: Int) -> Int? {
    let by = position + 1
    if by + 1 < tokens.count, tokens[by].lowerIs("by") {
      var cursor = by + 1
      while cursor < tokens.count, cursor < by + 4, tokenMention[cursor] < 0,
        tokens[cursor].kind == .word
      {
        cursor += 1
      }
      if cursor < tokens.count, tokenMention[cursor] >= 0 {
        return mentions[tokenMention[cursor]].entity
      }
    }
    return clauseSubject(ofSentence: tokens[position].sentence)?.0
  }

  /// The texts this paragraph introduces and their authors, for later paragraphs.
  func textAuthors() -> [(String, Int)] {
    var found: [(String, Int)] = []
    for position in tokens.indices
    where tokens[position].flags.contains(.textNoun) && tokens[position].quote < 0 {
      if let author = author(ofNounAt: position) {
        found.append((tokens[position].lower, author))
      }
    }
    return found
  }

  /// The subject at the start of a sentence: a pronoun, a name, or "the commentary".
  func clauseSubject(ofSentence sentence: Int) -> (Int?, String)? {
    let range = sentenceRange(sentence)
    var first = range.lowerBound
    let end = range.upperBound
    while first < end, tokens[first].kind == .quote { first += 1 }
    guard first < end else { return nil }
    if isPronoun(first) {
      return (resolvePronoun(at: first), text(first, first + 1))
    }
    var start = first
    if ["the", "a", "an"].contains(tokens[first].lower) { start += 1 }
    guard start < end else { return nil }
    // "Colorado Gov. Maria Lopez signed …": walk over the role to the name.
    var scan = start
    while scan < end, scan < start + 8, tokenMention[scan] < 0,
      tokens[scan].isCapitalized || tokens[scan].isPunct(".")
        || tokens[scan].flags.contains(.roleNoun)
    {
      scan += 1
    }
    if scan < end, scan > start, tokenMention[scan] >= 0 {
      let record = mentions[tokenMention[scan]]
      let local = localRange(record)
      if local.lowerBound == scan { return (record.entity, text(scan, local.upperBound)) }
    }
    let mentionIndex = tokenMention[start]
    if mentionIndex >= 0 {
      let record = mentions[mentionIndex]
      // "Festival director Friederike Haas said": the organisation qualifies a role; the
      // person after it is the subject.
      var next = localRange(record).upperBound
      while next < end, next < localRange(record).upperBound + 3, tokenMention[next] < 0,
        tokens[next].flags.contains(.roleNoun) || tokens[next].flags.contains(.titleWord)
      {
        next += 1
      }
      if next > localRange(record).upperBound, next < end, tokenMention[next] >= 0,
        entities[mentions[tokenMention[next]].entity].type == .person
      {
        let person = mentions[tokenMention[next]]
        return (person.entity, text(first, localRange(person).upperBound))
      }
      return (record.entity, text(first, localRange(record).upperBound))
    }
    if mentionIndex < 0, start > first, tokenMention[first] >= 0 {
      let record = mentions[tokenMention[first]]
      return (record.entity, text(first, localRange(record).upperBound))
    }
    if tokens[start].flags.contains(.textNoun), start > first {
      return (resolveTextNoun(tokens[start].lower, before: first), text(first, start + 1))
    }
    return nil
  }
}
