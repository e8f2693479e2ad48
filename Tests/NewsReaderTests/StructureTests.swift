import NewsReader
import Testing

@Suite struct StructureTests {
  @Test func headingsBetweenParagraphs() {
    let article = Reading.article(
      "The port reopened.\n\nWhat comes next\n\nShips queued for hours.\n\nTraders were relieved.")
    #expect(article.headings.map(\.text) == ["What comes next"])
    #expect(article.paragraphs.map(\.text).count == 3)
    #expect(article.paragraphs.map(\.heading) == [nil, 0, 0])
  }

  @Test func shortLineWithPunctuationIsAParagraph() {
    let article = Reading.article("The port reopened.\n\nShips waited.\n\nTraders cheered.")
    #expect(article.headings.isEmpty)
    #expect(article.paragraphs.count == 3)
  }

  @Test func singleNewlineParagraphs() {
    let article = Reading.article("The port reopened.\nShips queued for hours.\nTraders cheered.")
    #expect(article.paragraphs.count == 3)
    #expect(article.paragraphs[1].text == "Ships queued for hours.")
  }

  @Test func hardWrappedParagraphStaysWhole() {
    let article = Reading.article(
      "The port reopened after\na long strike.\n\nShips queued for hours.")
    #expect(article.paragraphs.count == 2)
    #expect(article.paragraphs[0].text == "The port reopened after\na long strike.")
  }

  @Test func wordCount() {
    let article = Reading.article("The port reopened.\n\nShips queued for 3 hours.")
    #expect(article.wordCount == 8)
  }
}
