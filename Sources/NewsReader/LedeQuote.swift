import NewsModel

/// A feature that opens on a quote alone in its paragraph and names the speaker only in the
/// paragraph after ("“The first thing she ever said to me …” / Naomi Achterberg laughs as she
/// says this, …"): the quote waits one paragraph for its speaker.
struct LedeQuote {
  /// Index of the waiting quote in the model's quotes (written as soon as it closed).
  let quote: Int

  /// A quote that may wait: the only quote of its paragraph, the whole paragraph, a full
  /// sentence, closed, and attributed to nobody. `written` is how many quotes the model has,
  /// the last of them this one.
  static func waiting(
    _ found: [QuoteFinder.Found], results: [SpeakerAttributor.Result], tokens: [Token],
    written: Int
  ) -> LedeQuote? {
    guard found.count == 1, let quote = found.first, let result = results.last,
      result.attribution == nil, quote.outer == nil, quote.openToken == 0,
      quote.closeToken >= 0, written > 0
    else { return nil }
    let end = quote.closeToken + 1
    let alone = tokens[end...].allSatisfy { $0.kind == .punct || $0.kind == .quote }
    guard alone, quote.openToken + 1 < tokens.count, tokens[quote.openToken + 1].isCapitalized
    else { return nil }
    return LedeQuote(quote: written - 1)
  }

  /// Gives the waiting quote the speaker the next paragraph named.
  func take(_ named: Attribution, in article: inout Article) {
    article.quotes[quote].kind = .direct
    article.quotes[quote].speaker = named.speaker
    article.quotes[quote].speakerMention = named.mention
    article.quotes[quote].cue = named.cue
  }

  /// The speaker the paragraph after names: its first sentence opens with a person's name
  /// and holds a speech verb ("Naomi Achterberg laughs as she says this"). The paragraph must
  /// have no quote of its own, whose cue that verb would be.
  func attribution(
    nextTokens tokens: [Token], mentions: [MentionRecord], from firstMention: Int,
    base: Int, entities: [EntityRecord], buffer: TextBuffer
  ) -> Attribution? {
    guard firstMention < mentions.count else { return nil }
    let record = mentions[firstMention]
    guard record.firstToken == base, record.quote < 0,
      entities[record.entity].type == .person, !entities[record.entity].anonymous,
      let firstSentence = tokens.first?.sentence
    else { return nil }
    for token in tokens where token.sentence == firstSentence && token.quote < 0 {
      guard token.kind == .word, token.flags.contains(.cueWord), !token.isCapitalized,
        // `cueForm` is `CueWords.verbs[word]`, read from the flags (see `WordFlags`).
        token.flags.cueForm == .finite
      else { continue }
      return Attribution(
        cue: token.lower, speaker: record.entity,
        mention: buffer.string(record.start, record.end))
    }
    return nil
  }
}
