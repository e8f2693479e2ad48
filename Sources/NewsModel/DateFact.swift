/// A time expression in the text, resolved against the article's date where possible.
public struct DateFact: Hashable, Sendable {
  /// As written ("Thursday", "last year").
  public var text: String
  public var span: TextSpan
  private var sentenceIndex: Int32
  /// ISO form: `2025-05-01`, `2025-03`, `2024`, `2025-W18`; nil without an article date.
  public var resolved: String?

  /// Index into `Article.sentences` (stored in 32 bits: an article holds many of these).
  public var sentence: Int {
    get { Int(sentenceIndex) }
    set { sentenceIndex = Int32(newValue) }
  }

  public init(text: String, span: TextSpan, sentence: Int, resolved: String?) {
    self.text = text
    self.span = span
    self.sentenceIndex = Int32(sentence)
    self.resolved = resolved
  }
}
