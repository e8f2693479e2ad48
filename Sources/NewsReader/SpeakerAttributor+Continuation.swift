import NewsModel

/// Speech that carries on from an earlier quote or cue: a quote broken by its cue, further
/// sentences and paragraphs of the same speaker, a quote introduced by "He said:" at the end of
/// the paragraph before, and the pieces of a quote running over paragraphs.
extension SpeakerAttributor {
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
  func continues(
    _ quote: QuoteFinder.Found, after earlier: QuoteFinder.Found, by speaker: Attribution
  ) -> Bool {
    if earlier.paragraph == quote.paragraph { return looksDirect(quote) }
    if earlier.runsOn && earlier.paragraph + 1 == quote.paragraph { return true }
    return quote.paragraph - earlier.paragraph <= 2 && standsAlone(quote) && looksDirect(quote)
      && interveningPeople.subtracting([speaker.speaker].compactMap { $0 }).isEmpty
  }

  /// The quote is the whole paragraph: it opens it and nothing but punctuation follows it.
  func standsAlone(_ quote: QuoteFinder.Found) -> Bool {
    guard quote.openToken == 0 else { return false }
    guard quote.closeToken >= 0 else { return true }
    return ((quote.closeToken + 1)..<tokens.count).allSatisfy {
      tokens[$0].kind == .punct || tokens[$0].kind == .quote
    }
  }

  /// The second piece of a quote broken by its cue in the same sentence: `“…,” the
  /// federation said in a statement, “but …”`.
  func isResumption(
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
      isCue($0) != nil && tokens[$0].lowerIs(cue)
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
}
