/// A paragraph of body text (headings and the header are not paragraphs).
public struct Paragraph: Hashable, Sendable {
  /// A slice of the article's text, so the paragraph costs no copy of it (`TextSlice`).
  private var storage: TextSlice
  public var span: TextSpan
  private var headingIndex: Int32

  /// Index into `Article.headings` of the nearest heading above, if any.
  public var heading: Int? {
    get { headingIndex < 0 ? nil : Int(headingIndex) }
    set { headingIndex = newValue.map { Int32($0) } ?? -1 }
  }

  /// The paragraph's text (a new `String` on each read: keep it when reading it often).
  public var text: String {
    get { storage.string }
    set { storage = TextSlice(newValue) }
  }

  public init(text: String, span: TextSpan, heading: Int? = nil) {
    self.init(text: TextSlice(text), span: span, heading: heading)
  }

  /// A paragraph whose text is a slice of the article's text, sharing its storage.
  public init(text: TextSlice, span: TextSpan, heading: Int? = nil) {
    self.storage = text
    self.span = span
    self.headingIndex = heading.map { Int32($0) } ?? -1
  }
}
