/// A paragraph of body text (headings and the header are not paragraphs).
public struct Paragraph: Hashable, Sendable {
  /// A slice of the article's text, so the paragraph costs no copy of it.
  private var storage: Substring
  public var span: TextSpan
  /// Index into `Article.headings` of the nearest heading above, if any.
  public var heading: Int?

  /// The paragraph's text (a new `String` on each read: keep it when reading it often).
  public var text: String {
    get { String(storage) }
    set { storage = Substring(newValue) }
  }

  public init(text: String, span: TextSpan, heading: Int? = nil) {
    self.init(text: Substring(text), span: span, heading: heading)
  }

  /// A paragraph whose text is a slice of the article's text, sharing its storage.
  public init(text: Substring, span: TextSpan, heading: Int? = nil) {
    self.storage = text
    self.span = span
    self.heading = heading
  }
}
