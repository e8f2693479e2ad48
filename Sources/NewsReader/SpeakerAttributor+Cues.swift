import NewsModel

/// Finding the speech cue that governs a quote: before it, right after it, or ending its
/// sentence.
extension SpeakerAttributor {
  func isCue(_ index: Int) -> CueWords.Form? {
    let token = tokens[index]
    guard token.kind == .word, token.quote == context else { return nil }
    if token.isCapitalized || token.isAllCaps { return nil }
    // Every rule below needs a listed cue word: a flag test instead of two string look-ups.
    guard token.flags.contains(.cueWord) else { return nil }
    // The word before in the sentence, compared by bits below.
    let hasPrevious = index > 0 && tokens[index - 1].sentence == token.sentence
    // "as one analyst put it, “…”": the idiom reports words.
    if token.lowerIs("put") || token.lowerIs("puts"), index + 1 < tokens.count,
      tokens[index + 1].lowerIs("it")
    {
      return .finite
    }
    // "what she calls a “…”": a noun-like form is a verb after a subject pronoun.
    if CueWords.nounLikeForms.contains(token.lower),
      hasPrevious, CueWords.subjectPronouns.contains(tokens[index - 1].lower)
    {
      return .finite
    }
    // "allows sellers to add a “levy”": adding things, not words.
    if token.lowerIs("add"), hasPrevious, tokens[index - 1].lowerIs("to") { return nil }
    return token.flags.cueForm
  }

