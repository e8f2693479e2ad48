import NewsModel

/// Finding the words that name the speaker at a cue.
extension SpeakerAttributor {
  /// The subject right before a cue, skipping "also", "has" and time words; when the word
  /// before the cue names nothing (`A group including … eight other countries condemned`),
  /// the subject is the one the sentence opens with.
  func subjectBefore(_ cue: Int, in range: Range<Int>) -> (Int?, String)? {
    var end = cue
    while end > range.lowerBound,
      CueWords.auxiliaries.contains(tokens[end - 1].lower) || dateTokens[end - 1]
        || isPostNominal(end - 1, in: range)
        // "Devendra Nath Sahu on Thursday promised": the preposition of a date.
        || (tokens[end - 1].lowerIs("on") && end < cue && dateTokens[end])
    {
      end -= 1
    }
    // "said the rules would change but vowed to …": the second cue shares the first's subject.
    if end > range.lowerBound, CueWords.coordinators.contains(tokens[end - 1].lower) {
      if let earlier = finiteCue(before: end - 1, in: range),
        let subject = subjectBefore(earlier, in: range) ?? phraseAfter(earlier + 1, in: range)
      {
        return subject
      }
      // "Zhou Min did not respond directly but said …": a second verb of the sentence's
      // subject.
      if tokens[end - 1].lowerIs("but"), let subject = sentenceSubject(tokens[cue].sentence),
        subject.0 != nil
      {
        return subject
      }
    }
    // "…, Mona Stern, who said": the name the relative pronoun stands for.
    if end - 1 > range.lowerBound,
      tokens[end - 1].lowerIs("who") || tokens[end - 1].lowerIs("which")
    {
      end -= 1
      if tokens[end - 1].isPunct(",") { end -= 1 }
    }
    // "The Harbour Traders Association (HTA) said": the acronym belongs to the name.
    let bracketsEnd = end
    end = skippingBrackets(before: end, in: range)
    // "the National Federation of Fishermen's Organisations (NFFO) called": a name the
    // recogniser cut short is still named by its acronym.
    if end < bracketsEnd, end > range.lowerBound, references.tokenMention[end - 1] < 0,
      references.tokenMention[end + 1] >= 0
    {
      let record = references.mentions[references.tokenMention[end + 1]]
      return (record.entity, references.text(end + 1, references.localRange(record).upperBound))
    }
    // "De Vries, 52, said" / "X, who …, said": the subject stands before the commas, or is
    // the name between them ("Its president, Dr. Alan Park, said").
    // 'X, who rates the stock “buy,” said': the comma went inside the closing mark.
    if end - 1 > range.lowerBound,
      tokens[end - 1].isPunct(",")
        || tokens[end - 1].kind == .quote && tokens[end - 2].isPunct(",")
          && tokens[end - 2].quote >= 0
    {
      end = subjectEnd(beforeCommaAt: end - 1, in: range)
    }
    guard end > range.lowerBound else { return nil }
    let last = end - 1
    let token = tokens[last]
    // "He pauses, then adds": a verb after a comma with no subject of its own.
    if token.isPunct(",") { return sentenceSubject(token.sentence) }
    // "his office said": the office speaks for the person.
    if CueWords.mouthpieces.contains(token.lower), last > range.lowerBound,
      tokens[last - 1].lowerIs("his") || tokens[last - 1].lowerIs("her")
    {
      let gender = tokens[last - 1].lowerIs("his") ? "he" : "she"
      return (latestPerson(before: last - 1, gender: gender), references.text(last - 1, end))
    }
    if let speaker = firstPerson(last) { return speaker }
    if let unnamed = closeToPhrase(endingAt: end, in: range) { return unnamed }
    if let organisation = spokespersonOf(endingAt: end, in: range) { return organisation }
    if references.isPronoun(last) {
      return (references.resolvePronoun(at: last), references.text(last, end))
    }
    if let person = personOf(phraseEndingAt: end, in: range) { return person }
    let mentionIndex = references.tokenMention[last]
    if mentionIndex >= 0, let text = textAddressed(to: mentionIndex, end: end, in: range) {
      return text
    }
    // "the Chinese embassy in Seoul said": the body, not the place it is in.
    if mentionIndex >= 0,
      references.entities[references.mentions[mentionIndex].entity].type == .place,
      let body = bodyBefore(placeAt: mentionIndex, end: end, in: range)
    {
      return body
    }
    if mentionIndex >= 0 {
      let record = references.mentions[mentionIndex]
      var first = references.localRange(record).lowerBound
      if first > range.lowerBound, tokens[first - 1].lowerIs("the") { first -= 1 }
      // An unnamed spokesperson's words are their body's. Read in place: a copy of the
      // entity's record retains and releases every string it holds.
      let speaker =
        references.entities[record.entity].anonymous
        ? references.entities[record.entity].speaksFor : record.entity
      return (speaker, references.text(first, end))
    }
    if Lexicon.textNouns.contains(token.lower), last > range.lowerBound,
      tokens[last - 1].lowerIs("the") || tokens[last - 1].lowerIs("a")
        || tokens[last - 1].lowerIs("this")
    {
      return (
        references.resolveTextNoun(token.lower, before: last - 1),
        references.text(last - 1, end)
      )
    }
    if token.kind == .word, !token.isCapitalized {
      return references.clauseSubject(ofSentence: tokens[cue].sentence)
        ?? describedSubject(endingAt: end, in: range)
    }
    return nil
  }

