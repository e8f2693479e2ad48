/// Speech a third party reports by quoting someone.
extension SpeakerAttributor {
  /// "ACI quoted him as saying", "The broadcaster quoted Yaya as saying that …": the words
  /// are the object's, relayed by the subject. `verb` is the index of the quoting verb;
  /// nil unless "as saying" follows an object of at most five words.
  func quotedAsSaying(verb: Int, in range: Range<Int>) -> Attribution? {
    guard Self.quotingVerbs.contains(tokens[verb].lower) else { return nil }
    var asWord = verb + 2
    while asWord < min(range.upperBound, verb + 7), !tokens[asWord].lowerIs("as") { asWord += 1 }
    guard asWord + 1 < range.upperBound, tokens[asWord].lowerIs("as"),
      tokens[asWord + 1].lowerIs("saying"),
      let object = references.resolvePhrase(verb + 1, asWord)
    else { return nil }
    let subject = subjectBefore(verb, in: range)
    return Attribution(
      cue: tokens[verb].lower, speaker: object.0, mention: object.1, relayedBy: subject?.0)
  }

  /// "saying" after "quoted … as": the quoting verb's index, or nil.
  func quotingVerb(beforeSaying saying: Int, in range: Range<Int>) -> Int? {
    guard tokens[saying].lowerIs("saying"), saying >= 3, tokens[saying - 1].lowerIs("as") else {
      return nil
    }
    var verb = saying - 3
    while verb >= range.lowerBound, verb >= saying - 8 {
      if Self.quotingVerbs.contains(tokens[verb].lower) { return verb }
      verb -= 1
    }
    return nil
  }

  static let quotingVerbs: WordSet = ["quoted", "quotes", "quoting", "cited", "cites"]

  /// A quote signed on the line after it, as live pages and pull quotes do: "“…” / — Energy
  /// Secretary Ed Marlow". The cue is none (an empty word).
  func signedWithDash(after quote: QuoteFinder.Found) -> Attribution? {
    let dash = quote.closeToken + 1
    guard quote.closeToken >= 0, dash + 1 < tokens.count, tokens[dash].kind == .dash,
      tokens[(dash + 1)...].allSatisfy({ $0.kind == .word || $0.isPunct(".") }),
      let signer = references.resolvePhrase(dash + 1, tokens.count), signer.0 != nil
    else { return nil }
    return Attribution(cue: "", speaker: signer.0, mention: signer.1)
  }
}