  func isAccordingTo(_ index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index].lowerIs("according") && tokens[index].quote == context
      && tokens[index + 1].lowerIs("to")
  }

  /// A past form after a form of "be" ("was accused", "were told"): the subject is spoken
  /// about or to.
  func isPassive(_ cue: Int, in range: Range<Int>) -> Bool {
    guard CueWords.pastForms.contains(tokens[cue].lower) else { return false }
    var before = cue - 1
    if before >= range.lowerBound, tokens[before].lower.hasSuffixQuickly("ly") { before -= 1 }
    return before >= range.lowerBound && CueWords.passiveMarkers.contains(tokens[before].lower)
  }

  /// A pledge in noun form right before the quote: "on a promise to “…”", "his vow to “…”".
  func isPromiseTo(_ index: Int, open: Int) -> Bool {
    index + 2 == open && index > 0 && tokens[index].quote == context
      && CueWords.pledgeNouns.contains(tokens[index].lower) && tokens[index + 1].lowerIs("to")
      && ["a", "an", "the", "his", "her", "its", "their"].contains(tokens[index - 1].lower)
  }

  /// The nearest cue before the quote in its sentence.
  func cueBefore(_ open: Int, in range: Range<Int>) -> Attribution? {
    var index = open - 1
    var passive: Attribution?
    var placeSubject: Attribution?
    while index >= range.lowerBound {
      if isAccordingTo(index) {
        let phrase = phraseAfter(index + 2, in: range)
        return Attribution(cue: "according to", speaker: phrase?.0, mention: phrase?.1)
      }
      if isPromiseTo(index, open: open) {
        // "elected on a promise to “keep the lights on”": the subject's words.
        let subject = sentenceSubject(tokens[index].sentence)
        return Attribution(cue: tokens[index].lower, speaker: subject?.0, mention: subject?.1)
      }
      if let form = isCue(index) {
        let cue = tokens[index].lower
        if form == .participle, let verb = quotingVerb(beforeSaying: index, in: range),
          let relayed = quotedAsSaying(verb: verb, in: range)
        {
          return relayed
        }
        if form == .participle {
          let subject = participleSubject(index, in: range)
          return Attribution(cue: cue, speaker: subject?.0, mention: subject?.1)
        }
        if isPassive(index, in: range) {
          // "was accused of “…”": the speaker is the agent after "by", if named, unless an
          // earlier cue governs the clause ("X said the rule was added after “…”").
          if passive == nil {
            var by = index + 1
            while by < open, !tokens[by].lowerIs("by") { by += 1 }
            let agent = by < open ? phraseAfter(by + 1, in: range) : nil
            passive = Attribution(cue: cue, speaker: agent?.0, mention: agent?.1)
          }
          index -= 1
          continue
        }
        let subject = subjectBefore(index, in: range)
        // "Laaksonen said in a statement that Helsinki welcomed the decision “…”": a place
        // standing for its government is no speaker when a cue before it names one.
        if let place = subject?.0, references.entities[place].type == .place {
          if placeSubject == nil {
            placeSubject = Attribution(cue: cue, speaker: place, mention: subject?.1)
          }
          index -= 1
          continue
        }
        return Attribution(cue: cue, speaker: subject?.0, mention: subject?.1)
      }
      index -= 1
    }
    return passive ?? placeSubject
  }

  /// `“…”, KCNA said` / `“…,” said Lee` / `“…”, according to the group`.
  func cueAfter(_ close: Int, in range: Range<Int>) -> Attribution? {
    var index = close + 1
    while index < range.upperBound, tokens[index].isPunct(",") { index += 1 }
    guard index < range.upperBound else { return nil }
    if isAccordingTo(index) {
      let phrase = phraseAfter(index + 2, in: range)
      return Attribution(cue: "according to", speaker: phrase?.0, mention: phrase?.1)
    }
    if let form = isCue(index), form == .finite {
      let phrase = phraseAfter(index + 1, in: range)
      return Attribution(cue: tokens[index].lower, speaker: phrase?.0, mention: phrase?.1)
    }
    // Subject then verb: at most six words of a noun phrase.
    var cursor = index
    var skipped = 0
    while cursor < range.upperBound, cursor < index + 8 + skipped {
      let token = tokens[cursor]
      // "“…,” one backbencher was heard muttering": words overheard.
      if isCue(cursor) == .participle, cursor > index + 1,
        CueWords.perceptionVerbs.contains(tokens[cursor - 1].lower)
      {
        let subject = phraseEnding(at: cursor - 1, from: index)
        return Attribution(cue: token.lower, speaker: subject?.0, mention: subject?.1)
      }
      if let form = isCue(cursor), form == .finite, cursor > index {
        // "“deal,” her spokesman said: “…”": the cue introduces the next quote.
        if cursor + 1 < range.upperBound, tokens[cursor + 1].isPunct(":") { return nil }
        if let relayed = quotedAsSaying(verb: cursor, in: range) { return relayed }
        let subject = phraseEnding(at: cursor, from: index)
        return Attribution(cue: token.lower, speaker: subject?.0, mention: subject?.1)
      }
      // "board chair Denise Whitacre (At Large) said": a seat or a party in brackets.
      if token.isPunct("("), cursor > index,
        let closing = ((cursor + 1)..<min(range.upperBound, cursor + 7)).first(where: {
          tokens[$0].isPunct(")")
        })
      {
        skipped += closing - cursor + 1
        cursor = closing + 1
        continue
      }
      // "Ms. Hale said": the period of a title is part of the phrase; "the NFA's chief
      // executive, Callum Dunmore, said": so are the commas of an apposition.
      let titleDot =
        token.isPunct(".") && cursor > index
        && Abbreviations.words.contains(references.buffer.text(tokens[cursor - 1]))
      let comma = token.isPunct(",") && cursor > index
      // "Marlowe & Finch analyst Priya Natarajan said": an ampersand inside a firm's name.
      let ampersand = token.lowerIs("&") && cursor > index
      // "the 24-year-old said": an age.
      let age = token.kind == .number || token.isPunct("-") || token.kind == .dash
      guard
        token.kind == .word || token.kind == .possessive || titleDot || comma || ampersand || age,
        token.quote == context, !CueWords.clauseBreaks.contains(token.lower)
      else { return nil }
      if titleDot || ampersand || token.kind == .possessive { skipped += 1 }
      // "Dr. Renee Halvorsen, chief of the CDC's fungal diseases branch, told": an
      // apposition's commas make room for its words.
      if comma { skipped += 5 }
      cursor += 1
    }
    return nil
  }

  /// `…, Pyongyang’s state media said Thursday.`: a cue ending the sentence after a comma.
  func finalFrame(in range: Range<Int>, after quoteToken: Int) -> Attribution? {
    var last = range.upperBound - 1
    while last > quoteToken, tokens[last].kind == .punct || tokens[last].kind == .quote {
      last -= 1
    }
    while last > quoteToken, dateTokens[last] || tokens[last].lowerIs("on") {
      last -= 1
    }
    guard last > quoteToken, let form = isCue(last), form == .finite else { return nil }
    var comma = last - 1
    while comma > quoteToken, !tokens[comma].isPunct(",") { comma -= 1 }
    guard comma > quoteToken || tokens[comma].isPunct(",") else { return nil }
    let subject = phraseEnding(at: last, from: comma + 1)
    return Attribution(cue: tokens[last].lower, speaker: subject?.0, mention: subject?.1)
  }

  /// "“…” That was how Fire Chief Owen Strand described the moment.": a quote standing as its
  /// own sentence, named by the next one.
  func thatWasHow(after quote: QuoteFinder.Found) -> Attribution? {
    guard quote.closeToken >= 0 else { return nil }
    let sentence = tokens[quote.closeToken].sentence
    let local = sentence - references.firstSentence
    guard local + 2 < references.sentenceStarts.count,
      sentenceRange(tokens[quote.openToken].sentence).lowerBound == quote.openToken
    else { return nil }
    let next = sentenceRange(sentence + 1)
    var start = next.lowerBound
    while start < next.upperBound, tokens[start].kind == .punct { start += 1 }
    guard start + 3 < next.upperBound, ["that", "this"].contains(tokens[start].lower),
      ["was", "is"].contains(tokens[start + 1].lower),
      ["how", "what"].contains(tokens[start + 2].lower)
    else { return nil }
    for cue in (start + 3)..<next.upperBound where isCue(cue) == .finite {
      let subject = subjectBefore(cue, in: (start + 3)..<next.upperBound)
      return Attribution(cue: tokens[cue].lower, speaker: subject?.0, mention: subject?.1)
    }
    return nil
  }
}
