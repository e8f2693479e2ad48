/// Finds the words that name or describe people, organisations and places, in document order.
///
/// The recogniser only classifies stretches of text (`Candidate`s); `AliasResolver` decides
/// which entity each one refers to. Rules, in the order they are tried at each word:
/// media descriptions, determiner-led descriptions, gazetteer names (longest match), hyphenated
/// compounds of names ("DPRK-Russia"), then runs of capitalised words classified by their last
/// word (organisation words), their leading titles and demonyms (the role), the role noun just
/// before them ("analyst Choe …") and what follows (a place word, a speech verb, an apposition).
struct EntityRecognizer {
  let tokens: [Token]
  let buffer: TextBuffer
  let gazetteer = Gazetteer.shared

  func recognize() -> [Candidate] {
    var output: [Candidate] = []
    // A paragraph yields about one candidate per ten tokens; sized once, the array is not
    // reallocated (and copied) two or three times as it grows.
    output.reserveCapacity(tokens.count / 8 + 4)
    var index = 0
    while index < tokens.count {
      // Most tokens start nothing; `step` would return at once for them, but the call to it
      // cost more than this test.
      if startsNothing(tokens[index]) {
        index += 1
        continue
      }
      index = step(at: index, into: &output)
    }
    markSubjectsAfterOpeningPhrases(&output)
    return output
  }

  /// A comma right before `first`, or before the article and title words in front of it
  /// (", the Rev. Dwayne Slone").
  private func followsComma(_ first: Int) -> Bool {
    var before = first - 1
    while before >= 0, before >= first - 4, tokens[before].sentence == tokens[first].sentence,
      tokens[before].flags.contains(.determiner) || tokens[before].flags.contains(.titleWord)
        || tokens[before].isPunct(".")
    {
      before -= 1
    }
    return before >= 0 && tokens[before].isPunct(",")
      && tokens[before].sentence == tokens[first].sentence
  }

  /// "At Grapevine Church, the Rev. Dwayne Slone opened the hall": the first name of a person
  /// after the comma closing an opening phrase is the sentence's subject too, when no one was
  /// named before it in the sentence.
  private func markSubjectsAfterOpeningPhrases(_ output: inout [Candidate]) {
    var sentence = -1
    var personNamed = false
    // The candidates are read in place: a copy of one retains and releases all its strings.
    for position in output.indices {
      if output[position].sentence != sentence {
        sentence = output[position].sentence
        personNamed = false
      }
      // Only a name known to be a person's blocks the ones after it: "North Fork" in the
      // opening phrase may be a place the recogniser could not tell.
      var isPerson = false
      switch output[position].kind {
      case .person: isPerson = true
      // "In a statement, the Kansas Republican said": a description may be the subject too.
      case .single, .unknownName, .roleDescription: break
      default: continue
      }
      guard output[position].quote < 0 else { continue }
      if !personNamed, !output[position].opensSentence,
        followsComma(output[position].firstToken)
      {
        output[position].opensSentence = true
      }
      if isPerson { personNamed = true }
    }
  }

  /// What `step` moves past at once: a token that is not a word, or a lower-case word that is
  /// no determiner, number word or media modifier (every rule needs one of those, or a
  /// capital), except bare "police" and a surname opening with "al-" or "el-", which have
  /// rules of their own.
  @inline(__always)
  private func startsNothing(_ token: Token) -> Bool {
    token.kind != .word
      || (!token.isCapitalized && !token.isAllCaps
        && token.flags.isDisjoint(with: [.determiner, .numberWord, .mediaModifier])
        && !token.isHyphenated && !token.lowerIs("police"))
  }

  // MARK: - Dispatch

  func step(at index: Int, into output: inout [Candidate]) -> Int {
    guard tokens[index].kind == .word else { return index + 1 }
    let token = tokens[index]
    let capitalised = token.isCapitalized || token.isAllCaps
    // One gazetteer look-up per capitalised word, shared by the rules below.
    let known = capitalised ? gazetteer.match(tokens, at: index, limit: tokens.count) : nil
    let nameEnd = known?.1 ?? index + 1
    let possessive = capitalised && nameEnd < tokens.count && tokens[nameEnd].kind == .possessive
    if possessive || token.flags.contains(.determiner) || token.flags.contains(.mediaModifier),
      let media = mediaDescription(at: index, known: known)
    {
      output.append(media)
      return media.endToken
    }
    if possessive,
      var owned = possessiveOrganisation(at: index, nameEnd: nameEnd, known: known)
    {
      owned.apposes = appositionHost(before: index, in: output)
      output.append(owned)
      return owned.endToken
    }
    // The first test of each rule is asked here, so that most determiners skip the call and
    // the empty optional candidate it returned (a copy of some two hundred bytes).
    if !token.flags.isDisjoint(with: [.determiner, .numberWord]),
      Self.mayOpenAnonymousPerson(token), let anonymous = anonymousPerson(at: index)
    {
      output.append(anonymous)
      return anonymous.endToken
    }
    if token.flags.contains(.determiner), mayOpenPersonByAge(at: index),
      let aged = personByAge(at: index)
    {
      output.append(aged)
      return aged.endToken
    }
    if token.flags.contains(.determiner), var description = description(at: index) {
      description.apposes = appositionHost(before: index, in: output)
      output.append(description)
      return description.endToken
    }
    // "In a statement, police said": the force the article has named.
    if !capitalised, token.lowerIs("police"), token.quote < 0,
      index == 0 || !tokens[index - 1].flags.contains(.determiner), endsPhrase(after: index)
    {
      output.append(candidate(.orgReference(head: "police"), index, index + 1))
      return index + 1
    }
    if !capitalised, isArticlePrefixedName(index) {
      return nameRun(at: index, into: &output)
    }
    guard capitalised else { return index + 1 }
    if token.flags.contains(.calendarWord) { return index + 1 }
    if let (entry, end) = known, !(entry.isPlace && (titleFollows(end) || isForename(index, end))) {
      return gazetteerName(entry, from: index, to: end, into: &output)
    }
    if token.isHyphenated {
      if let next = hyphenCompound(at: index, into: &output) { return next }
    }
    return nameRun(at: index, into: &output)
  }

