import Foundation
import NewsModel
import NewsReader
import Testing

/// Every article of the development corpus reads without a crash, and every element's span
/// holds its text; the same for each article with its quotation marks scrambled.
@Suite struct CorpusRobustnessTests {
  static let articles: [String] = {
    let folder = RepoFiles.root.appendingPathComponent("Tests/Corpus/articles").path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func theCorpusIsThere() {
    #expect(Self.articles.count >= 25)
  }

  @Test(arguments: articles)
  func readsWithConsistentSpans(_ name: String) throws {
    let text = try RepoFiles.text("Tests/Corpus/articles/" + name)
    Self.checkSpans(ArticleReader().read(text: text, path: name), text: text)
  }

  @Test(arguments: articles)
  func survivesScrambledQuotationMarks(_ name: String) throws {
    let text = try RepoFiles.text("Tests/Corpus/articles/" + name)
    var generator = SplitMix(seed: UInt64(name.utf8.count))
    let marks: [Unicode.Scalar] = ["\"", "“", "”", "'", "‘", "’", "\n", "\n\n"].flatMap {
      $0.unicodeScalars
    }
    let variant = generator.scramble(text, edits: 12, removingOneIn: 3, inserting: marks)
    Self.checkSpans(ArticleReader().read(text: variant, path: name), text: variant)
  }

  static func checkSpans(_ article: Article, text: String) {
    for paragraph in article.paragraphs {
      #expect(ScalarSlice.text(text, paragraph.span) == paragraph.text)
    }
    for sentence in article.sentences {
      #expect(ScalarSlice.text(text, sentence.span) == sentence.text)
    }
    for quote in article.quotes { #expect(ScalarSlice.text(text, quote.span) == quote.text) }
    for mention in article.mentions {
      #expect(ScalarSlice.text(text, mention.span) == mention.text)
    }
    for number in article.numbers { #expect(ScalarSlice.text(text, number.span) == number.text) }
    for date in article.dates { #expect(ScalarSlice.text(text, date.span) == date.text) }
  }
}
