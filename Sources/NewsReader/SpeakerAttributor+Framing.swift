import NewsModel

/// A whole quote that ends its paragraph after a sentence about someone: "Asked about his
/// future, he laughed. “…”", "She said the plan had failed. “…”". News copy puts the speaker in
/// the sentence before and lets the quote follow without a cue of its own.
extension SpeakerAttributor {
  func framedBySentenceBefore(_ quote: QuoteFinder.Found) -> Attribution? {
    let open = quote.openToken
    guard open > 0, tokens[open - 1].sentence != tokens[open].sentence, looksDirect(quote),
      standsLast(quote)
    else { return nil }
    let range = sentenceRange(tokens[open - 1].sentence)
    guard range.lowerBound < open,
      range.allSatisfy({ tokens[$0].quote < 0 && tokens[$0].kind != .quote })
    else { return nil }
    // "Dr. Helen Dunne, a surgeon, said the waits were longer. “…”": the reported speech's
    // speaker goes on speaking.
    if let cue = range.first(where: { isCue($0) == .finite }),
      let subject = subjectBefore(cue, in: range), isPerson(subject.0)
    {
      return Attribution(cue: tokens[cue].lower, speaker: subject.0, mention: subject.1)
    }
    var found: Attribution?
    for index in range where index + 1 < range.upperBound {
      let next = tokens[index + 1]
      guard next.kind == .word, !next.isCapitalized,
        index == range.lowerBound || tokens[index - 1].isPunct(",")
          || references.tokenMention[index - 1] >= 0
      else { continue }
      if ["he", "she"].contains(tokens[index].lower) {
        found = Attribution(
          cue: next.lower, speaker: references.resolvePronoun(at: index),
          mention: references.text(index, index + 1))
        continue
      }
      let mention = references.tokenMention[index]
      guard mention >= 0 else { continue }
      let record = references.mentions[mention]
      let local = references.localRange(record)
      guard local.upperBound == index + 1, references.entities[record.entity].type == .person
      else { continue }
      let start = local.lowerBound
      guard start == range.lowerBound || tokens[start - 1].isPunct(",") else { continue }
      found = Attribution(
        cue: next.lower, speaker: record.entity, mention: references.text(start, index + 1))
    }
    return found
  }

  /// Nothing but punctuation follows the quote in its paragraph.
  func standsLast(_ quote: QuoteFinder.Found) -> Bool {
    guard quote.closeToken >= 0 else { return true }
    return ((quote.closeToken + 1)..<tokens.count).allSatisfy {
      tokens[$0].kind == .punct || tokens[$0].kind == .quote
    }
  }
}