  /// The organisation named right before "in <place>" or "at <place>".
  func bodyBefore(placeAt mentionIndex: Int, end: Int, in range: Range<Int>) -> (Int?, String)? {
    let placeStart = references.localRange(references.mentions[mentionIndex]).lowerBound
    let preposition = placeStart - 1
    guard preposition - 1 >= range.lowerBound,
      tokens[preposition].lowerIs("in") || tokens[preposition].lowerIs("at"),
      references.tokenMention[preposition - 1] >= 0
    else { return nil }
    let record = references.mentions[references.tokenMention[preposition - 1]]
    guard references.entities[record.entity].type == .org else { return nil }
    var first = references.localRange(record).lowerBound
    if first > range.lowerBound, tokens[first - 1].lowerIs("the") { first -= 1 }
    return (record.entity, references.text(first, end))
  }

  /// "The company said", "the researchers wrote": a description nobody has been tied to yet is
  /// still the words naming the speaker.
  func describedSubject(endingAt end: Int, in range: Range<Int>) -> (Int?, String)? {
    var first = end - 1
    while first > range.lowerBound, first > end - 4, tokens[first].kind == .word,
      !tokens[first].flags.contains(.determiner)
    {
      first -= 1
    }
    guard tokens[first].flags.contains(.determiner), first < end - 1 else { return nil }
    return references.resolvePhrase(first, end) ?? (nil, references.text(first, end))
  }

  /// The noun phrase ending right before `cue`, starting at or after `from`.
  func phraseEnding(at cue: Int, from: Int) -> (Int?, String)? {
    var end = cue
    while end > from,
      CueWords.auxiliaries.contains(tokens[end - 1].lower) || tokens[end - 1].isPunct(",")
    {
      end -= 1
    }
    // "board chair Denise Whitaker (At Large) said": the name before the brackets.
    end = skippingBrackets(before: end, in: from..<cue)
    guard end > from else { return nil }
    if end - from == 1, let speaker = firstPerson(from) { return speaker }
    // "Dr. Renee Halvorsen, chief of the CDC's fungal diseases branch, told": the name
    // before the apposition.
    if let comma = (from..<end).first(where: { tokens[$0].isPunct(",") }), comma > from,
      references.tokenMention[comma - 1] >= 0
    {
      let record = references.mentions[references.tokenMention[comma - 1]]
      if references.entities[record.entity].type == .person,
        references.localRange(record).upperBound == comma
      {
        return (record.entity, references.text(from, comma))
      }
    }
    return references.resolvePhrase(from, end) ?? (nil, references.text(from, end))
  }

