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
///
/// Finding the cue lives in `+Cues`, naming the speaker at it in `+Subjects`, titles and scare
/// quotes in `+Titles`, and speech carried over from an earlier quote or cue in
/// `+Continuation`. A quote nested in another is read with the enclosing quote as its context.
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
    // The latest quote of this paragraph not nested in another, by position: its result is
    // read in place in `results`, where keeping copies of it (as the quote before and as the
    // enclosing one) retained and released its strings twice per quote.
    var latest = -1
    for quote in quotes {
      if let outer = quote.outer {
        let enclosingSpeaker = latest >= 0 ? results[latest].attribution?.speaker : nil
        results.append(
          attributeNested(quote, inside: outer, enclosingSpeaker: enclosingSpeaker))
        continue
      }
      // Asked once: the rules below all need it, and it reads the words around the quote.
      let title = isTitle(quote)
      var result = attributeOne(quote, isTitle: title)
      if result.attribution == nil, quote.openToken == 0, let introducedBy, !title {
        result = Result(kind: .direct, attribution: introducedBy, via: nil)
      }
      if !title {
        if latest >= 0 {
          carryOver(into: &result, quote, after: quotes[latest], results[latest])
        } else if let (earlierQuote, earlierResult) = previous {
          carryOver(into: &result, quote, after: earlierQuote, earlierResult)
        }
      }
      if result.attribution == nil, !title, let framed = framedBySentenceBefore(quote) {
        result = Result(kind: .direct, attribution: framed, via: nil)
      }
      latest = results.count
      results.append(result)
    }
    return results
  }

  /// The speech of the quote before carried over to `quote`: one utterance broken by its cue
  /// (“…,” the federation said, “but …”), or an unattributed quote continuing it.
  private func carryOver(
    into result: inout Result, _ quote: QuoteFinder.Found, after earlierQuote: QuoteFinder.Found,
    _ earlierResult: Result
  ) {
    guard let earlier = earlierResult.attribution, earlierResult.kind != .other else { return }
    if isResumption(quote, after: earlierQuote, cue: earlier.cue) {
      result = Result(kind: .direct, attribution: earlier, via: earlierResult.via)
    } else if result.attribution == nil, continues(quote, after: earlierQuote, by: earlier) {
      result = Result(kind: .direct, attribution: earlier, via: earlierResult.via)
    }
  }

  /// A quote inside another is speech when a cue inside the enclosing quote governs it
  /// ("‘My father told me “sell the boat”’"); otherwise it is a title or a word held up for
  /// comment ("“I made ‘The Salt Years’ for her”").
  func attributeNested(
    _ quote: QuoteFinder.Found, inside outer: Range<Int>, enclosingSpeaker: Int?
  ) -> Result {
    var reader = self
    reader.context = tokens[quote.openToken].quote
    reader.enclosingSpeaker = enclosingSpeaker
    let other = Result(kind: .other, attribution: nil, via: nil)
    if reader.isTitle(quote) { return other }
    // "ringing me to ask if I had ‘destroyed’ her": one lower-case word inside speech is a
    // word held up, unless a cue right before it reports it ("He said `lightly'?").
    if quote.closeToken == quote.openToken + 2, tokens[quote.openToken + 1].kind == .word,
      tokens[quote.openToken + 1].startsLower, quote.openToken > 0,
      reader.isCue(quote.openToken - 1) == nil
    {
      return other
    }
    var range = sentenceRange(tokens[quote.openToken].sentence)
    if quote.closeToken >= 0 {
      range = range.lowerBound..<max(range.upperBound, sentenceEnd(after: quote.closeToken))
    }
    range = max(range.lowerBound, outer.lowerBound)..<min(range.upperBound, outer.upperBound)
    let before = reader.cueBefore(quote.openToken, in: range)
    let after = quote.closeToken >= 0 ? reader.cueAfter(quote.closeToken, in: range) : nil
    guard var attribution = before ?? after else { return other }
    // "… and she said to me, ‘What’s the point?’": inside someone's words, "she" is someone
    // else, never the one speaking (who would say "I").
    if let speaker = attribution.speaker, speaker == enclosingSpeaker,
      let mention = attribution.mention, Lexicon.thirdPersonSubjects.contains(mention.lowercased())
    {
      attribution.speaker = nil
    }
    return Result(
      kind: reader.looksDirect(quote) ? .direct : .partial, attribution: attribution, via: nil)
  }

  /// `isTitle`: `isTitle(quote)`, which the caller has asked already.
  private func attributeOne(_ quote: QuoteFinder.Found, isTitle title: Bool) -> Result {
    let open = quote.openToken
    let sentence = tokens[open].sentence
    var range = sentenceRange(sentence)
    if quote.closeToken >= 0 {
      range = range.lowerBound..<max(range.upperBound, sentenceEnd(after: quote.closeToken))
    }
    if title { return Result(kind: .other, attribution: nil, via: nil) }
    let before = cueBefore(open, in: range)
    var after = quote.closeToken >= 0 ? cueAfter(quote.closeToken, in: range) : nil
    // "who rates the stock “buy,” said the cuts …": a fragment followed by a verb that names
    // nobody is no "“…,” said X".
    if let found = after, found.mention == nil, !looksDirect(quote) { after = nil }
    let frame = finalFrame(in: range, after: quote.closeToken >= 0 ? quote.closeToken : open)
    guard before != nil || after != nil || frame != nil else {
      if let named = thatWasHow(after: quote) ?? signedWithDash(after: quote) {
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
    if let source = speaker?.relayedBy, references.entities[source].type == .org {
      via = source
    } else if let relay, let source = relay.speaker, source != speaker?.speaker,
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
