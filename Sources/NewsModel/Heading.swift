/// A section heading: a short line standing alone between paragraphs.
public struct Heading: Hashable, Sendable {
  /// A slice of the article's text, sharing its storage.
  private var storage: TextSlice
  public var span: TextSpan

  /// The heading's text (a new `String` on each read).
  public var text: String {
    get { storage.string }
    set { storage = TextSlice(newValue) }
  }

  public init(text: String, span: TextSpan) {
    self.init(text: TextSlice(text), span: span)
  }

  /// A heading whose text is a slice of the article's text, sharing its storage.
  public init(text: TextSlice, span: TextSpan) {
    self.storage = text
    self.span = span
  }
}