  /// A person named in apposition to a role phrase starting at `start`: "the board's chief
  /// executive, Dr. Helen Markwick".
  func appositionName(from start: Int, in range: Range<Int>) -> (Int?, String)? {
    var comma = start + 1
    while comma < range.upperBound, comma < start + 8, !tokens[comma].isPunct(",") {
      guard tokens[comma].kind == .word || tokens[comma].kind == .possessive else { return nil }
      comma += 1
    }
    guard comma < range.upperBound, tokens[comma].isPunct(","),
      tokens[comma - 1].flags.contains(.roleNoun)
    else { return nil }
    var name = comma + 1
    while name < range.upperBound, name < comma + 4, references.tokenMention[name] < 0,
      tokens[name].flags.contains(.titleWord) || tokens[name].isPunct(".")
    {
      name += 1
    }
    guard name < range.upperBound, references.tokenMention[name] >= 0 else { return nil }
    let record = references.mentions[references.tokenMention[name]]
    guard references.entities[record.entity].type == .person else { return nil }
    return (record.entity, references.text(name, references.localRange(record).upperBound))
  }

  /// The noun phrase starting at `start` (after "said" or "according to").
  func phraseAfter(_ start: Int, in range: Range<Int>) -> (Int?, String)? {
    guard start < range.upperBound else { return nil }
    if references.isPronoun(start) {
      return (references.resolvePronoun(at: start), references.text(start, start + 1))
    }
    var first = start
    if tokens[first].lowerIs("the") || tokens[first].lowerIs("a") || tokens[first].lowerIs("an") {
      first += 1
    }
    guard first < range.upperBound else { return nil }
    // "said the board's chief executive, Dr. Helen Markwick": the name after the role.
    if let named = appositionName(from: start, in: range) { return named }
    // "said Dr. Elena Vasquez-Roth", "said Councilman Theo Marchetti", "said researcher Ana
    // Lind": over the title or role.
    var titled = first
    while titled < range.upperBound, titled < first + 4, references.tokenMention[titled] < 0,
      tokens[titled].flags.contains(.titleWord) && tokens[titled].isCapitalized
        || tokens[titled].flags.contains(.roleNoun) && !tokens[titled].isCapitalized
        || tokens[titled].isPunct(".") && titled > first
        || titled == first && tokens[titled].isCapitalized && titled + 1 < range.upperBound
          && tokens[titled + 1].flags.contains(.titleWord)
    {
      titled += 1
    }
    if titled > first, titled < range.upperBound, references.tokenMention[titled] >= 0 {
      let record = references.mentions[references.tokenMention[titled]]
      return (record.entity, references.text(titled, references.localRange(record).upperBound))
    }
    if let holder = roleHolder(after: first, in: range) { return holder }
    // "says co-author Tomás Rebelo": a role the word lists do not hold, before the name.
    var described = first
    while described < range.upperBound, described < first + 3, tokens[described].kind == .word,
      tokens[described].startsLower, references.tokenMention[described] < 0,
      !CueWords.clauseWords.contains(tokens[described].lower)
    {
      described += 1
    }
    if described > first, described < range.upperBound,
      references.tokenMention[described] >= 0,
      case let record = references.mentions[references.tokenMention[described]],
      references.entities[record.entity].type == .person
    {
      return (record.entity, references.text(described, references.localRange(record).upperBound))
    }
    let mentionIndex = references.tokenMention[first]
    if mentionIndex < 0, references.tokenMention[start] >= 0 {
      let record = references.mentions[references.tokenMention[start]]
      return (record.entity, references.text(start, references.localRange(record).upperBound))
    }
    if mentionIndex >= 0 {
      let record = references.mentions[mentionIndex]
      return (
        record.entity,
        references.text(start, max(references.localRange(record).upperBound, first + 1))
      )
    }
    if Lexicon.textNouns.contains(tokens[first].lower) {
      return (
        references.resolveTextNoun(tokens[first].lower, before: start),
        references.text(start, first + 1)
      )
    }
    return nil
  }

