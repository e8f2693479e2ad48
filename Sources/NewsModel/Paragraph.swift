/// A paragraph of body text (headings and the header are not paragraphs).
public struct Paragraph: Hashable, Sendable {
  public var text: String
  public var span: TextSpan
  /// Index into `Article.headings` of the nearest heading above, if any.
  public var heading: Int?

  public init(text: String, span: TextSpan, heading: Int? = nil) {
    self.text = text
    self.span = span
    self.heading = heading
  }
}
