/// One resolved reference to an entity, with token and byte positions.
///
/// Token positions count from the start of the article, not of the paragraph, so mentions
/// from earlier paragraphs stay comparable after their tokens are gone. Stored as 32-bit
/// integers and without its text (the bytes give it back): a long article has many.
struct MentionRecord {
  private var entityIndex: Int32
  private var first: Int32
  private var stop: Int32
  private var sentenceIndex: Int32
  private var quoteIndex: Int32
  private var startOffset: UInt32
  private var endOffset: UInt32

  init(
    entity: Int, firstToken: Int, endToken: Int, sentence: Int, quote: Int, start: Int, end: Int
  ) {
    entityIndex = Int32(entity)
    first = Int32(firstToken)
    stop = Int32(endToken)
    sentenceIndex = Int32(sentence)
    quoteIndex = Int32(quote)
    startOffset = UInt32(start)
    endOffset = UInt32(end)
  }

  var entity: Int {
    get { Int(entityIndex) }
    set { entityIndex = Int32(newValue) }
  }
  var firstToken: Int { Int(first) }
  var endToken: Int { Int(stop) }
  /// Sentence index in the article.
  var sentence: Int { Int(sentenceIndex) }
  /// Index of the quote the mention stands in, or -1.
  var quote: Int { Int(quoteIndex) }
  /// Byte range of the words as written.
  var start: Int { Int(startOffset) }
  var end: Int { Int(endOffset) }
}
