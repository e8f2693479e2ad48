/// One quote of speech in a gold file: its words and every speaker a careful reader accepts.
public struct GoldQuote: Equatable, Sendable {
  public var text: String
  /// The gold speaker's name; nil when the gold says nobody identifiable spoke.
  public var speaker: String?
  /// `speaker` followed by every other accepted reading from `speaker_any`.
  public var acceptedSpeakers: [String?]
  /// `direct` or `partial`.
  public var kind: String
  /// 1-based gold paragraph number, used only to find the quote's words in the text.
  public var paragraph: Int?

  public init(
    text: String, speaker: String?, speakerAny: [String?]? = nil, kind: String = "direct",
    paragraph: Int? = nil
  ) {
    self.text = text
    self.speaker = speaker
    var accepted: [String?] = [speaker]
    for name in speakerAny ?? [] where !accepted.contains(name) { accepted.append(name) }
    self.acceptedSpeakers = accepted
    self.kind = kind
    self.paragraph = paragraph
  }
}
