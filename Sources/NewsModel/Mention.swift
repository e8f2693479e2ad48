/// One place where the text refers to an entity.
///
/// Indices are stored as 32-bit integers and the words as a slice of the article's text: an
/// article holds many mentions.
public struct Mention: Hashable, Sendable {
  private var entityIndex: Int32
  private var sentenceIndex: Int32
  private var storage: TextSlice
  public var span: TextSpan

  /// The words as written (a new `String` on each read).
  public var text: String {
    get { storage.string }
    set { storage = TextSlice(newValue) }
  }

  /// Index into `Article.entities`.
  public var entity: Int {
    get { Int(entityIndex) }
    set { entityIndex = Int32(newValue) }
  }

  /// Index into `Article.sentences`.
  public var sentence: Int {
    get { Int(sentenceIndex) }
    set { sentenceIndex = Int32(newValue) }
  }

  public init(entity: Int, text: String, sentence: Int, span: TextSpan) {
    self.init(entity: entity, text: TextSlice(text), sentence: sentence, span: span)
  }

  /// A mention whose words are a slice of the article's text, sharing its storage.
  public init(entity: Int, text: TextSlice, sentence: Int, span: TextSpan) {
    self.entityIndex = Int32(entity)
    self.storage = text
    self.sentenceIndex = Int32(sentence)
    self.span = span
  }
}
