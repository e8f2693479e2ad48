import NewsModel

/// Telling titles, names and scare quotes from speech.
extension SpeakerAttributor {
  /// A title or name in quotes is not speech: after a naming word, possibly past its object
  /// (`a campaign called “Freedom First”`, `nicknamed the plan the “…”`, `known as “…”`), or
  /// a title-case name right after a title noun (`the documentary “…”`, `its single, “…”`).
  func isTitle(_ quote: QuoteFinder.Found) -> Bool {
    let open = quote.openToken
    if isHabitualName(quote) || isScareQuote(quote) || isLabel(quote) || isSignText(quote)
      || isNamedAfterwards(quote)
    {
      return true
    }
    let sentence = tokens[open].sentence
    var index = open - 1
    var skipped = 0
    while index >= 0, tokens[index].sentence == sentence, skipped <= 3 {
      let token = tokens[index]
      if token.kind == .word, token.quote == context {
        if CueWords.strictNaming.contains(token.lower) { return hasWord(quote) }
        if skipped == 0, CueWords.namingNouns.contains(token.lower) { return hasWord(quote) }
        if CueWords.naming.contains(token.lower) {
          return isHabitualOrPassiveName(index) ? hasWord(quote) : isTitleCase(quote)
        }
        if skipped == 0 || (skipped == 1 && tokens[index + 1].isPunct(",")),
          CueWords.titleNouns.contains(token.lower)
        {
          return isTitleCase(quote)
        }
        guard CueWords.namingFillers.contains(token.lower) else { return false }
      } else if !(skipped == 0 && token.isPunct(",")) {
        return false
      }
      skipped += 1
      index -= 1
    }
    return false
  }

  /// One word held up inside a noun phrase: "her ‘dream’ wedding", "the “temporary” levy".
  func isScareQuote(_ quote: QuoteFinder.Found) -> Bool {
    let open = quote.openToken
    let close = quote.closeToken
    guard open > 0, close == open + 2, close + 1 < tokens.count,
      tokens[open + 1].kind == .word,
      CueWords.scareQuoteOpeners.contains(tokens[open - 1].lower)
    else { return false }
    let next = tokens[close + 1]
    return next.kind == .word && !next.isCapitalized && !next.isAllCaps
      && !CueWords.clauseWords.contains(next.lower) && next.flags.cueForm == nil
  }

  /// A name in title case standing as a modifier between a determiner and its noun: "the
  /// ‘Judas Tom’ back page", "the “Yes” campaign".
  func isLabel(_ quote: QuoteFinder.Found) -> Bool {
    let open = quote.openToken
    let close = quote.closeToken
    guard open > 0, close > open + 1, close + 1 < tokens.count else { return false }
    // "the government's “Safe Home” subsidy scheme", "the school's “zero period” band
    // class": after an owner, whatever its case.
    let afterOwner = tokens[open - 1].kind == .possessive
    guard afterOwner || CueWords.scareQuoteOpeners.contains(tokens[open - 1].lower),
      afterOwner || isTitleCase(quote)
    else { return false }
    let next = tokens[close + 1]
    return next.kind == .word && !next.isCapitalized && !next.isAllCaps
      && !CueWords.clauseWords.contains(next.lower)
      // `.cueVerb` stands for `CueWords.verbs[word] != nil` (see `WordFlags`).
      && !next.flags.contains(.cueVerb)
  }

  /// A name the next words call one: "T-shirts printed with “Sleep First,” the name of a
  /// campaign".
  func isNamedAfterwards(_ quote: QuoteFinder.Found) -> Bool {
    let comma = quote.closeToken + 1
    guard quote.closeToken >= 0, comma + 3 < tokens.count,
      tokens[comma].isPunct(",") || tokens[quote.closeToken - 1].isPunct(",")
    else { return false }
    let start = tokens[comma].isPunct(",") ? comma + 1 : comma
    return tokens[start].lowerIs("the")
      && ["name", "title", "slogan", "motto", "nickname"].contains(tokens[start + 1].lower)
      && tokens[start + 2].lowerIs("of")
  }

  /// The words on a banner, sign or placard: "a banner in the home end read ‘…’". What a
  /// statement or letter reads stays its author's speech.
  func isSignText(_ quote: QuoteFinder.Found) -> Bool {
    var index = quote.openToken - 1
    if index >= 0, tokens[index].isPunct(":") || tokens[index].isPunct(",") { index -= 1 }
    guard index >= 0, CueWords.readingVerbs.contains(tokens[index].lower) else { return false }
    let sentence = tokens[quote.openToken].sentence
    var before = index - 1
    while before >= 0, before >= index - 10, tokens[before].sentence == sentence {
      if CueWords.signNouns.contains(tokens[before].lower) { return true }
      before -= 1
    }
    return false
  }

  /// A naming verb used habitually or in the passive up to four words before the quote, past
  /// its object ("who call their patch “…”").
  func isHabitualName(_ quote: QuoteFinder.Found) -> Bool {
    var index = quote.openToken - 1
    while index >= 0, index >= quote.openToken - 5,
      tokens[index].sentence == tokens[quote.openToken].sentence,
      tokens[index].kind == .word || tokens[index].kind == .possessive,
      tokens[index].quote == context
    {
      if CueWords.naming.contains(tokens[index].lower) {
        return isHabitualOrPassiveName(index) && hasWord(quote)
      }
      index -= 1
    }
    return false
  }

  /// "who call their patch “the Little Farm,”", "who is often called “the cowboy of …”": a
  /// name used habitually or in the passive, not words spoken once ("who called the decision
  /// “a betrayal”" stays speech).
  func isHabitualOrPassiveName(_ verb: Int) -> Bool {
    let word = tokens[verb].lower
    // "She calls him “the kid”": what someone is habitually called is a nickname.
    if word == "call" || word == "calls", verb + 1 < tokens.count,
      ["him", "her", "them", "me", "us"].contains(tokens[verb + 1].lower)
    {
      return true
    }
    var before = verb - 1
    while before >= 0, tokens[before].sentence == tokens[verb].sentence,
      CueWords.frequencyAdverbs.contains(tokens[before].lower)
        || tokens[before].lower.hasSuffixQuickly("ly") && tokens[before].kind == .word
    {
      before -= 1
    }
    guard before >= 0, tokens[before].sentence == tokens[verb].sentence else { return false }
    let previous = tokens[before].lower
    if word == "called" { return CueWords.passiveMarkers.contains(previous) }
    return (word == "call" || word == "calls") && ["who", "which", "that"].contains(previous)
  }

  func hasWord(_ quote: QuoteFinder.Found) -> Bool {
    let end = quote.closeToken >= 0 ? quote.closeToken : quote.openToken + 1
    return ((quote.openToken + 1)..<end).contains { tokens[$0].kind == .word }
  }

  /// A short name in title case: a capital, and no lowercase word of four letters or more
  /// ("The Salt Years", "Nine Rooms"; not "fan tax").
  func isTitleCase(_ quote: QuoteFinder.Found) -> Bool {
    let end = quote.closeToken >= 0 ? quote.closeToken : quote.openToken + 1
    var words = 0
    var capitals = 0
    for index in (quote.openToken + 1)..<end where tokens[index].kind == .word {
      words += 1
      if words > 8 { return false }
      if tokens[index].isCapitalized || tokens[index].isAllCaps { capitals += 1 }
      if tokens[index].lower.utf8.count >= 4, !tokens[index].isCapitalized,
        !tokens[index].isAllCaps
      {
        return false
      }
    }
    return words > 0 && capitals > 0
  }
}