  // MARK: - Helpers

  // The three tests below are asked of nearly every token the rules look at: inlined, they
  // cost a few loads and compares instead of a call each.
  @inline(__always)
  func sameSpan(_ first: Int, _ second: Int) -> Bool {
    second >= 0 && second < tokens.count && tokens[second].sentence == tokens[first].sentence
      && tokens[second].quote == tokens[first].quote
  }

  @inline(__always)
  func isCapWord(_ index: Int) -> Bool {
    index < tokens.count && (tokens[index].isCapitalized || tokens[index].isAllCaps)
      && !tokens[index].flags.contains(.calendarWord)
  }

  @inline(__always)
  func isLowerWord(_ index: Int) -> Bool {
    index < tokens.count && tokens[index].kind == .word && tokens[index].startsLower
  }

  /// Whether `index` is the first word of its sentence (or of a quotation).
  func startsSentence(_ index: Int) -> Bool {
    var previous = index - 1
    while previous >= 0, tokens[previous].sentence == tokens[index].sentence,
      tokens[previous].kind == .quote || tokens[previous].lowerIs("(")
    {
      previous -= 1
    }
    return previous < 0 || tokens[previous].sentence != tokens[index].sentence
      || tokens[previous].isPunct(":")
  }

  /// Every field is worked out first and the candidate built once: built and then set field
  /// by field, it was copied out whole (its strings retained and released) on every return.
  /// `known` is the text of `first..<end` when the caller has made it already (most names
  /// carry their text in `kind` too), so that it is not made twice.
  func candidate(
    _ kind: consuming Candidate.Kind, _ first: Int, _ end: Int, text known: String? = nil
  ) -> Candidate {
    let start = tokens[first].start
    let stop = tokens[end - 1].end
    let sentence = tokens[first].sentence
    let opensClause =
      first == 0 || tokens[first - 1].sentence != sentence || tokens[first - 1].isPunct(",")
    var before = first - 1
    var words = 0
    while before >= 0, tokens[before].sentence == sentence {
      // Past up to three words of role, and past a dateline ("OSLO:", "BRUSSELS —").
      if tokens[before].kind == .word, words < 3 {
        words += 1
      } else if !(tokens[before].isPunct(":") || tokens[before].kind == .dash) || before == 0
        || !tokens[before - 1].isAllCaps
      {
        break
      }
      before -= 1
    }
    // "‘…,’ Beswick told Sky Sports": the speaker after a quote is the sentence's subject too.
    let opensSentence =
      before < 0 || tokens[before].sentence != sentence
      || (before == first - 1 && tokens[before].kind == .quote && tokens[first].quote < 0)
    // Compared by bits: most candidates are followed by neither pronoun.
    var pronounAfter: String?
    if end + 1 < tokens.count, tokens[end].flags.contains(.cueVerb) {
      if tokens[end + 1].lowerIs("he") {
        pronounAfter = "he"
      } else if tokens[end + 1].lowerIs("she") {
        pronounAfter = "she"
      }
    }
    return Candidate(
      kind: kind, firstToken: first, endToken: end, start: start, end: stop,
      sentence: sentence, quote: tokens[first].quote, text: known ?? buffer.string(start, stop),
      descriptor: nil, opensClause: opensClause, opensSentence: opensSentence,
      pronounAfter: pronounAfter)
  }

  func text(_ first: Int, _ end: Int) -> String {
    buffer.string(tokens[first].start, tokens[end - 1].end)
  }

  // MARK: - Names

  func gazetteerName(
    _ entry: Gazetteer.Entry, from index: Int, to end: Int, into output: inout [Candidate]
  ) -> Int {
    // A longer capitalised run ending in an organisation word is an organisation named after
    // the place ("Washington Post", "Korea Development Institute").
    var runEnd = end
    while isCapWord(runEnd), sameSpan(index, runEnd) {
      runEnd += 1
      // "Arizona Farm and Ranch Alliance": "and" inside a name ending in an organisation word.
      if runEnd > end, runEnd + 1 < tokens.count, tokens[runEnd].lowerIs("and"),
        isCapWord(runEnd + 1), sameSpan(index, runEnd + 1),
        capitalRunEndsInOrgWord(from: runEnd + 1)
      {
        runEnd += 1
      }
      // "Kenya Smallholders’ Union": over a plural possessive inside the name.
      if runEnd + 1 < tokens.count, Self.isApostrophe(tokens[runEnd]),
        tokens[runEnd].start == tokens[runEnd - 1].end,
        tokens[runEnd - 1].lower.hasSuffixQuickly("s"),
        isCapWord(runEnd + 1), capitalRunEndsInOrgWord(from: runEnd + 1)
      {
        runEnd += 1
      }
    }
    if runEnd > end, tokens[runEnd - 1].flags.contains(.orgWord) {
      // "Vermont Agency of Commerce and Community Development".
      while runEnd + 1 < tokens.count, Self.orgNameJoiners.contains(tokens[runEnd].lower),
        isCapWord(runEnd + 1), sameSpan(index, runEnd + 1),
        tokens[runEnd].lowerIs("of") || (index..<runEnd).contains { tokens[$0].lowerIs("of") }
      {
        runEnd += 1
        while isCapWord(runEnd), sameSpan(index, runEnd) { runEnd += 1 }
      }
      let name = text(index, runEnd)
      output.append(candidate(.namedOrg(name), index, runEnd, text: name))
      bracketedAcronym(after: runEnd, of: name, into: &output)
      return skipBracketedAcronym(runEnd, output)
    }
    if entry.isPlace {
      output.append(candidate(.place(entry.canonical), index, end))
      return end
    }
    // "the NATO defence alliance": the article and a describing noun belong to the mention.
    if index > 0, tokens[index - 1].lowerIs("the"), sameSpan(index, index - 1) {
      var scan = end
      while scan < tokens.count, scan < end + 3, isLowerWord(scan), sameSpan(index, scan) {
        if tokens[scan].flags.contains(.orgNoun) {
          if scan + 1 < tokens.count, tokens[scan + 1].lowerIs("of") { break }
          var described = candidate(.knownOrg(entry.canonical), index - 1, scan + 1)
          described.firstToken = index - 1
          output.append(described)
          return scan + 1
        }
        scan += 1
      }
    }
    output.append(candidate(.knownOrg(entry.canonical), index, end))
    bracketedAcronym(after: end, of: entry.canonical, into: &output)
    return skipBracketedAcronym(end, output)
  }

