import NewsReader
import Testing

@Suite struct HeaderTests {
  @Test func datePrefixAndColonDateline() {
    let article = ArticleReader().read(
      text: " date 2024-02-10 NEW YORK: The mayor opened a park.", path: "a.txt")
    #expect(article.date == "2024-02-10")
    #expect(article.dateline == "New York")
    #expect(article.paragraphs.first?.text == "The mayor opened a park.")
    #expect(article.paragraphs.first?.span.start == 27)
  }

  @Test func reutersStyleDateline() {
    let article = ArticleReader().read(
      text: "LONDON, March 3 (Reuters) - Shares rose on Monday.", path: "a.txt")
    #expect(article.dateline == "London")
    #expect(article.date == nil)
    #expect(article.paragraphs.first?.text == "Shares rose on Monday.")
  }

  @Test func apStyleDateline() {
    let article = ArticleReader().read(text: "DENVER (AP) — Snow closed the roads.", path: "a.txt")
    #expect(article.dateline == "Denver")
    #expect(article.paragraphs.first?.text == "Snow closed the roads.")
  }

  @Test func bareDashDateline() {
    let article = ArticleReader().read(text: "BRUSSELS — Ministers met again.", path: "a.txt")
    #expect(article.dateline == "Brussels")
    #expect(article.paragraphs.first?.text == "Ministers met again.")
  }

  @Test func headlineLine() {
    let article = ArticleReader().read(
      text: "Council approves harbour budget\n\n date 2024-02-10 OSLO: The council voted.",
      path: "a.txt")
    #expect(article.title == "Council approves harbour budget")
    #expect(article.date == "2024-02-10")
    #expect(article.dateline == "Oslo")
    #expect(article.paragraphs.count == 1)
    #expect(article.headings.isEmpty)
  }

  @Test func bylineAfterTheHeadlineIsMetadata() {
    let article = ArticleReader().read(
      text: "Harbour fees to rise\n\nBy JANE ROE\nStaff Writer\n\nOSLO — The council voted.",
      path: "a.txt")
    #expect(article.title == "Harbour fees to rise")
    #expect(article.dateline == "Oslo")
    #expect(article.headings.isEmpty)
    #expect(article.paragraphs.map(\.text) == ["The council voted."])
  }

  @Test func oneLineBylineWithAgency() {
    let article = ArticleReader().read(
      text: "Harbour fees to rise\n\nBy Jane Roe and Tom Brandt, Reuters\n\nThe council voted.",
      path: "a.txt")
    #expect(article.headings.isEmpty)
    #expect(article.paragraphs.map(\.text) == ["The council voted."])
  }

  @Test func aSentenceStartingWithByIsText() {
    let article = ArticleReader().read(
      text: "Harbour fees to rise\n\nBy Friday the council had voted.\n\nIt met again.",
      path: "a.txt")
    #expect(article.paragraphs.count == 2)
  }

  @Test func noHeader() {
    let article = ArticleReader().read(text: "The council voted on Monday.", path: "a.txt")
    #expect(article.date == nil)
    #expect(article.dateline == nil)
    #expect(article.paragraphs.first?.text == "The council voted on Monday.")
    #expect(article.dates.first?.resolved == nil)
  }
}

@Suite struct MoreHeaderTests {
  @Test func cityAndCountryWireDateline() {
    let article = ArticleReader().read(text: "KYIV, Ukraine (AP) — Sirens sounded.", path: "a.txt")
    #expect(article.dateline == "Kyiv")
    #expect(article.paragraphs.first?.text == "Sirens sounded.")
  }

  @Test func datelineOnTheNextLine() {
    let article = ArticleReader().read(
      text: " date 2024-02-10\nOSLO: The council voted.", path: "a.txt")
    #expect(article.date == "2024-02-10")
    #expect(article.dateline == "Oslo")
    #expect(article.paragraphs.first?.text == "The council voted.")
  }
}

extension HeaderTests {
  @Test func deskBylineAndTimeStampAreNoText() {
    let article = ArticleReader().read(
      text: """
        Sewage spills into Cornish estuary for 600 hours

        Helena Treharne Environment correspondent
        Thu 26 Nov 2026 07.00 GMT

        Raw sewage was discharged into the Tamar estuary, campaigners said.
        """, path: "guardian.txt")
    #expect(article.paragraphs.count == 1)
    #expect(article.headings.isEmpty)
    #expect(article.entities.allSatisfy { $0.type != .person })
  }
}
