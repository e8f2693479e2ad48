/// A sentence within a paragraph.
public struct Sentence: Hashable, Sendable {
  public var text: String
  public var span: TextSpan
  /// Index into `Article.paragraphs`.
  public var paragraph: Int

  public init(text: String, span: TextSpan, paragraph: Int) {
    self.text = text
    self.span = span
    self.paragraph = paragraph
  }
}