  /// "DPRK-Russia", "Russian-flagged": look the parts up on their own.
  func hyphenCompound(at index: Int, into output: inout [Candidate]) -> Int? {
    let token = tokens[index]
    var offset = token.start
    var found = false
    var allCapitalised = true
    var parts: [(String, Int, Int)] = []
    for part in buffer.text(token).split(separator: "-", omittingEmptySubsequences: false) {
      let length = part.utf8.count
      parts.append((String(part), offset, offset + length))
      if let first = part.utf8.first, !ByteClass.isUpper(first) { allCapitalised = false }
      offset += length + 1
    }
    let firstPart = parts[0].0
    // "Sen. Susan Maddox, R-Maine,": a US lawmaker's party and state, no place mention.
    if parts.count == 2, firstPart == "R" || firstPart == "D" || firstPart == "I" {
      return index + 1
    }
    if !allCapitalised {
      // "Russian-flagged", "Ukraine-based": a demonym or place glued to a word is no name.
      let folded = Tokenizer.fold(firstPart)
      if gazetteer.demonyms[folded] != nil || gazetteer.matchWord(firstPart) != nil {
        return index + 1
      }
      // "Bangui-based", "Kremlin-backed": any name glued to such a participle is a modifier.
      if parts.count == 2, Lexicon.compoundModifierEnds.contains(parts[1].0) { return index + 1 }
      return nil
    }
    for (part, start, end) in parts {
      guard let entry = gazetteer.matchWord(part) else { continue }
      found = true
      let kind: Candidate.Kind =
        entry.isPlace ? .place(entry.canonical) : .knownOrg(entry.canonical)
      output.append(
        Candidate(
          kind: kind, firstToken: index, endToken: index + 1, start: start, end: end,
          sentence: token.sentence, quote: token.quote, text: part))
    }
    if found { return index + 1 }
    return gazetteer.demonyms[Tokenizer.fold(firstPart)] != nil ? index + 1 : nil
  }

  /// A run of capitalised words, with connectors ("of", "van", "bin") inside it.
  func nameRun(at index: Int, into output: inout [Candidate]) -> Int {
    var end = index
    while end < tokens.count, sameSpan(index, end) {
      if isCapWord(end) {
        if end > index, tokens[end].start > tokens[end - 1].end + 1 { break }
        end += 1
        continue
      }
      // "Grain Processors’ Forum": a plural possessive inside an organisation's name.
      // Cheap conditions first: most runs end at a plain word that is none of these.
      if end > index, tokens[end].kind != .word, tokens[end].start == tokens[end - 1].end,
        Self.isApostrophe(tokens[end]),
        tokens[end - 1].lower.hasSuffixQuickly("s"), isCapWord(end + 1),
        sameSpan(index, end + 1), capitalRunEndsInOrgWord(from: end + 1)
      {
        end += 1
        continue
      }
      // "Securities and Exchange Commission", "Harbor & Vale Securities", "Agency of
      // Commerce and Community Development", "Centre for Peace and Security Studies": "and"
      // inside an organisation's name.
      if end > index, tokens[end].lowerIs("and") || tokens[end].lowerIs("&"), isCapWord(end + 1),
        sameSpan(index, end + 1),
        capitalRunEndsInOrgWord(from: end + 1)
          || (index..<end).contains(where: { tokens[$0].lowerIs("of") || tokens[$0].lowerIs("for") }
          )
            && isCapWord(end + 2)
      {
        end += 1
        continue
      }
      // "Gov. Maria Lopez", "Helix Pharma Inc.": the period belongs to the abbreviation.
      if end > index, tokens[end].kind == .punct, tokens[end].start == tokens[end - 1].end,
        tokens[end].lowerIs(".")
      {
        let previous = tokens[end - 1].lower
        if tokens[end - 1].flags.contains(.dottedSuffix) {
          end += 1
          break
        }
        // "Gov. Maria Lopez", and initials: "John F. Kennedy".
        let initial = previous.utf8.count == 1 && tokens[end - 1].isCapitalized
        if tokens[end - 1].flags.contains(.dottedTitle) || initial, isCapWord(end + 1),
          sameSpan(index, end + 1)
        {
          end += 1
          continue
        }
      }
      // "Brigades of the Two Rivers", "Party of the Regions": an organisation word joins the
      // name across "of the".
      if end > index, tokens[end].lowerIs("of"), tokens[end - 1].flags.contains(.orgWord),
        end + 2 < tokens.count, tokens[end + 1].lowerIs("the"), isCapWord(end + 2),
        sameSpan(index, end + 2)
      {
        end += 2
        continue
      }
      if end > index, isLowerWord(end), tokens[end].flags.contains(.nameConnector),
        isCapWord(end + 1), sameSpan(index, end + 1)
      {
        if tokens[end].lowerIs("for") || tokens[end].lowerIs("on"),
          !tokens[end - 1].flags.contains(.orgWord)
        {
          break
        }
        // "Bank of England", "Secretary of State" join across "of"; "Shares of Orion" does not.
        if tokens[end].lowerIs("of"),
          tokens[end - 1].flags.isDisjoint(with: [.orgWord, .titleWord])
        {
          break
        }
        end += 1
        continue
      }
      // "Youssef el-Amrani", "Abdullah al-Saud": an Arabic article glued to the surname; on
      // its own ("al-Ghamdi said") it opens the run.
      if isLowerWord(end), end == index || tokens[end].start <= tokens[end - 1].end + 1,
        isArticlePrefixedName(end)
      {
        end += 1
        continue
      }
      // "Ingrid van der Berg", "Ana de la Cruz Montero": particles in a row.
      if end > index, isLowerWord(end), tokens[end].flags.contains(.nameConnector),
        !Self.phraseConnectors.contains(tokens[end].lower), end + 2 < tokens.count,
        isLowerWord(end + 1),
        tokens[end + 1].flags.contains(.nameConnector), isCapWord(end + 2),
        sameSpan(index, end + 2)
      {
        end += 2
        continue
      }
      break
    }
    if end == index { return index + 1 }
    // "Lumora Therapeutics, Inc.": the company suffix after a comma belongs to the name.
    if end + 1 < tokens.count, end > index + 1 || !startsSentence(index), tokens[end].isPunct(","),
      isCapWord(end + 1), sameSpan(index, end + 1),
      tokens[end + 1].flags.contains(.dottedSuffix)
        || Self.undottedCompanySuffixes.contains(tokens[end + 1].lower)
    {
      end += 2
      if end < tokens.count, tokens[end].isPunct("."), tokens[end].start == tokens[end - 1].end {
        end += 1
      }
    }
    var first = index
    // Sentence-initial function words and -ing/-ly words are capitalised only by position.
    if startsSentence(first) {
      let lower = tokens[first].lower
      // A short "-ly" word before another capitalised word is a name ("Ely Road", "Kelly
      // Brown"), not an adverb ("Finally", "Recently"). Asked after the flags, which
      // settle most sentence openings.
      func isAdverb() -> Bool {
        lower.hasSuffixQuickly("ly") && (end == first + 1 || lower.unicodeScalars.count >= 7)
      }
      func isGerund() -> Bool { lower.hasSuffixQuickly("ing") && !surnameActs(first, end) }
      if !tokens[first].flags.isDisjoint(with: [.sentenceStarter, .cueVerb]) || isGerund()
        || isAdverb()
      {
        first += 1
        if first < end {
          return first
        }
        return end
      }
    }
    // "van Laar told", "said de Groot": lower-case particles before a surname belong to it.
    var particles = first
    while particles > 0, particles > first - 3, isLowerWord(particles - 1),
      sameSpan(first, particles - 1), tokens[particles - 1].flags.contains(.nameConnector),
      !Self.phraseConnectors.contains(tokens[particles - 1].lower)
    {
      particles -= 1
    }
    if particles < first, particles == 0 || !isCapWord(particles - 1) { first = particles }
    classify(first, end, into: &output)
    return skipBracketedAcronym(end, output)
  }

