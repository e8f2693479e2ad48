import NewsModel
import NewsReader
import Testing

/// Speaker mentions turned into the right entity: pronouns, descriptions, surnames.
@Suite struct ReferenceTests {
  @Test func pronounTakesANameConfirmedByItself() {
    // The name is a person only once "she" follows it, after a later name in the quote.
    let article = Reading.article(
      """
      Board chair Mary Stone said the board would meet again. She thanked the parents.

      The Harbor Teachers Association said it accepted the plan.

      The state's voice on schools, Lena Okafor-Brandt, said last week that others were \
      watching. "Harbor is not alone," she said.
      """)
    #expect(Reading.speaker(article) == "Lena Okafor-Brandt")
  }

  @Test func pronounAfterAnUnnamedPersonIsNobody() {
    let article = Reading.article(
      """
      "We sell more hoses every week," Pavel Brandt said.

      A shop assistant who declined to give her name said she doubted the rules would last. \
      "Nobody is checking," she said.
      """)
    #expect(article.quotes.count == 2)
    #expect(Reading.speaker(article, 0) == "Pavel Brandt")
    #expect(Reading.speaker(article, 1) == nil)
    #expect(!article.entities.contains { $0.name.contains("assistant") })
  }

  @Test func unnamedPersonNamedInAppositionIsThatPerson() {
    let article = Reading.article(
      """
      "We sell more hoses every week," Pavel Brandt said.

      One shopper, 17-year-old Mia Lund from Bergen, said she had saved for months. \
      "I'm gutted," she said.
      """)
    #expect(Reading.speaker(article, 1) == "Mia Lund")
  }

  @Test func pronounTakesTheSubjectNotALaterName() {
    let article = Reading.article(
      """
      Carys Pendry keeps a box of letters under her desk at Westgate Green. Most came from \
      fans when she took over as manager.

      "I read one every morning," she says.
      """)
    #expect(Reading.speaker(article) == "Carys Pendry")
  }

  @Test func streetAndVenueNamesAreNoPeople() {
    let article = Reading.article(
      """
      The striker Femi Cole arrived at Ely Road in 2021.

      Ely Road sits fourth in the table. Asked whether he will stay, he does not answer.

      "I owe her," he says.
      """)
    #expect(Reading.speaker(article) == "Femi Cole")
    #expect(Reading.names(article, .person) == ["Femi Cole"])
  }
}
