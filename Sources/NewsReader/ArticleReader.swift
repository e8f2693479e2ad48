import NewsModel

/// Reads the plain text of one news article into an `Article`.
public struct ArticleReader: Sendable {
  public init() {}

  /// Builds the model of `text`; `path` is recorded as given.
  public func read(text: String, path: String) -> Article {
    // Scaffold: replaced by the real reader.
    Article(path: path, text: text)
  }
}