  /// "Felling, whose side …", "Manning said": a lone "-ing" word opening a sentence is a
  /// surname when a relative "who"/"whose" or a reporting verb follows it.
  func surnameActs(_ first: Int, _ end: Int) -> Bool {
    guard end == first + 1, end + 1 < tokens.count, !tokens[first].lower.hasSuffixQuickly("thing")
    else { return false }
    if tokens[end].isPunct(",") {
      return tokens[end + 1].lowerIs("who") || tokens[end + 1].lowerIs("whose")
    }
    return isLowerWord(end) && tokens[end].flags.contains(.cueVerb)
  }

  /// "el-Amrani", "al-Saud": a lower-case article, a hyphen and a capitalised name.
  /// Inlined down to the token's hyphen bit, which turns nearly every word down: every name
  /// run ends at a lower-case word that is asked this.
  @inline(__always)
  func isArticlePrefixedName(_ index: Int) -> Bool {
    tokens[index].isHyphenated && hyphenatedIsArticlePrefixedName(index)
  }

  /// `isArticlePrefixedName` for a hyphenated word.
  func hyphenatedIsArticlePrefixedName(_ index: Int) -> Bool {
    // A hyphen within the first four bytes.
    let lower = tokens[index].lower
    guard lower.utf8.prefix(4).contains(45), let hyphen = lower.firstIndex(of: "-"),
      Self.arabicArticles.contains(lower[..<hyphen])
    else { return false }
    let written = buffer.text(tokens[index])
    guard let dash = written.firstIndex(of: "-"),
      let first = written[written.index(after: dash)...].unicodeScalars.first
    else { return false }
    return first.properties.isUppercase
  }

  /// ", the company behind …", ", a startup that …": an apposition opening with an
  /// organisation noun within its first three words.
  func describedAsOrganisation(after end: Int) -> Bool {
    guard end + 2 < tokens.count, tokens[end].isPunct(","), sameSpan(end, end + 1),
      tokens[end + 1].flags.contains(.determiner)
    else { return false }
    var cursor = end + 2
    while cursor < tokens.count, cursor <= end + 4, isLowerWord(cursor), sameSpan(end, cursor) {
      let flags = tokens[cursor].flags
      if flags.contains(.roleNoun) { return false }
      if flags.contains(.orgNoun) || flags.contains(.orgDescriptor) {
        return true
      }
      cursor += 1
    }
    return false
  }

  /// The head noun of an apposition saying a name is an organisation: ", Germany's largest
  /// industrial union,", ", a Boston-based biotech company,". Nil when the apposition ends in
  /// anything else.
  func organisationInApposition(after end: Int) -> String? {
    guard end + 2 < tokens.count, tokens[end].isPunct(","), sameSpan(end, end + 1) else {
      return nil
    }
    // Only a noun phrase: "the …", "a …", or an owner ("Germany's …"); not "who chairs …".
    let opener = end + 1
    guard
      tokens[opener].flags.contains(.determiner)
        || (isCapWord(opener) && opener + 1 < tokens.count
          && tokens[opener + 1].kind == .possessive)
    else { return nil }
    var cursor = end + 1
    while cursor < tokens.count, cursor < end + 9, sameSpan(end, cursor),
      !tokens[cursor].isPunct(",")
    {
      let flags = tokens[cursor].flags
      if !flags.isDisjoint(with: [.roleNoun, .cueVerb]) || Self.isRelativeWord(tokens[cursor]) {
        return nil
      }
      cursor += 1
    }
    guard cursor < tokens.count, tokens[cursor].isPunct(","), cursor - 1 > end + 1,
      isLowerWord(cursor - 1), tokens[cursor - 1].flags.contains(.orgNoun)
    else { return nil }
    return tokens[cursor - 1].lower
  }

