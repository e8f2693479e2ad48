import NewsModel

/// One row of a collection, by position only: which article, which element of it, and the
/// row's 1-based `id` in its collection. Field values are read from the model on demand, so a
/// row costs three integers whatever the article's size.
struct Row: Hashable, Sendable {
  /// Index into `Corpus.articles`.
  var article: Int
  /// Index of the element within its article (a paragraph, a quote…); the article itself for
  /// `articles`.
  var index: Int
  /// The row's `id`: 1-based, in document order, unique across the loaded articles.
  var id: Int
}

/// The corpus plus what turns a within-article index into a corpus-wide `id`: for each article,
/// how many paragraphs, sentences and entities the articles before it hold. Computed once per
/// engine, in time linear in the number of articles.
struct CorpusIndex: Sendable {
  let corpus: Corpus
  private let paragraphOffsets: [Int]
  private let sentenceOffsets: [Int]
  private let entityOffsets: [Int]

  init(_ corpus: Corpus) {
    self.corpus = corpus
    paragraphOffsets = Self.offsets(corpus) { $0.paragraphs.count }
    sentenceOffsets = Self.offsets(corpus) { $0.sentences.count }
    entityOffsets = Self.offsets(corpus) { $0.entities.count }
  }

  private static func offsets(_ corpus: Corpus, _ count: (Article) -> Int) -> [Int] {
    var offsets: [Int] = []
    offsets.reserveCapacity(corpus.articles.count)
    var total = 0
    for article in corpus.articles {
      offsets.append(total)
      total += count(article)
    }
    return offsets
  }

  func article(_ row: Row) -> Article { corpus.articles[row.article] }

  func articleRow(_ article: Int) -> Row { Row(article: article, index: article, id: article + 1) }

  func paragraphRow(_ article: Int, _ index: Int) -> Row {
    Row(article: article, index: index, id: paragraphOffsets[article] + index + 1)
  }

  func sentenceRow(_ article: Int, _ index: Int) -> Row {
    Row(article: article, index: index, id: sentenceOffsets[article] + index + 1)
  }

  func entityRow(_ article: Int, _ index: Int) -> Row {
    Row(article: article, index: index, id: entityOffsets[article] + index + 1)
  }

  /// The rows of one kind of element across the corpus, in document order, keeping those
  /// `include` accepts and numbering them 1… as they come.
  func rows(
    count: (Article) -> Int, include: (Article, Int) -> Bool = { _, _ in true }
  ) -> [Row] {
    var rows: [Row] = []
    for (articleIndex, article) in corpus.articles.enumerated() {
      for index in 0..<count(article) where include(article, index) {
        rows.append(Row(article: articleIndex, index: index, id: rows.count + 1))
      }
    }
    return rows
  }
}
