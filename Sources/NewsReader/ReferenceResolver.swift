import NewsModel

/// Resolves the words standing for a speaker at a cue: names (through the mentions found by
/// `AliasResolver`), pronouns ("he" → the latest person, "it" → the latest organisation) and
/// texts that speak for their author ("the commentary" → who wrote or issued it).
struct ReferenceResolver {
  let tokens: [Token]
  let buffer: TextBuffer
  let entities: [EntityRecord]
  let mentions: [MentionRecord]
  /// Mention index covering each token, or -1.
  let tokenMention: [Int]
  /// First token of each sentence (plus a final end marker).
  let sentenceStarts: [Int]

  func text(_ first: Int, _ end: Int) -> String {
    buffer.string(tokens[first].start, tokens[end - 1].end)
  }

  /// Resolves the noun phrase `first..<end` (ending right before a cue or starting right after
  /// one).
  func resolvePhrase(_ first: Int, _ end: Int) -> (Int?, String)? {
    guard first < end else { return nil }
    let phrase = text(first, end)
    if end - first == 1, tokens[first].kind == .word {
      if let pronoun = resolvePronoun(at: first) { return (pronoun, phrase) }
      if isPronoun(first) { return (nil, phrase) }
    }
    let lastMention = tokenMention[end - 1]
    if lastMention >= 0 {
      // "FNV negotiator Anke de Vries told": the words naming the speaker are the name.
      var start = max(first, mentions[lastMention].firstToken)
      if start > first, tokens[start - 1].flags.contains(.determiner) { start -= 1 }
      return (mentions[lastMention].entity, text(start, end))
    }
    let firstMention = tokenMention[first]
    if firstMention >= 0, mentions[firstMention].endToken >= end - 1 {
      return (mentions[firstMention].entity, phrase)
    }
    let head = tokens[end - 1].lower
    if Lexicon.textNouns.contains(head), ["the", "a", "this", "that"].contains(tokens[first].lower)
    {
      return (resolveTextNoun(head, before: first), phrase)
    }
    return nil
  }

  func isPronoun(_ index: Int) -> Bool {
    let lower = tokens[index].lower
    return Lexicon.personPronouns.contains(lower) || Lexicon.orgPronouns.contains(lower)
      || Lexicon.pluralPronouns.contains(lower)
  }

  /// "he"/"she" → the latest person mentioned outside quotes; "it"/"they" → the latest
  /// organisation. Gender is not guessed from names, so a lone "he" takes the latest person.
  func resolvePronoun(at index: Int) -> Int? {
    let lower = tokens[index].lower
    let wanted: Entity.Kind
    if Lexicon.personPronouns.contains(lower) {
      wanted = .person
    } else if Lexicon.orgPronouns.contains(lower) || Lexicon.pluralPronouns.contains(lower) {
      wanted = .org
    } else {
      return nil
    }
    var position = lastMention(before: index)
    var steps = 0
    while position >= 0, steps < 5000 {
      let record = mentions[position]
      let entity = entities[record.entity]
      if entity.type == wanted, !entity.provisional,
        tokens[record.firstToken].quote < 0
          || tokens[record.firstToken].quote == tokens[index].quote
      {
        return record.entity
      }
      position -= 1
      steps += 1
    }
    return nil
  }

  /// Index of the last mention starting before token `index` (binary search).
  private func lastMention(before index: Int) -> Int {
    var low = 0
    var high = mentions.count
    while low < high {
      let middle = (low + high) / 2
      if mentions[middle].firstToken < index { low = middle + 1 } else { high = middle }
    }
    return low - 1
  }

  /// "the commentary": the author named with an earlier "commentary by X", else the subject
  /// of the sentence that introduced the commentary ("It issued a commentary").
  func resolveTextNoun(_ noun: String, before index: Int) -> Int? {
    var position = index - 1
    var steps = 0
    while position >= 0, steps < 5000 {
      if tokens[position].lower == noun, tokens[position].quote < 0 {
        let by = position + 1
        if by + 1 < tokens.count, tokens[by].lower == "by" {
          var cursor = by + 1
          while cursor < tokens.count, cursor < by + 4, tokenMention[cursor] < 0,
            tokens[cursor].kind == .word
          {
            cursor += 1
          }
          if cursor < tokens.count, tokenMention[cursor] >= 0 {
            return mentions[tokenMention[cursor]].entity
          }
        }
        if let subject = clauseSubject(ofSentence: tokens[position].sentence) {
          if tokens[position].sentence != tokens[index].sentence { return subject.0 }
        }
      }
      position -= 1
      steps += 1
    }
    return nil
  }

  /// The subject at the start of a sentence: a pronoun, a name, or "the commentary".
  func clauseSubject(ofSentence sentence: Int) -> (Int?, String)? {
    var first = sentenceStarts[sentence]
    let end = sentenceStarts[sentence + 1]
    while first < end, tokens[first].kind == .quote { first += 1 }
    guard first < end else { return nil }
    if isPronoun(first) {
      return (resolvePronoun(at: first), text(first, first + 1))
    }
    var start = first
    if ["the", "a", "an"].contains(tokens[first].lower) { start += 1 }
    guard start < end else { return nil }
    // "Colorado Gov. Maria Lopez signed …": walk over the role to the name.
    var scan = start
    while scan < end, scan < start + 8, tokenMention[scan] < 0,
      tokens[scan].isCapitalized || tokens[scan].isPunct(".")
        || tokens[scan].flags.contains(.roleNoun)
    {
      scan += 1
    }
    if scan < end, scan > start, tokenMention[scan] >= 0 {
      let record = mentions[tokenMention[scan]]
      if record.firstToken == scan { return (record.entity, text(scan, record.endToken)) }
    }
    let mentionIndex = tokenMention[start]
    if mentionIndex >= 0 {
      let record = mentions[mentionIndex]
      return (record.entity, text(first, record.endToken))
    }
    if mentionIndex < 0, start > first, tokenMention[first] >= 0 {
      let record = mentions[tokenMention[first]]
      return (record.entity, text(first, record.endToken))
    }
    if Lexicon.textNouns.contains(tokens[start].lower), start > first {
      return (resolveTextNoun(tokens[start].lower, before: first), text(first, start + 1))
    }
    return nil
  }
}
