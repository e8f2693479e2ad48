/// A name set off by commas right before a speech verb is a person speaking: "The head of the
/// works council at the plant, Jens Oberle, called …", "A spokesman for the agency, Colin
/// Barstow, said …". The recogniser sees only an unknown name there (the word before the
/// comma is no role noun), so the speaker would go unnamed until a later bare surname.
struct NamedInApposition {
  let tokens: [Token]

  func promote(_ candidates: [Candidate]) -> [Candidate] {
    var result = candidates
    for index in result.indices {
      // The cheap position test first: binding the name copies it.
      guard isSetOffBeforeCue(result[index].firstToken, result[index].endToken),
        case .unknownName(let name) = result[index].kind
      else { continue }
      result[index].kind = .person(name, role: nil)
    }
    return result
  }

  /// `, NAME, said`: commas on both sides in the same sentence, outside quotes, and a finite
  /// speech verb right after (over "also", "has").
  private func isSetOffBeforeCue(_ first: Int, _ end: Int) -> Bool {
    guard first > 1, end - first >= 2, end - first <= 4, end + 1 < tokens.count,
      tokens[first - 1].isPunct(","), tokens[end].isPunct(","),
      tokens[first - 1].quote < 0, tokens[end].quote < 0,
      tokens[first - 1].sentence == tokens[end].sentence
    else { return false }
    var cue = end + 1
    while cue < tokens.count, CueWords.auxiliaries.contains(tokens[cue].lower) { cue += 1 }
    guard cue < tokens.count, tokens[cue].kind == .word, !tokens[cue].isCapitalized,
      tokens[cue].sentence == tokens[end].sentence
    else { return false }
    return tokens[cue].flags.cueForm == .finite
  }
}
