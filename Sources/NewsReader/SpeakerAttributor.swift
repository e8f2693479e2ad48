import NewsModel

/// Decides each quote's kind, speaker, cue and relaying outlet.
///
/// Three places can attribute a quote within its sentence: the nearest speech cue before it
/// (`Lee said Seoul would “…”`, `hailed the deal as “…”`, `According to the group, … “…”`),
/// the words right after it (`“…”, KCNA said` / `“…,” said Lee`) and a reporting frame at the
/// end of the sentence (`…, state media said Thursday.`). A whole utterance takes the words
/// right after it; a fragment belongs to the cue before it, and a later frame by another
/// source is the outlet that relayed it (`via`). When the quoted words describe someone in the
/// third person there is no cue before them, so the source after them is the speaker.
struct SpeakerAttributor {
  struct Result {
    var kind: Quote.Kind
    var attribution: Attribution?
    var via: Int?
  }

  let tokens: [Token]
  let references: ReferenceResolver
  /// Tokens that belong to dates ("Thursday", "last week").
  let dateTokens: [Bool]

  /// Attributes one paragraph's quotes; `previous` is the quote before them (possibly from
  /// the paragraph before) with its result.
  func attribute(_ quotes: [QuoteFinder.Found], previous: (QuoteFinder.Found, Result)?)
    -> [Result]
  {
    var results: [Result] = []
    results.reserveCapacity(quotes.count)
    var before = previous
    for quote in quotes {
      var result = attributeOne(quote)
      if result.attribution == nil, !isTitle(quote), let (earlierQuote, earlierResult) = before {
        // Unattributed speech continuing the previous quote: a later sentence of the same
        // paragraph, or the next piece of a quote running over paragraphs. A title never does.
        let continues =
          earlierQuote.runsOn && earlierQuote.paragraph + 1 == quote.paragraph
          || (earlierQuote.paragraph == quote.paragraph && looksDirect(quote))
        if continues, let earlier = earlierResult.attribution {
          result = Result(kind: .direct, attribution: earlier, via: earlierResult.via)
        }
      }
      results.append(result)
      before = (quote, result)
    }
    return results
  }

  /// A quote running over paragraphs: every piece takes the speaker found on any piece.
  static func shareSpeakers(_ results: inout [Result], runsOn: [Bool]) {
    var groupStart = 0
    for position in results.indices where !runsOn[position] {
      if position > groupStart,
        let found = (groupStart...position).compactMap({ results[$0].attribution }).last
      {
        for piece in groupStart...position where results[piece].attribution == nil {
          results[piece] = Result(kind: .direct, attribution: found, via: results[position].via)
        }
      }
      groupStart = position + 1
    }
  }

  private func sentenceRange(_ sentence: Int) -> Range<Int> {
    references.sentenceRange(sentence)
  }

  private func attributeOne(_ quote: QuoteFinder.Found) -> Result {
    let open = quote.openToken
    let sentence = tokens[open].sentence
    var range = sentenceRange(sentence)
    if quote.closeToken >= 0 {
      range = range.lowerBound..<max(range.upperBound, sentenceEnd(after: quote.closeToken))
    }
    if isTitle(quote) { return Result(kind: .other, attribution: nil, via: nil) }
    let before = cueBefore(open, in: range)
    let after = quote.closeToken >= 0 ? cueAfter(quote.closeToken, in: range) : nil
    let frame = finalFrame(in: range, after: quote.closeToken >= 0 ? quote.closeToken : open)
    guard before != nil || after != nil || frame != nil else {
      return Result(kind: .other, attribution: nil, via: nil)
    }
    let direct = looksDirect(quote)
    var speaker: Attribution?
    var relay: Attribution?
    if direct {
      speaker = after ?? before ?? frame
      if after != nil, let frame, frame.speaker != after?.speaker { relay = frame }
    } else if let before {
      speaker = before
      relay = after ?? frame
    } else {
      speaker = after ?? frame
      if after != nil, let frame, frame.speaker != after?.speaker { relay = frame }
    }
    var via: Int?
    if let relay, let source = relay.speaker, source != speaker?.speaker,
      references.entities[source].type == .org
    {
      via = source
    }
    return Result(kind: direct ? .direct : .partial, attribution: speaker, via: via)
  }

  /// The sentence containing `token` may have been cut inside the quote; attribution after the
  /// close mark lives in the sentence that holds the close mark.
  private func sentenceEnd(after token: Int) -> Int {
    references.sentenceRange(tokens[token].sentence).upperBound
  }

