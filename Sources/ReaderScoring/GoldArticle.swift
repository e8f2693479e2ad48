/// The part of a gold file the benchmark scores: speech quotes and non-speech quoted stretches.
///
/// The rest of the gold shape (entities, numbers, dates) is checked by the reader's own tests;
/// the bench only needs what its figures are computed from.
public struct GoldArticle: Equatable, Sendable {
  /// The `article` field as written (a path relative to the gold's corpus), if any.
  public var article: String?
  public var title: String?
  public var quotes: [GoldQuote]
  /// Quoted stretches that are not speech (titles, nicknames, scare quotes).
  public var otherQuotes: [String]

  public init(
    article: String? = nil, title: String? = nil, quotes: [GoldQuote], otherQuotes: [String] = []
  ) {
    self.article = article
    self.title = title
    self.quotes = quotes
    self.otherQuotes = otherQuotes
  }
}