  /// "who", "whose", "which" or "that": compared by bits, without an array literal or a
  /// string comparison per test.
  static func isRelativeWord(_ token: Token) -> Bool {
    token.lowerIs("who") || token.lowerIs("whose") || token.lowerIs("which")
      || token.lowerIs("that")
  }

  /// ", which … , said": a relative clause on a thing, then a speech verb.
  func whichClauseThenSpeech(after end: Int) -> Bool {
    guard end + 2 < tokens.count, tokens[end].isPunct(","), tokens[end + 1].lowerIs("which")
    else { return false }
    var close = end + 2
    while close < tokens.count, close < end + 16, sameSpan(end, close),
      !tokens[close].isPunct(",")
    {
      close += 1
    }
    guard close < tokens.count, tokens[close].isPunct(",") else { return false }
    var cursor = close + 1
    while cursor < tokens.count, CueWords.auxiliaries.contains(tokens[cursor].lower) {
      cursor += 1
    }
    return isLowerWord(cursor) && tokens[cursor].flags.contains(.finiteCueVerb)
  }

  /// "Mateo Ruiz, 11, a pupil": an age in commas after a name makes it a person's.
  func ageFollows(_ end: Int) -> Bool {
    guard end + 2 < tokens.count, tokens[end].isPunct(","), tokens[end + 1].kind == .number,
      tokens[end + 1].lower.utf8.count <= 3, tokens[end + 2].isPunct(",")
    else { return false }
    return sameSpan(end, end + 2)
  }

  /// Whether the capitalised words from `start` (with "of" between them) end in an
  /// organisation word.
  func capitalRunEndsInOrgWord(from start: Int) -> Bool {
    var cursor = start
    var last = -1
    while cursor < tokens.count, cursor < start + 6, sameSpan(start, cursor) {
      if isCapWord(cursor) {
        last = cursor
      } else if !tokens[cursor].lowerIs("of") || !isCapWord(cursor + 1) {
        break
      }
      cursor += 1
    }
    return last >= 0 && tokens[last].flags.contains(.orgWord)
  }

