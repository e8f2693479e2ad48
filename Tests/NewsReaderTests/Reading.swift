import NewsModel
import NewsReader

/// Shorthands for reading small invented articles in unit tests.
enum Reading {
  /// Reads `body` as an article, with a ` date … CITY:` header when `date` is given.
  static func article(_ body: String, date: String? = "2024-03-06") -> Article {
    let text = date.map { " date \($0) OSLO: " + body } ?? body
    return ArticleReader().read(text: text, path: "test.txt")
  }

  static func speaker(_ article: Article, _ quote: Int = 0) -> String? {
    guard quote < article.quotes.count, let index = article.quotes[quote].speaker else {
      return nil
    }
    return article.entities[index].name
  }

  static func names(_ article: Article, _ type: Entity.Kind) -> [String] {
    article.entities.filter { $0.type == type }.map(\.name)
  }

  static func entity(_ article: Article, _ name: String) -> Entity? {
    article.entities.first { $0.name == name }
  }
}
