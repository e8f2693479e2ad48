/// One place where the text refers to an entity.
///
/// Indices are stored as 32-bit integers: an article holds many mentions.
public struct Mention: Hashable, Sendable {
  private var entityIndex: Int32
  private var sentenceIndex: Int32
  /// The words as written.
  public var text: String
  public var span: TextSpan

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
    self.entityIndex = Int32(entity)
    self.text = text
    self.sentenceIndex = Int32(sentence)
    self.span = span
  }
}
