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
  /// The quote whose words are read for cues: -1 for the narrative, an enclosing quote's index
  /// for a quote nested in it ("‘My father told me “sell the boat”’").
  var context = -1
  /// People named outside quotes in the paragraphs since the last quote: a quote standing alone
  /// after someone new was introduced does not continue the earlier speaker.
  var interveningPeople: Set<Int> = []
  /// For a nested quote, the speaker of the enclosing quote, whom "I" and "we" inside it name.
  var enclosingSpeaker: Int?
  /// The cue ending the paragraph before with a colon ("He said:"), which introduces a quote
  /// opening this one.
  var introducedBy: Attribution?

  /// Attributes one paragraph's quotes; `previous` is the quote before them (possibly from
  /// the paragraph before) with its result.
  func attribute(_ quotes: [QuoteFinder.Found], previous: (QuoteFinder.Found, Result)?)
    -> [Result]
  {
    var results: [Result] = []
    results.reserveCapacity(quotes.count)
    var before = previous
    var enclosing: Result?
    for quote in quotes {
      if let outer = quote.outer {
        results.append(attributeNested(quote, inside: outer, enclosing: enclosing))
        continue
      }
      var result = attributeOne(quote)
      if result.attribution == nil, quote.openToken == 0, let introducedBy, !isTitle(quote) {
        result = Result(kind: .direct, attribution: introducedBy, via: nil)
      }
      if let (earlierQuote, earlierResult) = before, let earlier = earlierResult.attribution,
        earlierResult.kind != .other, !isTitle(quote)
      {
        if isResumption(quote, after: earlierQuote, cue: earlier.cue) {
          // “…,” the federation said, “but …”: one utterance broken by its cue.
          result = Result(kind: .direct, attribution: earlier, via: earlierResult.via)
        } else if result.attribution == nil, continues(quote, after: earlierQuote, by: earlier) {
          result = Result(kind: .direct, attribution: earlier, via: earlierResult.via)
        }
      }
      results.append(result)
      before = (quote, result)
      enclosing = result
    }
    return results
  }

  /// A quote inside another is speech when a cue inside the enclosing quote governs it
  /// ("‘My father told me “sell the boat”’"); otherwise it is a title or a word held up for
  /// comment ("“I made ‘The Salt Years’ for her”").
  private func attributeNested(
    _ quote: QuoteFinder.Found, inside outer: Range<Int>, enclosing: Result?
  ) -> Result {
    var reader = self
    reader.context = tokens[quote.openToken].quote
    reader.enclosingSpeaker = enclosing?.attribution?.speaker
    let other = Result(kind: .other, attribution: nil, via: nil)
    if reader.isTitle(quote) { return other }
    var range = sentenceRange(tokens[quote.openToken].sentence)
    if quote.closeToken >= 0 {
      range = range.lowerBound..<max(range.upperBound, sentenceEnd(after: quote.closeToken))
    }
    range = max(range.lowerBound, outer.lowerBound)..<min(range.upperBound, outer.upperBound)
    let before = reader.cueBefore(quote.openToken, in: range)
    let after = quote.closeToken >= 0 ? reader.cueAfter(quote.closeToken, in: range) : nil
    guard let attribution = before ?? after else { return other }
    return Result(
      kind: reader.looksDirect(quote) ? .direct : .partial, attribution: attribution, via: nil)
  }

  /// "He said:" ending the paragraph, outside quotes: the cue for a quote opening the next.
  func colonCue() -> Attribution? {
    var last = tokens.count - 1
    while last > 0, tokens[last].kind == .quote { last -= 1 }
    guard last > 0, tokens[last].isPunct(":"), tokens[last].quote < 0,
      isCue(last - 1) == .finite
    else { return nil }
    let range = sentenceRange(tokens[last].sentence)
    let subject = subjectBefore(last - 1, in: range) ?? phraseAfter(last, in: range)
    return Attribution(cue: tokens[last - 1].lower, speaker: subject?.0, mention: subject?.1)
  }

  /// Unattributed speech continuing the previous quote: a later sentence of the same
  /// paragraph, the next piece of a quote running over paragraphs, or a quote standing alone
  /// in its paragraph soon after the speaker's last words (news copy gives a speaker several
  /// paragraphs and names them once).
  private func continues(
    _ quote: QuoteFinder.Found, after earlier: QuoteFinder.Found, by speaker: Attribution
  ) -> Bool {
    if earlier.paragraph == quote.paragraph { return looksDirect(quote) }
    if earlier.runsOn && earlier.paragraph + 1 == quote.paragraph { return true }
    return quote.paragraph - earlier.paragraph <= 2 && standsAlone(quote) && looksDirect(quote)
      && interveningPeople.subtracting([speaker.speaker].compactMap { $0 }).isEmpty
  }

  /// The quote is the whole paragraph: it opens it and nothing but punctuation follows it.
  private func standsAlone(_ quote: QuoteFinder.Found) -> Bool {
    guard quote.openToken == 0 else { return false }
    guard quote.closeToken >= 0 else { return true }
    return ((quote.closeToken + 1)..<tokens.count).allSatisfy {
      tokens[$0].kind == .punct || tokens[$0].kind == .quote
    }
  }

  /// The second piece of a quote broken by its cue in the same sentence: `“…,” the
  /// federation said in a statement, “but …”`.
  private func isResumption(
    _ quote: QuoteFinder.Found, after earlier: QuoteFinder.Found, cue: String
  ) -> Bool {
    guard earlier.paragraph == quote.paragraph, earlier.closeToken >= 0,
      quote.openToken > earlier.closeToken + 1,
      tokens[earlier.closeToken].sentence == tokens[quote.openToken].sentence,
      tokens[quote.openToken - 1].isPunct(",") || tokens[quote.openToken - 1].isPunct(":")
    else { return false }
    // The cue between them is the one that attributed the first piece ("told …: “…” but
    // warned: “…”" has a cue of its own).
    return ((earlier.closeToken + 1)..<quote.openToken).contains {
      isCue($0) != nil && tokens[$0].lower == cue
    }
  }

  /// A quote running over paragraphs: every piece takes the speaker found on any piece.
  /// Quotes nested in others are no pieces.
  static func shareSpeakers(_ results: inout [Result], runsOn: [Bool], nested: [Bool]) {
    var groupStart = 0
    for position in results.indices where !runsOn[position] && !nested[position] {
      if position > groupStart,
        let found = (groupStart...position).filter({ !nested[$0] })
          .compactMap({ results[$0].attribution }).last
      {
        for piece in groupStart...position
        where results[piece].attribution == nil && !nested[piece] {
          results[piece] = Result(kind: .direct, attribution: found, via: results[position].via)
        }
      }
      groupStart = position + 1
    }
  }

  func sentenceRange(_ sentence: Int) -> Range<Int> {
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
    var after = quote.closeToken >= 0 ? cueAfter(quote.closeToken, in: range) : nil
    // "who rates the stock “buy,” said the cuts …": a fragment followed by a verb that names
    // nobody is no "“…,” said X".
    if let found = after, found.mention == nil, !looksDirect(quote) { after = nil }
    let frame = finalFrame(in: range, after: quote.closeToken >= 0 ? quote.closeToken : open)
    guard before != nil || after != nil || frame != nil else {
      if let named = thatWasHow(after: quote) {
        return Result(kind: .direct, attribution: named, via: nil)
      }
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
  func sentenceEnd(after token: Int) -> Int {
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
    // "… deliberately. ”They …": a sentence end the splitter missed next to a stray mark.
    return tokens[previous].isPunct(":") || tokens[previous].isPunct(",")
      || tokens[previous].isPunct(".") || tokens[previous].isPunct("?")
      || tokens[previous].isPunct("!")
  }

}
