import NewsModel

/// Telling titles, names and scare quotes from speech.
extension SpeakerAttributor {
  /// A title or name in quotes is not speech: after a naming word, possibly past its object
  /// (`a campaign called “Freedom First”`, `nicknamed the plan the “…”`, `known as “…”`), or
  /// a title-case name right after a title noun (`the documentary “…”`, `its single, “…”`).
  func isTitle(_ quote: QuoteFinder.Found) -> Bool {
    let open = quote.openToken
    let sentence = tokens[open].sentence
    var index = open - 1
    var skipped = 0
    while index >= 0, tokens[index].sentence == sentence, skipped <= 3 {
      let token = tokens[index]
      if token.kind == .word, token.quote == context {
        if CueWords.strictNaming.contains(token.lower) { return hasWord(quote) }
        if skipped == 0, CueWords.namingNouns.contains(token.lower) { return hasWord(quote) }
        if CueWords.naming.contains(token.lower) { return isTitleCase(quote) }
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
