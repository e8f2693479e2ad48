/// One resolved reference to an entity, with token and byte positions.
///
/// Token positions count from the start of the article, not of the paragraph, so mentions
/// from earlier paragraphs stay comparable after their tokens are gone.
struct MentionRecord {
  var entity: Int
  var firstToken: Int
  var endToken: Int
  /// Sentence index in the article.
  var sentence: Int
  /// Index of the quote the mention stands in, or -1.
  var quote: Int
  var start: Int
  var end: Int
  var text: String
}