  /// "said NFFO chief executive Barrie Deas": an organisation premodifying a role is the
  /// person's employer; the person holding the role speaks.
  func roleHolder(after first: Int, in range: Range<Int>) -> (Int?, String)? {
    let organisation = references.tokenMention[first]
    guard organisation >= 0,
      references.entities[references.mentions[organisation].entity].type == .org
    else { return nil }
    var name = references.localRange(references.mentions[organisation]).upperBound
    let roleStart = name
    while name < range.upperBound, name < roleStart + 4, references.tokenMention[name] < 0,
      !tokens[name].flags.intersection([.titleWord, .roleNoun]).isEmpty
    {
      name += 1
    }
    guard name > roleStart, name < range.upperBound, references.tokenMention[name] >= 0 else {
      return nil
    }
    let record = references.mentions[references.tokenMention[name]]
    guard references.entities[record.entity].type == .person else { return nil }
    return (record.entity, references.text(name, references.localRange(record).upperBound))
  }

  /// The nearest finite cue before `index` in the sentence, outside quotes.
  func finiteCue(before index: Int, in range: Range<Int>) -> Int? {
    var cursor = index - 1
    while cursor >= range.lowerBound {
      if isCue(cursor) == .finite { return cursor }
      cursor -= 1
    }
    return nil
  }

  /// Where the subject ends when a comma stands right before the cue (at `close`): before
  /// the stretch set off by commas ("Sen. Tom Baker, a Republican who voted no, said", "The
  /// Harbour Traders Association (HTA), which speaks for …, said"), or after the name
  /// between them ("Its president, Dr. Alan Park, said"). `close + 1` when neither fits.
  func subjectEnd(beforeCommaAt close: Int, in range: Range<Int>) -> Int {
    var open = close - 1
    while open > range.lowerBound,
      !(tokens[open].isPunct(",") && tokens[open].quote == tokens[close].quote)
    {
      open -= 1
    }
    guard open > range.lowerBound, tokens[open].isPunct(",") else { return close + 1 }
    let before = skippingBrackets(before: open, in: range)
    guard before > range.lowerBound else { return close + 1 }
    // "Lorraine Whitcombe, 67, whose home burned in the fire, said": the name before the age.
    if before - 3 >= range.lowerBound, tokens[before - 1].kind == .number,
      tokens[before - 2].isPunct(","), references.tokenMention[before - 3] >= 0,
      references.entities[references.mentions[references.tokenMention[before - 3]].entity].type
        == .person
    {
      return before - 2
    }
    let beforeMention = references.tokenMention[before - 1]
    // "…, Niamh Carley TD, said": the letters after the name are no part of it.
    var nameEnd = close
    while nameEnd - 1 > open, isPostNominal(nameEnd - 1, in: range) { nameEnd -= 1 }
    let inside = references.tokenMention[nameEnd - 1]
    let personInside =
      inside >= 0 && references.entities[references.mentions[inside].entity].type == .person
      && references.localRange(references.mentions[inside]).lowerBound <= open + 4
    // "The head of the works council at the plant, Jens Oberle, said", "A spokesman for the
    // agency, Colin Barstow, said": a name filling the commas is the role's holder.
    if personInside, references.localRange(references.mentions[inside]).upperBound == nameEnd,
      beforeMention < 0
        || references.mentions[beforeMention].entity
          != references.mentions[inside].entity
    {
      return nameEnd
    }
    // "Det Sgt Claire Whitfield, of Cleveland Police, who led the inquiry, said": the person
    // whose body the first apposition names.
    if beforeMention >= 0,
      references.entities[references.mentions[beforeMention].entity].type == .org,
      let person = personBefore(bodyAt: beforeMention, in: range)
    {
      return person
    }
    if beforeMention >= 0,
      references.entities[references.mentions[beforeMention].entity].type != .place
    {
      return before
    }
    if personInside { return nameEnd }
    // "The film's studio, Halverson Pictures, said": a body named in apposition to a
    // description of it.
    if beforeMention < 0, inside >= 0,
      references.entities[references.mentions[inside].entity].type == .org,
      references.localRange(references.mentions[inside]).lowerBound == open + 1,
      references.localRange(references.mentions[inside]).upperBound == close
    {
      return close
    }
    // "The skippers' association, which represents …, said", "The paper, seen by this
    // newspaper, said": a clause about the subject.
    if beforeMention >= 0, !CueWords.clauseOpeners.contains(tokens[open + 1].lower) {
      return close + 1
    }
    return before
  }

