/// One place where the text refers to an entity.
public struct Mention: Hashable, Sendable {
  /// Index into `Article.entities`.
  public var entity: Int
  /// The words as written.
  public var text: String
  /// Index into `Article.sentences`.
  public var sentence: Int
  public var span: TextSpan

  public init(entity: Int, text: String, sentence: Int, span: TextSpan) {
    self.entity = entity
    self.text = text
    self.sentence = sentence
    self.span = span
  }
}
