/// Descriptions that stand for an organisation, a person or a place without naming it:
/// "state media", "Kenya's central bank", "the French leader", "the nuclear-armed North",
/// "a sanctions monitoring group", "the group".
extension EntityRecognizer {
  // MARK: - Descriptions

  /// "Pyongyang’s state media", "the state news agency", "state media".
  func mediaDescription(at index: Int, known: (Gazetteer.Entry, Int)?) -> Candidate? {
    var cursor = index
    let token = tokens[index]
    if token.isCapitalized, let (_, end) = known, end < tokens.count,
      tokens[end].kind == .possessive
    {
      cursor = end + 1
    } else if token.lowerIs("the") {
      cursor = index + 1
    }
    // The head ("media", "agency") is one of the four words the scan below may reach: without
    // one there, as after most determiners, there is no description to scan for.
    guard
      (cursor..<min(cursor + 4, tokens.count)).contains(where: {
        tokens[$0].flags.contains(.mediaHead)
      })
    else { return nil }
    var modifiers = 0
    var head = -1
    var scan = cursor
    while scan < tokens.count, sameSpan(index, scan), scan - cursor < 4,
      isLowerWord(scan)
        || (modifiers == 0 && gazetteer.demonymLength(tokens, at: scan, limit: tokens.count) == 1)
    {
      let lower = tokens[scan].lower
      if tokens[scan].isCapitalized {
        // "the Dutch news agency": a demonym qualifies the outlet.
        modifiers += 1
        scan += 1
        continue
      }
      if tokens[scan].flags.contains(.mediaHead), modifiers > 0 {
        head = scan
        if lower == "news", scan + 1 < tokens.count,
          tokens[scan + 1].flags.contains(.mediaHead)
        {
          scan += 1
          continue
        }
        if scan + 1 < tokens.count, tokens[scan + 1].flags.contains(.mediaHead),
          sameSpan(index, scan + 1)
        {
          scan += 1
          continue
        }
        break
      }
      guard tokens[scan].flags.contains(.mediaModifier) else { break }
      modifiers += 1
      scan += 1
    }
    guard head >= 0 else { return nil }
    // A named outlet follows ("state media KCNA"): let the name speak for itself.
    if isCapWord(head + 1), sameSpan(index, head + 1) { return nil }
    // The mention covers "the" or the owner ("Pyongyang’s"); the name is the description.
    return candidate(.media(text(cursor, head + 1)), index, head + 1)
  }

  /// "Kenya's central bank", "Germany's defence ministry": an organisation named by its
  /// country and what it is. The place is part of the name here, not a mention of its own.
  func possessiveOrganisation(
    at index: Int, nameEnd end: Int, known: (Gazetteer.Entry, Int)?
  ) -> Candidate? {
    // A place, or a person ("Mikati's office"); not an organisation's own possessive.
    if let known, !known.0.isPlace { return nil }
    if known == nil, startsSentence(index) && tokens[index].flags.contains(.sentenceStarter) {
      return nil
    }
    guard end + 1 < tokens.count, tokens[end].kind == .possessive else { return nil }
    var scan = end + 1
    while scan < tokens.count, scan < end + 5, sameSpan(index, scan), isLowerWord(scan) {
      // The flags stand for the lists (`Lexicon.orgNouns`, `.stateBodies`, `.roleStops`).
      let flags = tokens[scan].flags
      if flags.contains(.orgNoun) || flags.contains(.stateBody) {
        let next = scan + 1
        if next < tokens.count, sameSpan(index, next),
          isCapWord(next) || tokens[next].lowerIs("of")
            || isLowerWord(next)
              && (tokens[next].flags.contains(.orgNoun)
                || tokens[next].flags.contains(.stateBody))
        {
          scan += 1
          continue
        }
        let name = text(index, next)
        return candidate(.namedOrg(name), index, next, text: name)
      }
      if flags.contains(.roleStop) || flags.contains(.numberWord) {
        return nil
      }
      scan += 1
    }
    return nil
  }

