/// A stretch of text inside quotation marks, and who said it.
public struct Quote: Hashable, Sendable {
  /// Whether the quoted words are speech, and how much of it.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A whole utterance.
    case direct
    /// A fragment of speech inside reported speech.
    case partial
    /// Not speech: a title, a nickname, scare quotes.
    case other
  }

  /// The quoted words, without the marks.
  public var text: String
  /// The span of `text` (marks excluded).
  public var span: TextSpan
  public var kind: Kind
  /// Index into `Article.paragraphs`.
  public var paragraph: Int
  /// Index into `Article.sentences` of the sentence where the quote starts.
  public var sentence: Int
  /// Index into `Article.entities` of who spoke, when known.
  public var speaker: Int?
  /// The words that name the speaker at the cue ("he", "Lee", "the commentary").
  public var speakerMention: String?
  /// The speech verb or phrase ("said", "according to").
  public var cue: String?
  /// Index into `Article.entities` of the outlet that relays the speech, if any.
  public var via: Int?

  public init(
    text: String, span: TextSpan, kind: Kind, paragraph: Int, sentence: Int,
    speaker: Int? = nil, speakerMention: String? = nil, cue: String? = nil, via: Int? = nil
  ) {
    self.text = text
    self.span = span
    self.kind = kind
    self.paragraph = paragraph
    self.sentence = sentence
    self.speaker = speaker
    self.speakerMention = speakerMention
    self.cue = cue
    self.via = via
  }
}
