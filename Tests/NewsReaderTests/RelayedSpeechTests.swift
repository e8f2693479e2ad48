import NewsModel
import NewsReader
import Testing

/// Wire copy that relays speech ("ACI quoted him as saying") and the bodies it names.
@Suite struct RelayedSpeechTests {
  @Test func quotedAsSayingAfterTheQuote() {
    let article = Reading.article(
      """
      Prime Minister Célestin Doko told lawmakers the talks would go on, the official news \
      agency ACI reported.

      "Those who lay down their weapons will find the hand of the Republic extended," ACI \
      quoted him as saying.
      """)
    let quote = article.quotes[0]
    #expect(Reading.speaker(article) == "Célestin Doko")
    #expect(quote.via.map { article.entities[$0].name } == "ACI")
  }

  @Test func quotedAsSayingBeforeAPartialQuote() {
    let article = Reading.article(
      """
      Foreign Minister Idriss Yaya said troops had been sent, state broadcaster Radio Sahel \
      reported. The broadcaster quoted him as saying that Chad "will not be dragged into a war".
      """)
    let quote = article.quotes[0]
    #expect(Reading.speaker(article) == "Idriss Yaya")
    #expect(quote.via.map { article.entities[$0].name } == "Radio Sahel")
  }

  @Test func describedGroupTakesTheOrganisationJustNamed() {
    let article = Reading.article(
      """
      The government opened talks with the Patriotic Front for Renewal (FPR), days after the \
      rebel group seized a town. The rebel group called the talks "a trap".
      """)
    #expect(Reading.speaker(article) == "Patriotic Front for Renewal")
    #expect(!Reading.names(article, .org).contains("rebel group"))
  }

  @Test func aNewsAgencyIsNoMovement() {
    let article = Reading.article(
      """
      The Patriotic Front for Renewal (FPR) took the town on Friday, an officer told AFP.

      In a statement, the movement accused the government of "hiding behind mercenaries".
      """)
    #expect(Reading.speaker(article) == "Patriotic Front for Renewal")
  }

  @Test func organisationNameJoinsAcrossAndAfterFor() {
    let article = Reading.article(
      """
      Thierry Ngaka, a researcher at the Bangui-based Centre for Peace and Security Studies, \
      said the talks were "a sign of weakness".
      """)
    #expect(Reading.names(article, .org) == ["Centre for Peace and Security Studies"])
    #expect(Reading.names(article, .person) == ["Thierry Ngaka"])
  }

  @Test func titleAfterTheSpeechDoesNotEndIt() {
    let article = Reading.article(
      """
      "Everyone remembers how the last agreement ended," Thierry Ngaka said, referring to the \
      so-called "Ndele Accord".

      "The question is who has the guns when they stop talking."
      """)
    let speech = article.quotes.filter { $0.kind != .other }
    #expect(speech.count == 2)
    #expect(speech.last.flatMap(\.speaker).map { article.entities[$0].name } == "Thierry Ngaka")
  }
}

extension RelayedSpeechTests {
  @Test func aMinistryIsNoMovement() {
    let article = Reading.article(
      """
      The government opened talks with the Patriotic Front for Renewal, the foreign ministry \
      said on Tuesday.

      In a statement, the movement accused the government of "hiding behind mercenaries".
      """)
    #expect(Reading.speaker(article) == "Patriotic Front for Renewal")
  }
}

extension RelayedSpeechTests {
  @Test func unnamedSpokespersonSpeaksForTheBodyBefore() {
    let article = Reading.article(
      """
      The river is dirty.

      Westcountry Water said it was investing in the network.

      "We know there is more to do," a spokesperson said.

      A spokesperson said: "We share our customers' frustration."
      """)
    #expect(Reading.speaker(article, 0) == "Westcountry Water")
    #expect(Reading.speaker(article, 1) == "Westcountry Water")
    #expect(Reading.names(article, .org) == ["Westcountry Water"])
  }
}