  /// The end of a person's name standing before ", of <body>" (or "at", "from"), when the
  /// mention `bodyMention` is that body.
  func personBefore(bodyAt bodyMention: Int, in range: Range<Int>) -> Int? {
    var first = references.localRange(references.mentions[bodyMention]).lowerBound
    if first > range.lowerBound, tokens[first - 1].lowerIs("the") { first -= 1 }
    let preposition = first - 1
    guard preposition - 2 >= range.lowerBound,
      tokens[preposition].lowerIs("of") || tokens[preposition].lowerIs("at")
        || tokens[preposition].lowerIs("from"),
      tokens[preposition - 1].isPunct(","),
      references.tokenMention[preposition - 2] >= 0
    else { return nil }
    let person = references.mentions[references.tokenMention[preposition - 2]]
    guard references.entities[person.entity].type == .person else { return nil }
    return preposition - 1
  }

  /// "a Department of Health spokesperson said", "a Kremlin spokesman said": an unnamed
  /// spokesperson speaks for the organisation named with them.
  func spokespersonOf(endingAt end: Int, in range: Range<Int>) -> (Int?, String)? {
    let last = end - 1
    guard Lexicon.spokespersonNouns.contains(tokens[last].lower),
      references.tokenMention[last] < 0
    else { return nil }
    var first = last - 1
    var organisation: Int?
    while first >= range.lowerBound, first >= last - 6, tokens[first].kind == .word {
      let mention = references.tokenMention[first]
      if mention >= 0, references.entities[references.mentions[mention].entity].type == .org {
        organisation = references.mentions[mention].entity
      }
      if tokens[first].flags.contains(.determiner) { break }
      first -= 1
    }
    guard first >= range.lowerBound, tokens[first].flags.contains(.determiner) else {
      return nil
    }
    // "The ministry said …. A spokeswoman said: “…”": an unnamed spokesperson with no
    // organisation of their own speaks for the one named last.
    guard let organisation = organisation ?? latestOrganisation(before: first) else {
      return nil
    }
    return (organisation, references.text(first, end))
  }

  /// "I tell her, ‘…’" inside a quote: the enclosing quote's speaker.
  func firstPerson(_ index: Int) -> (Int?, String)? {
    guard context >= 0, tokens[index].lowerIs("i") || tokens[index].lowerIs("we") else {
      return nil
    }
    return (enclosingSpeaker, references.text(index, index + 1))
  }

  /// `end` moved before a short bracketed group ending right before it: "(HTA)".
  func skippingBrackets(before end: Int, in range: Range<Int>) -> Int {
    guard end - 1 > range.lowerBound, tokens[end - 1].isPunct(")") else { return end }
    var paren = end - 2
    while paren > range.lowerBound, paren > end - 6, !tokens[paren].isPunct("(") { paren -= 1 }
    return tokens[paren].isPunct("(") ? paren : end
  }

  /// "Ana Ruiz of the Lakeside Bank said", "Ultan Brennan of stockbroker Lyle & Crane said":
  /// the person named before "of", "at" or "from" and the firm or place they belong to.
  func personOf(phraseEndingAt end: Int, in range: Range<Int>) -> (Int?, String)? {
    guard end - 1 >= range.lowerBound,
      references.tokenMention[end - 1] < 0
        || references.entities[references.mentions[references.tokenMention[end - 1]].entity].type
          != .person
    else { return nil }
    var preposition = end - 1
    while preposition > range.lowerBound, preposition >= end - 8,
      !(tokens[preposition].lowerIs("of") || tokens[preposition].lowerIs("at")
        || tokens[preposition].lowerIs("from"))
    {
      let token = tokens[preposition]
      guard token.kind == .word || token.kind == .possessive || token.isPunct("&") else {
        return nil
      }
      preposition -= 1
    }
    guard preposition > range.lowerBound,
      tokens[preposition].lowerIs("of") || tokens[preposition].lowerIs("at")
        || tokens[preposition].lowerIs("from")
    else { return nil }
    let personIndex = references.tokenMention[preposition - 1]
    guard personIndex >= 0 else { return nil }
    let person = references.mentions[personIndex]
    guard references.entities[person.entity].type == .person else { return nil }
    let local = references.localRange(person)
    return (person.entity, references.text(local.lowerBound, local.upperBound))
  }

