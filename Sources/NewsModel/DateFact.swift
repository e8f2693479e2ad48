/// A time expression in the text, resolved against the article's date where possible.
public struct DateFact: Hashable, Sendable {
  /// As written ("Thursday", "last year").
  public var text: String
  public var span: TextSpan
  /// Index into `Article.sentences`.
  public var sentence: Int
  /// ISO form: `2025-05-01`, `2025-03`, `2024`, `2025-W18`; nil without an article date.
  public var resolved: String?

  public init(text: String, span: TextSpan, sentence: Int, resolved: String?) {
    self.text = text
    self.span = span
    self.sentence = sentence
    self.resolved = resolved
  }
}
