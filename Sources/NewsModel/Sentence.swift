/// A sentence within a paragraph.
public struct Sentence: Hashable, Sendable {
  /// A slice of the article's text, so the sentence costs no copy of it.
  private var storage: TextSlice
  public var span: TextSpan
  private var paragraphIndex: Int32

  /// The sentence's text (a new `String` on each read).
  public var text: String {
    get { storage.string }
    set { storage = TextSlice(newValue) }
  }

  /// Index into `Article.paragraphs`.
  public var paragraph: Int {
    get { Int(paragraphIndex) }
    set { paragraphIndex = Int32(newValue) }
  }

  public init(text: String, span: TextSpan, paragraph: Int) {
    self.init(text: TextSlice(text), span: span, paragraph: paragraph)
  }

  /// A sentence whose text is a slice of the article's text, sharing its storage.
  public init(text: TextSlice, span: TextSpan, paragraph: Int) {
    self.storage = text
    self.span = span
    self.paragraphIndex = Int32(paragraph)
  }
}