  /// A whole utterance: starts with a capital and opens its sentence or follows ":" or ",".
  func looksDirect(_ quote: QuoteFinder.Found) -> Bool {
    let firstInside = quote.openToken + 1
    guard firstInside < tokens.count, tokens[firstInside].quote >= 0 || quote.closeToken < 0
    else { return false }
    let first = tokens[firstInside]
    guard first.kind == .word || first.kind == .number,
      first.isCapitalized || first.isAllCaps || first.kind == .number
    else { return false }
    let open = quote.openToken
    let previous = open - 1
    if previous < 0 || tokens[previous].sentence != tokens[open].sentence
      || tokens[previous].paragraph != tokens[open].paragraph
    {
      return true
    }
    return tokens[previous].isPunct(":") || tokens[previous].isPunct(",")
  }

  /// A title or name in quotes is not speech: after a naming word, possibly past its object
  /// (`a campaign called “Freedom First”`, `nicknamed the plan the “…”`, `known as “…”`), or
  /// a title-case name right after a title noun (`the documentary “…”`, `its single, “…”`).
  private func isTitle(_ quote: QuoteFinder.Found) -> Bool {
    let open = quote.openToken
    let sentence = tokens[open].sentence
    var index = open - 1
    var skipped = 0
    while index >= 0, tokens[index].sentence == sentence, skipped <= 3 {
      let token = tokens[index]
      if token.kind == .word, token.quote < 0 {
        if CueWords.strictNaming.contains(token.lower) { return hasWord(quote) }
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

  private func hasWord(_ quote: QuoteFinder.Found) -> Bool {
    let end = quote.closeToken >= 0 ? quote.closeToken : quote.openToken + 1
    return ((quote.openToken + 1)..<end).contains { tokens[$0].kind == .word }
  }

  /// A short name in title case: no lowercase word of four letters or more.
  private func isTitleCase(_ quote: QuoteFinder.Found) -> Bool {
    let end = quote.closeToken >= 0 ? quote.closeToken : quote.openToken + 1
    var words = 0
    for index in (quote.openToken + 1)..<end where tokens[index].kind == .word {
      words += 1
      if words > 8 { return false }
      if tokens[index].lower.utf8.count >= 4, !tokens[index].isCapitalized,
        !tokens[index].isAllCaps
      {
        return false
      }
    }
    return words > 0
  }

  private func isCue(_ index: Int) -> CueWords.Form? {
    let token = tokens[index]
    guard token.kind == .word, token.quote < 0 else { return nil }
    if token.isCapitalized || token.isAllCaps { return nil }
    return CueWords.verbs[token.lower]
  }

  private func isAccordingTo(_ index: Int) -> Bool {
    index + 1 < tokens.count && tokens[index].lower == "according" && tokens[index].quote < 0
      && tokens[index + 1].lower == "to"
  }

  /// The nearest cue before the quote in its sentence.
  private func cueBefore(_ open: Int, in range: Range<Int>) -> Attribution? {
    var index = open - 1
    while index >= range.lowerBound {
      if isAccordingTo(index) {
        let phrase = phraseAfter(index + 2, in: range)
        return Attribution(cue: "according to", speaker: phrase?.0, mention: phrase?.1)
      }
      if let form = isCue(index) {
        let cue = tokens[index].lower
        if form == .participle {
          let subject = references.clauseSubject(ofSentence: tokens[index].sentence)
          return Attribution(cue: cue, speaker: subject?.0, mention: subject?.1)
        }
        let subject = subjectBefore(index, in: range)
        return Attribution(cue: cue, speaker: subject?.0, mention: subject?.1)
      }
      index -= 1
    }
    return nil
  }

  /// `“…”, KCNA said` / `“…,” said Lee` / `“…”, according to the group`.
  private func cueAfter(_ close: Int, in range: Range<Int>) -> Attribution? {
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
    while cursor < range.upperBound, cursor < index + 7 + skipped {
      let token = tokens[cursor]
      if let form = isCue(cursor), form == .finite, cursor > index {
        let subject = phraseEnding(at: cursor, from: index)
        return Attribution(cue: token.lower, speaker: subject?.0, mention: subject?.1)
      }
      // "Ms. Hale said": the period of a title is part of the phrase; "the NFA's chief
      // executive, Callum Dunmore, said": so are the commas of an apposition.
      let titleDot =
        token.isPunct(".") && cursor > index
        && Abbreviations.words.contains(references.buffer.text(tokens[cursor - 1]))
      let comma = token.isPunct(",") && cursor > index
      guard token.kind == .word || token.kind == .possessive || titleDot || comma,
        token.quote < 0
      else { return nil }
      if titleDot || comma { skipped += 1 }
      cursor += 1
    }
    return nil
  }

  /// `…, Pyongyang’s state media said Thursday.`: a cue ending the sentence after a comma.
  private func finalFrame(in range: Range<Int>, after quoteToken: Int) -> Attribution? {
    var last = range.upperBound - 1
    while last > quoteToken, tokens[last].kind == .punct || tokens[last].kind == .quote {
      last -= 1
    }
    while last > quoteToken, dateTokens[last] || tokens[last].lower == "on" {
      last -= 1
    }
    guard last > quoteToken, let form = isCue(last), form == .finite else { return nil }
    var comma = last - 1
    while comma > quoteToken, !tokens[comma].isPunct(",") { comma -= 1 }
    guard comma > quoteToken || tokens[comma].isPunct(",") else { return nil }
    let subject = phraseEnding(at: last, from: comma + 1)
    return Attribution(cue: tokens[last].lower, speaker: subject?.0, mention: subject?.1)
  }

  /// The subject right before a cue, skipping "also", "has" and time words; when the word
  /// before the cue names nothing (`A group including … eight other countries condemned`),
  /// the subject is the one the sentence opens with.
  private func subjectBefore(_ cue: Int, in range: Range<Int>) -> (Int?, String)? {
    var end = cue
    while end > range.lowerBound,
      CueWords.auxiliaries.contains(tokens[end - 1].lower) || dateTokens[end - 1]
    {
      end -= 1
    }
    // "De Vries, 52, said" / "Maersk, the world's largest line, said": skip the apposition.
    if end - 1 > range.lowerBound, tokens[end - 1].isPunct(",") {
      var comma = end - 2
      while comma > range.lowerBound, comma > end - 10, !tokens[comma].isPunct(",") {
        comma -= 1
      }
      if comma > range.lowerBound, tokens[comma].isPunct(",") {
        let before = references.tokenMention[comma - 1]
        let inside = references.tokenMention[end - 2]
        if before >= 0, references.entities[references.mentions[before].entity].type != .place {
          // "Sen. Tom Baker, a Republican who voted no, said": the name before the commas.
          end = comma
        } else if inside >= 0,
          references.entities[references.mentions[inside].entity].type == .person
        {
          // "Its president, Dr. Alan Park, said": the name inside them.
          end -= 1
        }
      }
    }
    guard end > range.lowerBound else { return nil }
    let last = end - 1
    let token = tokens[last]
    if references.isPronoun(last) {
      return (references.resolvePronoun(at: last), references.text(last, end))
    }
    let mentionIndex = references.tokenMention[last]
    if mentionIndex >= 0 {
      let record = references.mentions[mentionIndex]
      var first = references.localRange(record).lowerBound
      if first > range.lowerBound, ["the"].contains(tokens[first - 1].lower) { first -= 1 }
      return (record.entity, references.text(first, end))
    }
    if Lexicon.textNouns.contains(token.lower), last > range.lowerBound,
      ["the", "a", "this"].contains(tokens[last - 1].lower)
    {
      return (
        references.resolveTextNoun(token.lower, before: last - 1),
        references.text(last - 1, end)
      )
    }
    if token.kind == .word, !token.isCapitalized {
      return references.clauseSubject(ofSentence: tokens[cue].sentence)
    }
    return nil
  }

  /// The noun phrase ending right before `cue`, starting at or after `from`.
  private func phraseEnding(at cue: Int, from: Int) -> (Int?, String)? {
    var end = cue
    while end > from,
      CueWords.auxiliaries.contains(tokens[end - 1].lower) || tokens[end - 1].isPunct(",")
    {
      end -= 1
    }
    guard end > from else { return nil }
    return references.resolvePhrase(from, end) ?? (nil, references.text(from, end))
  }

  /// A person named in apposition to a role phrase starting at `start`: "the board's chief
  /// executive, Dr. Helen Markwick".
  private func appositionName(from start: Int, in range: Range<Int>) -> (Int?, String)? {
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
  private func phraseAfter(_ start: Int, in range: Range<Int>) -> (Int?, String)? {
    guard start < range.upperBound else { return nil }
    if references.isPronoun(start) {
      return (references.resolvePronoun(at: start), references.text(start, start + 1))
    }
    var first = start
    if ["the", "a", "an"].contains(tokens[first].lower) { first += 1 }
    guard first < range.upperBound else { return nil }
    // "said the board's chief executive, Dr. Helen Markwick": the name after the role.
    if let named = appositionName(from: start, in: range) { return named }
    // "said Dr. Elena Vasquez-Roth", "said Councilman Theo Marchetti": over the title.
    var titled = first
    while titled < range.upperBound, titled < first + 4, references.tokenMention[titled] < 0,
      tokens[titled].flags.contains(.titleWord) && tokens[titled].isCapitalized
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
}