  func classify(_ first: Int, _ end: Int, into output: inout [Candidate]) {
    // "Helix Pharma Inc.": the period is not the last word.
    let last = tokens[end - 1].isPunct(".") && end - 1 > first ? end - 2 : end - 1
    let lastWord = tokens[last].lower
    var isOrg = tokens[last].flags.contains(.orgWord)
    for position in first..<end
    where position > first && (tokens[position].lowerIs("of") || tokens[position].lowerIs("for")) {
      if tokens[position - 1].flags.contains(.orgWord) { isOrg = true }
    }
    // "port operator Nordhaven Terminals", "the news agency ANP", sentence-initial
    // "Drugmaker Helix Pharma".
    var first = first
    var descriptor: String?
    if first > 0, sameSpan(first, first - 1), isLowerWord(first - 1),
      !tokens[first - 1].flags.isDisjoint(with: [.orgDescriptor, .mediaHead])
    {
      isOrg = true
      descriptor = tokens[first - 1].lower
    } else if end - first > 1, startsSentence(first),
      tokens[first].flags.contains(.orgDescriptor)
        || tokens[first].lower.hasSuffixQuickly("maker")
    {
      isOrg = true
      descriptor = tokens[first].lower
      first += 1
    }
    // "IG Metall, Germany's largest industrial union, said": what follows says what it is.
    if !isOrg, let noun = organisationInApposition(after: end) {
      isOrg = true
      descriptor = noun
    }
    // "The importer, Southern Cross Grain Traders, said": named in apposition to what it is.
    if descriptor == nil, first >= 3, tokens[first - 1].isPunct(","), isLowerWord(first - 2),
      tokens[first - 2].flags.contains(.orgDescriptor),
      tokens[first - 3].flags.contains(.determiner), sameSpan(first, first - 3)
    {
      isOrg = true
      descriptor = tokens[first - 2].lower
    }
    // "shares of Orion", "a unit of Helix".
    if first >= 2, tokens[first - 1].lowerIs("of"), isLowerWord(first - 2),
      Self.partOfOrganisation.contains(tokens[first - 2].lower)
    {
      isOrg = true
    }
    // "Board members voted", "Festival director Friederike Haas": a lone generic head word
    // refers to the organisation named before it, it does not name one.
    let qualifiesRole = isLowerWord(end) && tokens[end].flags.contains(.roleNoun)
    if isOrg, descriptor == nil, end - first == 1,
      tokens[last].flags.contains(.genericOrgHead) || qualifiesRole
    {
      output.append(candidate(.orgReference(head: lastWord), first, end))
      return
    }
    if isOrg {
      let name = text(first, end)
      var named = candidate(.namedOrg(name), first, end, text: name)
      named.descriptor = descriptor
      output.append(named)
      bracketedAcronym(after: end, of: name, into: &output)
      return
    }
    // A name ending in "of": drop the dangling connector part.
    // ("Secretary of State Antony Blinken" keeps its "of": it belongs to the title.)
    var stop = end
    if let ofIndex = (first..<end).first(where: {
      tokens[$0].lowerIs("of") && !(tokens[$0 - 1].flags.contains(.titleWord))
    }) {
      stop = ofIndex
    }
    // Leading titles and demonyms form the role ("French President").
    var nameStart = first
    while nameStart < stop {
      let demonym = gazetteer.demonymLength(tokens, at: nameStart, limit: stop)
      if demonym > 0 {
        nameStart += demonym
      } else if tokens[nameStart].isPunct(".") {
        nameStart += 1
      } else if tokens[nameStart].lowerIs("of"), nameStart > first,
        tokens[nameStart - 1].flags.contains(.titleWord)
      {
        nameStart += 1
      } else if nameStart == first,
        let (isPlace, placeEnd) = gazetteer.matchPlace(
          tokens, at: nameStart, limit: stop), isPlace, titleFollows(placeEnd)
      {
        nameStart = placeEnd
      } else if !tokens[nameStart].flags.intersection([.titleWord, .roleNoun]).isEmpty {
        nameStart += 1
      } else if nameStart == first, stop - first >= 3, titleFollows(first + 1) {
        // "Kamloops Mayor Tessa Whitcombe-Ng": the word before a title qualifies it.
        nameStart += 1
      } else if nameStart == first, stop - first >= 3, isOccupation(tokens[first].lower) {
        // "Saxophonist Lena Ferreiro": an occupation opening the run is the role.
        nameStart += 1
      } else {
        break
      }
    }
    // "Owen Pritchard KC": letters after a name are a person's.
    var postNominal = false
    while stop - nameStart > 1, tokens[stop - 1].flags.contains(.postNominal) {
      stop -= 1
      postNominal = true
    }
    // "the Liberal Democrat MSP": after an article, the words before the letters are the
    // member's party, not a name.
    if postNominal, first > 0, tokens[first - 1].flags.contains(.determiner) { return }
    // "Harbour Board Chair Nora Pellworth", "Assistant U.S. Attorney Brendan Szarka": words
    // before a title qualify it, so the whole run up to the last title is the role.
    if let title = lastTitle(in: nameStart..<stop) {
      nameStart = title + 1
      while nameStart < stop, tokens[nameStart].isPunct(".") { nameStart += 1 }
    }
    if nameStart >= stop { return }
    // "Environment Canada", "Statistics Norway": a title word before a country is an agency.
    if nameStart > first,
      let (isPlace, placeEnd) = gazetteer.matchPlace(tokens, at: nameStart, limit: stop),
      isPlace, placeEnd == stop
    {
      let name = text(first, stop)
      output.append(candidate(.namedOrg(name), first, stop, text: name))
      return
    }
    // "LMR-204", "Phase 2": a name with digits is no person's.
    if (nameStart..<stop).contains(where: { Self.holdsDigit(tokens[$0]) }) {
      return
    }
    let inRunRole = nameStart > first ? text(first, nameStart) : nil
    // "The shadow chancellor, Sir Anthony Deverell,": a courtesy title says how to address
    // him, so the role around the name comes first.
    func isRole(_ words: String?) -> Bool {
      words.map { !Lexicon.courtesyTitles.contains(Tokenizer.fold($0)) } ?? false
    }
    var role = roleBefore(first, inRun: inRunRole)
    if !isRole(role) { role = isRole(inRunRole) ? inRunRole : nil }
    // "the state Police Public Relations Officer, SP Halimat Oladejo-Bello,": the role the
    // comma sets off says more than a rank's initials.
    if role == nil || role == inRunRole, let described = roleBeforeComma(first) {
      role = described
    }
    if role == nil { role = apposition(after: stop) ?? inRunRole }
    let count = stop - nameStart
    let nameText = text(nameStart, stop)
    // "the Oscar winner", "I’ve": an award or a contraction of "I" names nobody.
    if count == 1,
      Lexicon.awardNames.contains(tokens[nameStart].lower)
        || tokens[nameStart].lower.hasPrefixQuickly("i’")
        || tokens[nameStart].lower.hasPrefixQuickly("i'")
    {
      return
    }

    // "the official PARNA news agency": an acronym its description follows is that body.
    if count == 1, tokens[nameStart].isAllCaps, isLowerWord(stop),
      tokens[stop].lowerIs("news") || tokens[stop].flags.contains(.orgNoun)
    {
      output.append(candidate(.namedOrg(nameText), nameStart, stop, text: nameText))
      return
    }
    if count == 1 && tokens[nameStart].isAllCaps && role == nil {
      output.append(candidate(.single(nameText), nameStart, stop, text: nameText))
      return
    }
    // "Ely Road", "Castlefield Arena": a street or venue, never a person.
    let namesPlace = count >= 2 && tokens[stop - 1].flags.contains(.placeNameEnd)
    if role == nil, count <= 3,
      namesPlace || placeWordFollows(stop) || placeNounOfBefore(nameStart)
    {
      output.append(candidate(.placeName(nameText), nameStart, stop, text: nameText))
      return
    }
    if let role {
      output.append(candidate(.person(nameText, role: role), nameStart, stop, text: nameText))
      return
    }
    // "Brightwell, the company behind the Halo thermostats, …": one word an apposition says is
    // a firm or a body.
    if count == 1, role == nil, describedAsOrganisation(after: stop) {
      output.append(candidate(.namedOrg(nameText), nameStart, stop, text: nameText))
      return
    }
    // "Amal, 34, who sells vegetables": someone named by one name and an age; "said Maya, a
    // junior", "Theo, a sophomore …, said": by a common given name and a speech verb; "who
    // gave his name only as Serhiy", "a farmer named Ali": by the words that name them.
    if count == 1,
      ageFollows(stop) || isGivenAsName(nameStart) || describedAsPerson(after: stop)
        || GivenNames.isGivenName(tokens[nameStart].lower)
          && (speechVerbPrecedes(nameStart) || speechVerbFollows(stop))
    {
      output.append(candidate(.person(nameText, role: nil), nameStart, stop, text: nameText))
      return
    }
    // "The Nordbank said", "the Kremlin told reporters": one unknown word after "the" that
    // speaks is a body (a person is never "the Smith").
    if count == 1, nameStart > 0, tokens[nameStart - 1].lowerIs("the"),
      sameSpan(nameStart - 1, nameStart), speechVerbFollows(stop)
    {
      output.append(candidate(.namedOrg(nameText), nameStart, stop, text: nameText))
      return
    }
    if count == 1 {
      output.append(candidate(.single(nameText), nameStart, stop, text: nameText))
      return
    }
    // "Northlight Live, which was promoting the tour, said": a speaking thing is a body.
    if role == nil, whichClauseThenSpeech(after: stop) {
      output.append(candidate(.namedOrg(nameText), nameStart, stop, text: nameText))
      return
    }
    // "Karen Holt has run the clinic": a common given name opening the run makes it a person.
    if count <= 4,
      postNominal || speechVerbFollows(stop) || speechVerbPrecedes(nameStart) || ageFollows(stop)
        || speechVerbBeforeRole(nameStart)
        || (GivenNames.isGivenName(tokens[nameStart].lower)
          && !Lexicon.namedThingEnds.contains(tokens[stop - 1].lower))
    {
      output.append(candidate(.person(nameText, role: nil), nameStart, stop, text: nameText))
      return
    }
    // "Northlight Live, which promotes the tour, said": a speaker spoken of as a thing.
    if count <= 4, speechVerbFollows(stop, afterWhich: true) {
      output.append(candidate(.namedOrg(nameText), nameStart, stop, text: nameText))
      return
    }
    output.append(candidate(.unknownName(nameText), nameStart, stop, text: nameText))
  }

