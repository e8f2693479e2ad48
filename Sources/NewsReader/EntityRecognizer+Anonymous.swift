/// People the article describes without naming: "A station employee who declined to give her
/// name", "One customer, who …", "said a spokeswoman". They are no entity, but a later "she"
/// refers to them, not to the person named before them, so they are kept as referents.
extension EntityRecognizer {
  /// "a/an/one" + up to four lower-case modifiers + a person noun, opening its clause or
  /// right after a speech verb, outside quotes and not followed by the person's name.
  func anonymousPerson(at index: Int) -> Candidate? {
    guard Self.mayOpenAnonymousPerson(tokens[index]) else { return nil }
    let opens =
      startsSentence(index)
      // "“…,” a spokesperson said".
      || (index > 0 && tokens[index - 1].kind == .quote)
      || (index > 0 && sameSpan(index, index - 1) && isLowerWord(index - 1)
        && tokens[index - 1].flags.cueForm == .finite)
    guard opens else { return nil }
    var scan = index + 1
    // "a 34-year-old man": an age before the noun.
    while scan < tokens.count, scan < index + 4, sameSpan(index, scan),
      tokens[scan].kind == .number || tokens[scan].kind == .dash || tokens[scan].isPunct("-")
    {
      scan += 1
    }
    while scan < tokens.count, scan < index + 8, sameSpan(index, scan) {
      // "One EU diplomat", "a Western official": initials or a nationality among the modifiers.
      if !isLowerWord(scan) {
        let modifier =
          tokens[scan].isAllCaps
          || gazetteer.demonymLength(tokens, at: scan, limit: tokens.count) == 1
        guard modifier, scan + 1 < tokens.count, isLowerWord(scan + 1) else { break }
        scan += 1
        continue
      }
      let lower = tokens[scan].lower
      if tokens[scan].flags.contains(.roleNoun) || Lexicon.personNouns.contains(lower)
        || (lower.hasSuffixQuickly("s") && Self.isPersonNoun(String(lower.dropLast())))
      {
        let next = scan + 1
        // "A senior administration official": a noun modifying the head is no head.
        if isLowerWord(next), sameSpan(index, next), isNounAfterNoun(next) {
          scan += 1
          continue
        }
        // "a spokesman, Diego Ruiz," / "a farmer named …" name the person after all.
        if isCapWord(next), sameSpan(index, next) { return nil }
        if next < tokens.count, tokens[next].isPunct(",") {
          // "One fan, 17-year-old Chloe Aspinall, said".
          var named = next + 1
          while named < next + 4,
            isLowerWord(named)
              || named < tokens.count
                && tokens[named].kind == .number
          {
            named += 1
          }
          if isCapWord(named), sameSpan(index, named) { return nil }
        }
        var made = candidate(.anonymousPerson, index, next)
        // "a spokeswoman for the Metropolitan Police": she speaks for the body named next.
        if lower.hasPrefixQuickly("spokes"), next < tokens.count,
          ["for", "at", "of", "with"].contains(tokens[next].lower)
        {
          made.apposes = next + 1
        }
        return made
      }
      if !tokens[scan].flags.isDisjoint(with: [.roleStop, .cueVerb]) { return nil }
      scan += 1
    }
    return nil
  }

  /// "a", "an", "one" or a word opening an unnamed group, outside quotes: the first test of
  /// `anonymousPerson`, by bits and a word table ("the", the usual determiner, is none).
  @inline(__always)
  static func mayOpenAnonymousPerson(_ token: Token) -> Bool {
    token.quote < 0
      && (token.lowerIs("a") || token.lowerIs("an") || token.lowerIs("one")
        || unnamedGroupOpeners.contains(token.lower))
  }

  /// A lower-case word after a noun that carries the noun phrase on ("senior administration
  /// official"), not a verb or a clause word ("a senior who asked", "a farmer named").
  func isNounAfterNoun(_ index: Int) -> Bool {
    let word = tokens[index].lower
    if !tokens[index].flags.isDisjoint(with: [.roleNoun, .orgNoun]) { return true }
    // `.cueVerb` stands for `CueWords.verbs[word] != nil` (see `WordFlags`).
    if CueWords.clauseWords.contains(word) || tokens[index].flags.contains(.cueVerb)
      || tokens[index].flags.contains(.roleStop)
    {
      return false
    }
    return !word.hasSuffixQuickly("ed") && !word.hasSuffixQuickly("ing")
      && !word.hasSuffixQuickly("ly")
  }

  /// "Two administration officials", "Several residents": unnamed people, a later "the
  /// official" among them.
  static let unnamedGroupOpeners: WordSet = [
    "two", "three", "four", "several", "some", "many", "other",
  ]

  static func isPersonNoun(_ word: String) -> Bool {
    Lexicon.roleNouns.contains(word) || Lexicon.personNouns.contains(word)
  }
}
