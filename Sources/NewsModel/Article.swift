/// One news article as newsq understands it: its metadata and every element found in it.
///
/// Elements refer to each other by their 0-based index within the article (a quote's
/// `paragraph` is an index into `paragraphs`); ids across a corpus are the query engine's business.
public struct Article: Sendable {
  /// The path as the user gave it, or the bundled example's file name.
  public var path: String
  /// The full text, exactly as read.
  public var text: String
  /// The headline, when the article opens with one.
  public var title: String?
  /// ISO `YYYY-MM-DD` publication date from the header, if any.
  public var date: String?
  /// The dateline city, title-cased (`SEOUL` becomes `Seoul`).
  public var dateline: String?
  public var headings: [Heading]
  public var paragraphs: [Paragraph]
  public var sentences: [Sentence]
  /// Every quoted stretch, speech and non-speech (`kind == .other`) alike, in document order.
  public var quotes: [Quote]
  /// People, organisations and places, in order of first mention.
  public var entities: [Entity]
  public var mentions: [Mention]
  public var numbers: [NumberFact]
  public var dates: [DateFact]
  /// Words in the paragraphs (headings and header excluded).
  public var wordCount: Int

  public init(
    path: String, text: String, title: String? = nil, date: String? = nil,
    dateline: String? = nil, headings: [Heading] = [], paragraphs: [Paragraph] = [],
    sentences: [Sentence] = [], quotes: [Quote] = [], entities: [Entity] = [],
    mentions: [Mention] = [], numbers: [NumberFact] = [], dates: [DateFact] = [],
    wordCount: Int = 0
  ) {
    self.path = path
    self.text = text
    self.title = title
    self.date = date
    self.dateline = dateline
    self.headings = headings
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.quotes = quotes
    self.entities = entities
    self.mentions = mentions
    self.numbers = numbers
    self.dates = dates
    self.wordCount = wordCount
  }
}
