import NewsModel
import NewsReader
import Testing

/// Two invented articles in other house styles (AP dateline with straight quotes, headline
/// with a business story) read with the same rules as the reference article.
@Suite struct FixtureArticleTests {
  private func read(_ text: String) -> Article {
    ArticleReader().read(text: text, path: "fixture.txt")
  }

  private func speakers(_ article: Article) -> [String] {
    article.quotes.map { quote in quote.speaker.map { article.entities[$0].name } ?? "-" }
  }

  @Test func insulinBill() {
    let article = read(FixtureTexts.insulinBill)
    #expect(article.dateline == "Denver")
    #expect(article.date == nil)
    #expect(article.paragraphs.count == 7)
    #expect(
      speakers(article) == [
        "Maria Lopez", "Maria Lopez", "Tom Baker", "Tom Baker", "Alan Park", "Alan Park",
        "Alan Park", "Alan Park",
      ])
    #expect(
      article.quotes.map(\.kind) == [
        .partial, .direct, .partial, .direct, .partial, .direct, .direct, .direct,
      ])
    #expect(Reading.names(article, .person) == ["Maria Lopez", "Tom Baker", "Alan Park"])
    #expect(Reading.entity(article, "Helix Pharma Inc.")?.aliases == ["the company"])
    #expect(article.numbers.map(\.text) == ["$35", "400,000", "12,000", "$1.3 billion"])
  }

  @Test func chipmakerProfit() {
    let article = read(FixtureTexts.chipmakerProfit)
    #expect(article.title == "Chipmaker posts record profit as AI demand soars")
    #expect(article.dateline == "San Francisco")
    #expect(speakers(article) == ["Mei Tanaka", "Mei Tanaka", "Raj Patel"])
    // "told analysts … that the company expected": the company just named.
    #expect(Reading.entity(article, "Orion Semiconductor")?.aliases == ["the company", "Orion"])
    #expect(Reading.entity(article, "Mei Tanaka")?.role == "Chief executive")
    #expect(article.dates.map(\.resolved) == ["2024-04-18", "2023-03-15"])
  }
}
