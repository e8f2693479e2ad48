/// A full name not yet known to be a person or an organisation ("Victor Lanza" before
/// "Mr. Lanza" or "he"), as the alias resolver keeps it until something settles it.
///
/// Only what a mention of it needs, in 32-bit fields: a long document keeps many of these
/// (most are never settled), and a whole `Candidate` each cost nearly three times as much.
struct PendingName {
  let name: String
  let text: String
  private let first: Int32
  private let stop: Int32
  private let startOffset: Int32
  private let endOffset: Int32
  private let sentence: Int32
  private let quote: Int32

  /// `candidate` as found, an `.unknownName(name)`.
  init(_ candidate: Candidate, name: String) {
    self.name = name
    text = candidate.text
    first = Int32(candidate.firstToken)
    stop = Int32(candidate.endToken)
    startOffset = Int32(candidate.start)
    endOffset = Int32(candidate.end)
    sentence = Int32(candidate.sentence)
    quote = Int32(candidate.quote)
  }

  /// Article-wide index of the name's first token.
  var firstToken: Int { Int(first) }

  /// The candidate again, as far as a mention reads it.
  var candidate: Candidate {
    Candidate(
      kind: .unknownName(name), firstToken: Int(first), endToken: Int(stop),
      start: Int(startOffset), end: Int(endOffset), sentence: Int(sentence), quote: Int(quote),
      text: text)
  }
}
