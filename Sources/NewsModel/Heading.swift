/// A section heading: a short line standing alone between paragraphs.
public struct Heading: Hashable, Sendable {
  public var text: String
  public var span: TextSpan

  public init(text: String, span: TextSpan) {
    self.text = text
    self.span = span
  }
}