  /// Where to continue after a name: past "(FNV)" when it was taken as the name's acronym.
  func skipBracketedAcronym(_ end: Int, _ output: [Candidate]) -> Int {
    // The position first, read in place: copying the last candidate cost more than the test.
    if let last = output.indices.last, output[last].firstToken == end + 1,
      case .acronym = output[last].kind
    {
      return end + 3
    }
    return end
  }

  /// "Federation of Dutch Trade Unions (FNV)": the bracketed acronym names the organisation.
  func bracketedAcronym(after end: Int, of name: String, into output: inout [Candidate]) {
    guard end + 2 < tokens.count, tokens[end].isPunct("("), tokens[end + 1].isAllCaps,
      tokens[end + 2].isPunct(")")
    else { return }
    output.append(candidate(.acronym(of: name), end + 1, end + 2))
  }

  /// "the flooded town of Alzira", "the city of Kharkiv".
  func placeNounOfBefore(_ first: Int) -> Bool {
    first >= 2 && tokens[first - 1].lowerIs("of") && isLowerWord(first - 2)
      && sameSpan(first, first - 2)
      && Self.placeNouns.contains(tokens[first - 2].lower)
  }

  /// Small lists asked about one word at a time. Kept as `WordSet`s, not array literals: a
  /// literal in a condition built (and freed) a new array on every test.
  static let undottedCompanySuffixes: WordSet = ["llc", "plc", "ltd"]
  /// "shares of Orion", "a unit of Helix": what only an organisation has.
  static let partOfOrganisation: WordSet = [
    "shares", "stock", "unit", "subsidiary", "owner", "parent", "maker", "shareholders",
    "investors", "employees", "staff", "ceo", "customers",
  ]

  /// A lone apostrophe, straight or curly. By length and last byte first: comparing a form
  /// with the curly mark (not ASCII) goes through the string library's slow comparison, and
  /// the usual token here is a comma.
  @inline(__always)
  static func isApostrophe(_ token: Token) -> Bool {
    let utf8 = token.lower.utf8
    switch utf8.count {
    case 1: return token.lowerIs("'")
    case 3: return utf8.last == 0x99 && token.lowerIs("’")
    default: return false
    }
  }