  /// The end token of the organisation name a description at `index` is in apposition to:
  /// "X, the utility …", "X (Nasdaq: LMRA), a … company", "X is a … company". -1 if none.
  func appositionHost(before index: Int, in output: [Candidate]) -> Int {
    // The candidates are read in place: a copy of one retains and releases all its strings.
    guard let last = output.indices.last, index >= 2 else { return -1 }
    switch output[last].kind {
    case .namedOrg, .knownOrg, .unknownName, .acronym, .single: break
    default: return -1
    }
    var cursor = index - 1
    if tokens[cursor].isPunct(",") || tokens[cursor].lowerIs("is") || tokens[cursor].lowerIs("was")
    {
      cursor -= 1
    } else {
      return -1
    }
    // Over a bracket: "(Nasdaq: LMRA)".
    if cursor > 0, tokens[cursor].isPunct(")") {
      var open = cursor - 1
      while open > 0, open > cursor - 8, !tokens[open].isPunct("(") { open -= 1 }
      guard tokens[open].isPunct("(") else { return -1 }
      cursor = open - 1
    }
    guard cursor >= 0, sameSpan(index, cursor) else { return -1 }
    // The host is the name ending right there (the bracket may hold an acronym candidate).
    for position in output.indices.reversed().prefix(3)
    where output[position].endToken == cursor + 1 {
      if case .acronym = output[position].kind { continue }
      return cursor + 1
    }
    return -1
  }

  /// "the 54-year-old told supporters": a person referred to by age alone.
  func personByAge(at index: Int) -> Candidate? {
    guard mayOpenPersonByAge(at: index), tokens[index + 3].lowerIs("year-old"),
      sameSpan(index, index + 3)
    else { return nil }
    let next = index + 4
    if isLowerWord(next), tokens[next].flags.cueForm == nil,
      !CueWords.auxiliaries.contains(tokens[next].lower)
    {
      return nil
    }
    return candidate(.personByAge, index, next)
  }

  /// "the" outside quotes before a number: the first test of `personByAge`.
  @inline(__always)
  func mayOpenPersonByAge(at index: Int) -> Bool {
    tokens[index].lowerIs("the") && tokens[index].quote < 0 && index + 3 < tokens.count
      && tokens[index + 1].kind == .number
  }

