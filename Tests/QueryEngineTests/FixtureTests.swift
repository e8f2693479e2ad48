import NewsModel
import Testing

/// The fixture is what every other test stands on: check that its spans hold their words.
@Suite struct FixtureTests {
  static let articles = Fixture.corpus.articles

  @Test(arguments: articles.map(\.path))
  func spansCoverTheirText(path: String) {
    let article = Self.articles.first { $0.path == path }!
    let scalars = Array(article.text.unicodeScalars)
    func words(_ span: TextSpan) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[span.start..<span.end])
      return String(view)
    }
    for paragraph in article.paragraphs { #expect(words(paragraph.span) == paragraph.text) }
    for sentence in article.sentences { #expect(words(sentence.span) == sentence.text) }
    for quote in article.quotes { #expect(words(quote.span) == quote.text) }
    for mention in article.mentions { #expect(words(mention.span) == mention.text) }
    for number in article.numbers { #expect(words(number.span) == number.text) }
  }
}
