/// Roles written around a name: before it ("top Russian security official Sergei Shoigu"),
/// inside its capitalised run ("French President Emmanuel Macron", handled by `classify`) or
/// in an apposition after it (", an economist at the bank,") or before it ("her spokesman,
/// Diego Ruiz,").
extension EntityRecognizer {
  /// The role written before a name: lower-case words and demonyms ending in a role noun
  /// ("top Russian security official", "his hawkish predecessor" → "hawkish predecessor").
  func roleBefore(_ first: Int, inRun: String?) -> String? {
    var cursor = first - 1
    guard cursor >= 0, sameSpan(first, cursor) else { return nil }
    if inRun == nil {
      guard isLowerWord(cursor),
        tokens[cursor].flags.contains(.roleNoun) || isOccupation(tokens[cursor].lower)
      else {
        return nil
      }
    }
    var roleStart = inRun == nil ? cursor : first
    if inRun == nil { cursor -= 1 }
    var taken = 0
    while cursor >= 0, sameSpan(first, cursor), taken < 5, tokens[cursor].kind == .word {
      let token = tokens[cursor]
      let lower = token.lower
      if !token.flags.isDisjoint(with: [.roleStop, .cueVerb]) { break }
      if token.isAllCaps {
        // An organisation's acronym qualifies a role ("FNV negotiator").
      } else if token.isCapitalized {
        // Demonyms, and title words capitalised at the start of a sentence ("Chief executive").
        guard
          token.flags.contains(.demonymPart)
            || (token.flags.contains(.titleWord) && startsSentence(cursor))
        else { break }
      } else if lower.hasSuffixQuickly("ing")
        || lower.hasSuffixQuickly("ed") && !lower.hasSuffixQuickly("-ed")
      {
        break
      }
      if startsSentence(cursor) && token.isCapitalized && !token.isAllCaps
        && !token.flags.contains(.demonymPart) && !token.flags.contains(.titleWord)
      {
        break
      }
      roleStart = cursor
      cursor -= 1
      taken += 1
    }
    guard roleStart < first else { return inRun }
    let prefix = text(roleStart, first)
    if let inRun { return prefix + " " + inRun }
    return prefix
  }

  /// Prepositions after a role noun that name where the person works ("an economist at the
  /// bank"); a `WordSet`, as an array literal built a new array per test.
  static let workplacePrepositions: WordSet = ["at", "with", "for", "of", "in", "from", "on"]

  /// ", the North Korean leader," after a name.
  func apposition(after end: Int) -> String? {
    guard end + 1 < tokens.count, tokens[end].isPunct(","), sameSpan(end, end + 1) else {
      return nil
    }
    var cursor = end + 1
    if tokens[cursor].flags.contains(.determiner) { cursor += 1 }
    var roleStart = cursor
    var words = 0
    while cursor < tokens.count, sameSpan(end, cursor), words < 5,
      tokens[cursor].kind == .word || tokens[cursor].kind == .possessive
    {
      if tokens[cursor].kind == .possessive {
        // ", the town's mayor,": the role is written without its owner.
        roleStart = cursor + 1
        cursor += 1
        continue
      }
      let lower = tokens[cursor].lower
      // The flags stand for `Lexicon.roleNouns` and `Lexicon.roleStops` (see `WordFlags`).
      if tokens[cursor].flags.contains(.roleNoun), isLowerWord(cursor) {
        let next = cursor + 1
        // "an economist at the bank": the role is the noun; the place of work may follow.
        if next >= tokens.count || tokens[next].isPunct(",") || tokens[next].isPunct(".")
          || !sameSpan(end, next)
          || Self.workplacePrepositions.contains(tokens[next].lower)
        {
          return text(roleStart, cursor + 1)
        }
      }
      if tokens[cursor].isCapitalized, !gazetteer.demonymWords.contains(lower) { return nil }
      if tokens[cursor].flags.contains(.roleStop) { return nil }
      cursor += 1
      words += 1
    }
    return nil
  }

  /// "Colorado Gov. Maria Lopez": a place before a title is part of the role.
  func titleFollows(_ end: Int) -> Bool {
    guard isCapWord(end), tokens[end].flags.contains(.titleWord) else { return false }
    var next = end + 1
    if next < tokens.count, tokens[next].isPunct(".") { next += 1 }
    while isCapWord(next) && tokens[next].flags.contains(.titleWord)
      || (next < tokens.count && tokens[next].lowerIs("of") && isCapWord(next + 1))
    {
      next += 1
    }
    return isCapWord(next) && sameSpan(end, next)
  }

  /// The last capitalised title or role word in `range` that still has a capitalised name
  /// word after it ("Municipal Administration Minister K. Velmurugan" → "Minister").
  func lastTitle(in range: Range<Int>) -> Int? {
    guard range.count >= 3 else { return nil }
    var index = range.upperBound - 2
    while index > range.lowerBound {
      let token = tokens[index]
      if token.isCapitalized, !token.flags.intersection([.titleWord, .roleNoun]).isEmpty,
        !tokens[index - 1].lowerIs("of"),
        (index + 1..<range.upperBound).contains(where: {
          isCapWord($0) && !Lexicon.generationSuffixes.contains(tokens[$0].lower)
        })
      {
        return index
      }
      index -= 1
    }
    return nil
  }

  /// Occupations named by their "-ist" ending ("saxophonist", "cellist", "economist").
  func isOccupation(_ lower: String) -> Bool {
    lower.utf8.count >= 7 && lower.hasSuffixQuickly("ist")
  }
}