  /// Determiner-led descriptions: "the nuclear-armed North", "the French leader",
  /// "a multilateral sanctions monitoring group", "the group".
  func description(at index: Int) -> Candidate? {
    guard mayDescribe(after: index) else { return nil }
    // Compared once, by bits: the rules below ask again and again whether it is "the".
    let definite = tokens[index].lowerIs("the")
    var scan = index + 1
    // The modifiers are the lower-case words from `index + 1` on; counted, not collected (an
    // array per determiner was a measurable share of the recogniser's time).
    var modifierCount = 0
    while scan < tokens.count, sameSpan(index, scan), isLowerWord(scan), modifierCount < 5 {
      let flags = tokens[scan].flags
      if !flags.intersection([.orgNoun, .roleNoun, .stateBody]).isEmpty { break }
      if !flags.intersection([.roleStop, .numberWord]).isEmpty { return nil }
      modifierCount += 1
      scan += 1
    }
    guard scan < tokens.count, sameSpan(index, scan) else { return nil }
    let head = tokens[scan]
    let after = scan + 1
    let followedByName = isCapWord(after) && sameSpan(index, after)
    let followedByOf = after < tokens.count && tokens[after].lowerIs("of")
    // "the nuclear-armed North" / "the North's".
    if definite, head.isCapitalized,
      Self.isCompassPoint(head), !followedByName
    {
      return candidate(.direction(buffer.text(head)), index, after)
    }
    // "the CFO said": a title's initials stand for the title.
    if definite, index + 1 < tokens.count, tokens[index + 1].isAllCaps,
      let title = Lexicon.titleInitials[tokens[index + 1].lower], endsPhrase(after: index + 1)
    {
      return candidate(
        .roleDescription(demonym: title, noun: tokens[index + 1].lower), index, index + 2)
    }
    // "the Spaniard told BBC Sport", "the Brazilian said": a nationality standing for a
    // person, before a cue or at the end of a clause.
    if definite, let noun = nationalityNoun(at: index + 1) {
      return candidate(.roleDescription(demonym: nil, noun: noun), index, index + 2)
    }
    // "the Kansas Republican said", "the Ohio Democrat": a party's member from a place,
    // standing for a person.
    if definite, let end = partyMemberEnd(after: index) {
      return candidate(.roleDescription(demonym: nil, noun: tokens[end - 1].lower), index, end)
    }
    // "the French leader".
    if definite, modifierCount <= 2 {
      var demonym: String?
      var cursor = index + 1
      let length = gazetteer.demonymLength(tokens, at: cursor, limit: tokens.count)
      if length > 0 {
        demonym = text(cursor, cursor + length)
        cursor += length
      }
      // "the Mayor in September": a title capitalised as a title, with no name after it.
      if demonym == nil, cursor < tokens.count, sameSpan(index, cursor),
        tokens[cursor].isCapitalized, tokens[cursor].flags.contains(.titleWord),
        tokens[cursor].flags.contains(.roleNoun), !isCapWord(cursor + 1),
        cursor + 1 >= tokens.count || !tokens[cursor + 1].lowerIs("of")
      {
        return candidate(
          .roleDescription(demonym: nil, noun: tokens[cursor].lower), index, cursor + 1)
      }
      // "the Democratic governor", "the Republican senator": the party says nothing the role
      // must hold.
      if demonym == nil, cursor + 1 < tokens.count, sameSpan(index, cursor),
        tokens[cursor].isCapitalized, Lexicon.partyAdjectives.contains(tokens[cursor].lower),
        isLowerWord(cursor + 1)
      {
        cursor += 1
      }
      var roleWords = 0
      while cursor < tokens.count, isLowerWord(cursor), roleWords < 3,
        !tokens[cursor].flags.contains(.roleNoun)
      {
        if tokens[cursor].flags.contains(.roleStop) { break }
        cursor += 1
        roleWords += 1
      }
      if cursor < tokens.count, sameSpan(index, cursor), isLowerWord(cursor),
        tokens[cursor].flags.contains(.roleNoun)
      {
        let next = cursor + 1
        let nameFollows = isCapWord(next) && sameSpan(index, next)
        let ofFollows = next < tokens.count && tokens[next].lowerIs("of")
        if !nameFollows && !ofFollows && (demonym != nil || roleWords == 0) {
          return candidate(
            .roleDescription(demonym: demonym, noun: tokens[cursor].lower), index, next)
        }
        // "the shadow chancellor": one qualifying word, which the role must hold as well.
        if !nameFollows && !ofFollows && demonym == nil && roleWords == 1 {
          return candidate(
            .roleDescription(demonym: text(index + 1, next), noun: tokens[cursor].lower),
            index, next)
        }
      }
    }
    // "the Israeli military", "the South Korean government": a state body by nationality.
    if definite {
      let length = gazetteer.demonymLength(tokens, at: index + 1, limit: tokens.count)
      var cursor = index + 1 + length
      while length > 0, cursor < index + length + 3, isLowerWord(cursor), sameSpan(index, cursor) {
        if !tokens[cursor].flags.intersection([.stateBody, .orgNoun]).isEmpty {
          let next = cursor + 1
          let nameFollows = isCapWord(next) && sameSpan(index, next)
          if nameFollows || (next < tokens.count && tokens[next].lowerIs("of")) { break }
          // "the Chinese embassy in Seoul": a mission is named with the city it is in.
          if tokens[cursor].lowerIs("embassy") || tokens[cursor].lowerIs("consulate"),
            next + 1 < tokens.count,
            tokens[next].lowerIs("in"), sameSpan(index, next + 1),
            let (isPlace, placeEnd) = gazetteer.matchPlace(
              tokens, at: next + 1, limit: tokens.count),
            isPlace
          {
            let name = text(index + 1, placeEnd)
            return candidate(.namedOrg(name), index + 1, placeEnd, text: name)
          }
          let name = text(index + 1, next)
          return candidate(.namedOrg(name), index + 1, next, text: name)
        }
        if tokens[cursor].flags.contains(.roleStop) { break }
        cursor += 1
      }
    }
    guard isLowerWord(scan), !head.flags.intersection([.orgNoun, .stateBody]).isEmpty,
      !followedByName, !followedByOf
    else { return nil }
    // "the senior administration official", "the company spokesperson": a person described
    // by the body they work for, not the body.
    if isLowerWord(after), sameSpan(index, after), tokens[after].flags.contains(.roleNoun) {
      return nil
    }
    if definite {
      var reference = candidate(.orgReference(head: head.lower), index, after)
      // "the regional government": with a modifier it can name a body of its own.
      if modifierCount > 0 { reference.descriptor = text(index + 1, after) }
      return reference
    }
    guard modifierCount > 0, head.flags.contains(.orgNoun) else { return nil }
    let name = text(index + 1, after)
    return candidate(.orgIntroduction(name, head: head.lower), index + 1, after, text: name)
  }

