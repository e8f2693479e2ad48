/// Generates a deterministic stream of varied, invented news articles for speed measurement.
///
/// The same seed always gives the same articles, so figures from different runs and machines
/// are measured on the same input.
public struct TextGenerator: Sendable {
  public var seed: UInt64

  public init(seed: UInt64 = 0x6E65_7773_7100) { self.seed = seed }

  /// Articles whose UTF-8 sizes add up to at least `bytes`; the last article is the one that
  /// crosses the target, so the total overshoots by less than one article.
  public func articles(totalBytes bytes: Int) -> [String] {
    var random = SeededRandom(seed: seed)
    var articles: [String] = []
    var total = 0
    while total < bytes {
      let article = ArticleMaker.article(&random)
      total += article.utf8.count
      articles.append(article)
    }
    return articles
  }

  /// The largest size one article can have, bounding the overshoot of `articles(totalBytes:)`.
  public static let maximumArticleBytes = 16_384
}
