import NewsModel
import NewsReader
import Testing

/// Long-read shapes: long headlines, and an opening quote whose speaker the next paragraph
/// names.
@Suite struct FeatureShapeTests {
  @Test func headlineOfMoreThanTwentyWordsIsTheTitle() {
    let article = ArticleReader().read(
      text: """
        ‘She told me my data were beautiful and my conclusion was nonsense’: the moth scientist \
        and the student who proved her wrong

        Naomi Achterberg has studied moths for thirty years.
        """, path: "feature.txt")
    #expect(article.title?.hasPrefix("‘She told me") == true)
    #expect(article.paragraphs.count == 1)
  }

  @Test func openingQuoteTakesTheSpeakerNamedNext() {
    let article = Reading.article(
      """
      “The first thing she ever said to me was that my data were beautiful.”

      Naomi Achterberg laughs as she says this, and so does the woman beside her.
      """)
    #expect(article.quotes.first?.kind == .direct)
    #expect(Reading.speaker(article) == "Naomi Achterberg")
    #expect(article.quotes.first?.cue == "says")
  }

  @Test func openingQuoteWaitsOnlyForTheNextParagraph() {
    let article = Reading.article(
      """
      “The first thing she ever said to me was that my data were beautiful.”

      The moths arrived in June.

      Naomi Achterberg says the work is slow.
      """)
    #expect(Reading.speaker(article) == nil)
  }
}