  /// Whether the token's folded form holds an ASCII digit ("LMR-204"). A short ASCII form is
  /// tested eight bytes at a time on its bits: adding 0x50 sets a byte's top bit from "0" up,
  /// adding 0x46 from past "9" (no ASCII byte carries over); padding bytes are zero.
  static func holdsDigit(_ token: Token) -> Bool {
    let lower = token.lower
    if lower.utf8.count <= 15, let (low, high) = LowerForm(lower).shortASCIIWords {
      func digits(_ word: UInt64) -> UInt64 {
        (word &+ 0x5050_5050_5050_5050) & ~(word &+ 0x4646_4646_4646_4646)
          & 0x8080_8080_8080_8080
      }
      return digits(low) | digits(high) != 0
    }
    return lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 })
  }
  static let phraseConnectors: WordSet = ["of", "for", "on"]
  static let orgNameJoiners: WordSet = ["of", "and", "&"]
  static let arabicArticles: WordSet = [
    "el", "al", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul",
  ]
  static let placeNouns: WordSet = [
    "town", "city", "village", "region", "province", "state", "island", "port",
    "district", "county", "capital", "suburb", "enclave", "municipality",
  ]
  static let placeModifiers: WordSet = [
    "border", "frontline", "front-line", "eastern", "western", "northern", "southern",
    "central", "coastal", "southeastern", "northeastern", "southwestern", "northwestern",
  ]

  func placeWordFollows(_ end: Int) -> Bool {
    guard end < tokens.count, isLowerWord(end) else { return false }
    if tokens[end].flags.contains(.placeSuffix) { return true }
    return end + 1 < tokens.count && isLowerWord(end + 1)
      && Self.placeModifiers.contains(tokens[end].lower)
      && tokens[end + 1].flags.contains(.placeSuffix)
  }

  /// `“…,” said Grace Wanjiru`: a name right after a speech verb is a speaker.
  func speechVerbPrecedes(_ first: Int) -> Bool {
    guard first > 0, sameSpan(first, first - 1), isLowerWord(first - 1),
      tokens[first - 1].flags.contains(.finiteCueVerb)
    else { return false }
    // "told Vanity Fair", "told Sky News": whom something is told may be an outlet; only a
    // common given name makes the listener a person.
    if tokens[first - 1].lowerIs("told") || tokens[first - 1].lowerIs("tells") {
      return GivenNames.isGivenName(tokens[first].lower)
    }
    return true
  }

  /// "says co-author Tomás Rebelo", "said team leader Ana Lind": a speech verb, then one or
  /// two lower-case words of role, then the name.
  func speechVerbBeforeRole(_ first: Int) -> Bool {
    var cursor = first - 1
    var words = 0
    while cursor > 0, words < 2, isLowerWord(cursor), sameSpan(first, cursor),
      !tokens[cursor].flags.contains(.finiteCueVerb),
      !CueWords.clauseWords.contains(tokens[cursor].lower)
    {
      cursor -= 1
      words += 1
    }
    return words > 0 && isLowerWord(cursor) && sameSpan(first, cursor)
      && tokens[cursor].flags.contains(.finiteCueVerb)
      && !tokens[cursor].lowerIs("told") && !tokens[cursor].lowerIs("tells")
  }

  /// "Ferrer's spokesman, Diego Ruiz, said": the role stands before the comma.
  func roleBeforeComma(_ first: Int) -> String? {
    guard first >= 2, tokens[first - 1].isPunct(","), sameSpan(first, first - 2),
      isLowerWord(first - 2), tokens[first - 2].flags.contains(.roleNoun)
    else { return nil }
    return roleBefore(first - 1, inRun: nil).flatMap { role in
      role.hasSuffix(",") ? String(role.dropLast()) : role
    }
  }

  /// ", a sophomore who plays on the team,": an apposition saying the name before it is a
  /// person's.
  func describedAsPerson(after end: Int) -> Bool {
    guard end + 2 < tokens.count, tokens[end].isPunct(","), sameSpan(end, end + 1),
      tokens[end + 1].lowerIs("a") || tokens[end + 1].lowerIs("an")
    else { return false }
    var cursor = end + 2
    while cursor < tokens.count, cursor <= end + 4, isLowerWord(cursor), sameSpan(end, cursor) {
      if tokens[cursor].flags.contains(.roleNoun)
        || Lexicon.personNouns.contains(tokens[cursor].lower)
      {
        return !isNounAfterNoun(cursor + 1) || !isLowerWord(cursor + 1)
      }
      cursor += 1
    }
    return false
  }

  /// A single name the words before it give as someone's: "named Ali", "gave his name only as
  /// Serhiy", "identified only as Amal".
  func isGivenAsName(_ index: Int) -> Bool {
    guard index > 0, sameSpan(index, index - 1) else { return false }
    // Compared by bits (a `switch` on the string compared it with each case in turn).
    if tokens[index - 1].lowerIs("named") { return true }
    guard tokens[index - 1].lowerIs("as") else { return false }
    var cursor = index - 2
    while cursor >= 0, cursor >= index - 5, sameSpan(index, cursor) {
      let token = tokens[cursor]
      if token.lowerIs("name") || token.lowerIs("identified") || token.lowerIs("introduced")
        || token.lowerIs("known")
      {
        return true
      }
      cursor -= 1
    }
    return false
  }

  /// A one-word place that is someone's first name ("their captain, Jordan Pike, was sent
  /// off", "Georgia Mills, 34, said"): a capitalised word follows it and the two read as a
  /// person's name by what surrounds them.
  func isForename(_ index: Int, _ end: Int) -> Bool {
    guard end == index + 1, isCapWord(end), sameSpan(index, end), tokens[end].kind == .word,
      !isCapWord(end + 1), tokens[end].flags.intersection([.orgWord, .titleWord]).isEmpty,
      gazetteer.matchPlace(tokens, at: end, limit: tokens.count) == nil
    else { return false }
    return roleBeforeComma(index) != nil || speechVerbFollows(end + 1) || ageFollows(end + 1)
  }

  /// `afterWhich`: only across a clause opened by "which" ("X, which …, said").
  func speechVerbFollows(_ end: Int, afterWhich: Bool = false) -> Bool {
    var cursor = end
    // "Kirsty Abel KC told": letters after the name.
    while cursor < tokens.count, tokens[cursor].flags.contains(.postNominal) { cursor += 1 }
    // "Ultan Brennan of stockbroker Lyle & Crane said": the firm the person belongs to.
    if cursor < tokens.count, tokens[cursor].lowerIs("of") {
      var stop = cursor + 1
      while stop < tokens.count, stop < cursor + 8, tokens[stop].sentence == tokens[end].sentence,
        tokens[stop].kind == .word && !tokens[stop].flags.contains(.cueVerb)
          || tokens[stop].kind == .possessive || tokens[stop].isPunct("&")
      {
        stop += 1
      }
      cursor = stop
    } else if cursor + 1 < tokens.count,
      tokens[cursor].lowerIs("from") || tokens[cursor].lowerIs("in"),
      isCapWord(cursor + 1)
    {
      // "Chloe Aspinall from Stockport, said": step over where the person is from.
      var after = cursor + 1
      while after < cursor + 4, isCapWord(after) { after += 1 }
      if after + 1 < tokens.count, tokens[after].isPunct(","), isLowerWord(after + 1),
        tokens[after + 1].flags.contains(.finiteCueVerb)
      {
        cursor = after + 1
      }
    }
    // "Pablo Sanz, 67, told", "Dale Hart, who owns the diner across the road, called": step
    // over an apposition or a clause set off by commas (SpeakerAttributor reads it the same),
    // unless it is a name itself ("The MP for North Norfolk, Thomas Beeston, wrote": the name
    // inside speaks).
    if afterWhich, cursor >= tokens.count || !tokens[cursor].isPunct(",") { return false }
    if cursor < tokens.count, tokens[cursor].isPunct(",") {
      // "Northfield Paper, which is owned by a fund, said": "which" speaks of a thing.
      let which = cursor + 1 < tokens.count && tokens[cursor + 1].lowerIs("which")
      if which != afterWhich { return false }
      var close = cursor + 1
      var named = true
      while close < tokens.count, close < cursor + 40,
        tokens[close].sentence == tokens[end].sentence,
        !(tokens[close].isPunct(",") && tokens[close].quote == tokens[cursor].quote),
        // 'who rates the stock “buy,” said': the comma went inside the closing mark.
        !closesWithComma(close, after: cursor)
      {
        if !isCapWord(close), !tokens[close].isPunct(".") { named = false }
        close += 1
      }
      let isName = named && close > cursor + 1 && close <= cursor + 8
      if close < tokens.count, !isName,
        tokens[close].isPunct(",") || closesWithComma(close, after: cursor)
      {
        cursor = close + 1
      }
    }
    while cursor < tokens.count, CueWords.auxiliaries.contains(tokens[cursor].lower) {
      cursor += 1
    }
    return cursor < tokens.count && isLowerWord(cursor)
      && tokens[cursor].flags.contains(.finiteCueVerb)
  }

  /// A closing mark right after a comma inside the quote ends a clause opened by the comma at
  /// `open` outside quotes: 'X, who rates the stock “buy,” said'.
  func closesWithComma(_ index: Int, after open: Int) -> Bool {
    tokens[open].quote < 0 && tokens[index].kind == .quote && tokens[index - 1].isPunct(",")
      && tokens[index - 1].quote >= 0
  }
}
