/// The articles loaded into a session, in the order they were given.
public struct Corpus: Sendable {
  public var articles: [Article]

  public init(articles: [Article] = []) {
    self.articles = articles
  }
}