  /// The subject of a participle cue: the name it follows after "with" ("with Finance
  /// Minister Sean Doyle telling parliament"), the subject of a cue earlier in the sentence
  /// ("…, the minister announced Thursday, describing"), else the subject of the sentence.
  func participleSubject(_ cue: Int, in range: Range<Int>) -> (Int?, String)? {
    let before = cue - 1
    if before > range.lowerBound, references.tokenMention[before] >= 0 {
      let record = references.mentions[references.tokenMention[before]]
      var first = references.localRange(record).lowerBound
      // Over a capitalised title or a role ("with manager Paulo Ferreira saying").
      while first > range.lowerBound, first > cue - 8,
        tokens[first - 1].isCapitalized
          || !tokens[first - 1].flags.isDisjoint(with: [.roleNoun, .orgNoun])
      {
        first -= 1
      }
      if first > range.lowerBound, tokens[first - 1].lowerIs("with") {
        return (record.entity, references.text(first, cue))
      }
    }
    // The earlier cue must govern the clause the participle is set off from by a comma.
    if before > range.lowerBound, tokens[before].isPunct(","),
      let earlier = finiteCue(before: before, in: range), earlier >= before - 12,
      let subject = subjectBefore(earlier, in: range) ?? phraseAfter(earlier + 1, in: range)
    {
      // "…, Foreign Minister X said Sunday, state media reported, rejecting …": the outlet
      // relays; the person it reports is the one who rejected.
      if !isPerson(subject.0), let relayed = finiteCue(before: earlier, in: range),
        relayed >= earlier - 12,
        let person = subjectBefore(relayed, in: range) ?? phraseAfter(relayed + 1, in: range),
        isPerson(person.0)
      {
        return person
      }
      // "Deputy Governor X voted to hold, the bank said, arguing …": the body only reports
      // what the person the sentence opens with argued.
      if !isPerson(subject.0), isInsertedCue(earlier, in: range),
        let opening = sentenceSubject(tokens[cue].sentence), isPerson(opening.0)
      {
        return opening
      }
      return subject
    }
    return sentenceSubject(tokens[cue].sentence)
  }

  /// A cue set off by commas inside its sentence (", the bank said,"): a comma within a few
  /// words before it, with words of the sentence before that.
  func isInsertedCue(_ cue: Int, in range: Range<Int>) -> Bool {
    var index = cue - 1
    while index > range.lowerBound, index >= cue - 5, tokens[index].kind == .word { index -= 1 }
    return index > range.lowerBound && index < cue - 1 && tokens[index].isPunct(",")
      && tokens[index - 1].kind == .word
  }

  func isPerson(_ entity: Int?) -> Bool {
    entity.map { references.entities[$0].type == .person } ?? false
  }

  /// The subject a sentence opens with; a role set off before a name is passed over to the
  /// name ("Her deputy, Colm Byrne, went further").
  func sentenceSubject(_ sentence: Int) -> (Int?, String)? {
    let range = sentenceRange(sentence)
    var first = range.lowerBound
    while first < range.upperBound, tokens[first].kind == .quote { first += 1 }
    var comma = first + 1
    while comma < range.upperBound, comma < first + 6,
      tokens[comma].kind == .word || tokens[comma].kind == .possessive
    {
      comma += 1
    }
    if comma < range.upperBound, tokens[comma].isPunct(","), !tokens[comma - 1].isCapitalized,
      references.tokenMention[comma - 1] < 0
    {
      var name = comma + 1
      while name < range.upperBound, name < comma + 4, references.tokenMention[name] < 0,
        tokens[name].flags.contains(.titleWord) || tokens[name].isPunct(".")
      {
        name += 1
      }
      if name < range.upperBound, references.tokenMention[name] >= 0 {
        let record = references.mentions[references.tokenMention[name]]
        let local = references.localRange(record)
        if references.entities[record.entity].type == .person, local.upperBound < range.upperBound,
          tokens[local.upperBound].isPunct(",")
        {
          return (record.entity, references.text(local.lowerBound, local.upperBound))
        }
      }
    }
    return references.clauseSubject(ofSentence: sentence)
  }