  /// Whether a description can follow the determiner at `index` at all: every rule of
  /// `description` needs a capitalised word (a demonym, a title, a compass point, initials)
  /// or a role, organisation or state-body noun among the six words after it (the modifier
  /// scan stops at the sixth). Most determiners ("the first time", "a decision to") have
  /// none, and are turned down by these flag tests before the rules look at them.
  func mayDescribe(after index: Int) -> Bool {
    let end = min(index + 7, tokens.count)
    guard index + 1 < end else { return false }
    for position in (index + 1)..<end {
      let token = tokens[position]
      if token.isCapitalized || token.isAllCaps
        || !token.flags.isDisjoint(with: [.roleNoun, .orgNoun, .stateBody])
      {
        return true
      }
    }
    return false
  }

  /// The folded nationality at `index` when it is used as a noun for one person: "Spaniard",
  /// or a one-word demonym ("Brazilian") followed by a cue verb or punctuation.
  func nationalityNoun(at index: Int) -> String? {
    guard index < tokens.count, tokens[index].isCapitalized, tokens[index].quote < 0 else {
      return nil
    }
    let word = tokens[index].lower
    let next = index + 1
    guard endsPhrase(after: index) else { return nil }
    if Lexicon.nationalityNouns.contains(word) { return word }
    return gazetteer.demonymLength(tokens, at: index, limit: next) == 1 ? word : nil
  }

  /// The end of "Kansas Republican" in "the Kansas Republican said": an optional place, then
  /// a capitalised party member's noun ending the phrase; nil for anything else ("the
  /// Republican Party", "the Republican nominee").
  func partyMemberEnd(after index: Int) -> Int? {
    var cursor = index + 1
    if let place = gazetteer.matchPlace(tokens, at: cursor, limit: tokens.count), place.isPlace {
      cursor = place.end
    }
    guard cursor < tokens.count, sameSpan(index, cursor), tokens[cursor].isCapitalized,
      tokens[cursor].quote == tokens[index].quote,
      Lexicon.partyMemberNouns.contains(tokens[cursor].lower), endsPhrase(after: cursor)
    else { return nil }
    return cursor + 1
  }

  /// Whether the word at `index` ends a noun phrase: punctuation, a quote mark or a cue verb
  /// follows it, or nothing does.
  func endsPhrase(after index: Int) -> Bool {
    let next = index + 1
    return next >= tokens.count || tokens[next].kind == .punct || tokens[next].kind == .quote
      // The flag stands for `CueWords.verbs[word] != nil` (see `WordFlags`).
      || tokens[next].flags.contains(.cueVerb)
  }

  /// "north", "south", "east" or "west": compared by bits, without an array literal or a
  /// string comparison per case.
  static func isCompassPoint(_ token: Token) -> Bool {
    token.lowerIs("north") || token.lowerIs("south") || token.lowerIs("east")
      || token.lowerIs("west")
  }
}