  /// The latest person named outside quotes before `index` whose pronoun may be `gender`
  /// ("his office" → the man named last).
  func latestPerson(before index: Int, gender: String) -> Int? {
    let target = index + references.base
    var low = 0
    var high = references.mentions.count
    while low < high {
      let middle = (low + high) / 2
      if references.mentions[middle].firstToken < target { low = middle + 1 } else { high = middle }
    }
    var position = low - 1
    while position >= 0, position >= low - 5000 {
      let record = references.mentions[position]
      let entity = references.entities[record.entity]
      if entity.type == .person, !entity.provisional, record.quote < 0,
        entity.pronoun == nil || entity.pronoun == gender
      {
        return record.entity
      }
      position -= 1
    }
    return nil
  }

  /// The latest organisation named outside quotes before `index`, within a few mentions.
  func latestOrganisation(before index: Int) -> Int? {
    let target = index + references.base
    var position = references.mentions.count - 1
    while position >= 0, references.mentions[position].firstToken >= target { position -= 1 }
    var seen = 0
    while position >= 0, seen < 6 {
      let record = references.mentions[position]
      if record.quote < 0 {
        let type = references.entities[record.entity].type
        if type == .org { return record.entity }
        seen += 1
      }
      position -= 1
    }
    return nil
  }

  /// "A person close to the player said", "people familiar with the senator's thinking": the
  /// unnamed source speaks, not the one named after "close to"; nil when the words before
  /// `end` are no such phrase.
  func closeToPhrase(endingAt end: Int, in range: Range<Int>) -> (Int?, String)? {
    let mentionIndex = references.tokenMention[end - 1]
    guard mentionIndex >= 0 else { return nil }
    let start = references.localRange(references.mentions[mentionIndex]).lowerBound
    guard start - 2 >= range.lowerBound else { return nil }
    let link = tokens[start - 2]
    let preposition = tokens[start - 1]
    guard
      (link.lowerIs("close") || link.lowerIs("closest")) && preposition.lowerIs("to")
        || link.lowerIs("familiar") && preposition.lowerIs("with")
    else { return nil }
    var opening = start - 2
    while opening > range.lowerBound, opening > start - 8, tokens[opening - 1].kind == .word,
      tokens[opening - 1].sentence == tokens[start].sentence
    {
      opening -= 1
    }
    return (nil, references.text(opening, end))
  }

  /// "Kirsty Abel KC told": letters after a name are no part of the subject.
  func isPostNominal(_ index: Int, in range: Range<Int>) -> Bool {
    index > range.lowerBound && Lexicon.postNominals.contains(tokens[index].lower)
      && tokens[index].isAllCaps && tokens[index - 1].isCapitalized
  }

  /// "a report to the board called": a document addressed to the one named speaks, not the
  /// addressee; "the report" is its author's, "a report" nobody's we know.
  func textAddressed(to mentionIndex: Int, end: Int, in range: Range<Int>) -> (Int?, String)? {
    var to = references.localRange(references.mentions[mentionIndex]).lowerBound - 1
    if to > range.lowerBound, tokens[to].lowerIs("the") { to -= 1 }
    guard to - 2 >= range.lowerBound, tokens[to].lowerIs("to"),
      Lexicon.textNouns.contains(tokens[to - 1].lower)
    else { return nil }
    let determiner = tokens[to - 2].lower
    guard ["the", "a", "an", "this"].contains(determiner) else { return nil }
    let author =
      determiner == "a" || determiner == "an"
      ? nil : references.resolveTextNoun(tokens[to - 1].lower, before: to - 2)
    return (author, references.text(to - 2, end))
  }
}
