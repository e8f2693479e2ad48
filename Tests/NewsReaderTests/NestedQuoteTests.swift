import NewsModel
import NewsReader
import Testing

/// Quotes inside quotes, and marks that writers mix up.
@Suite struct NestedQuoteTests {
  /// The speaker's name of the quote whose text is `text`, or "-" when there is no such quote.
  private func speaker(_ article: Article, of text: String) -> String? {
    guard let quote = article.quotes.first(where: { $0.text == text }) else { return "-" }
    return quote.speaker.map { article.entities[$0].name }
  }

  private func quote(_ article: Article, _ text: String) -> Quote? {
    article.quotes.first { $0.text == text }
  }

  @Test func reportedSpeechInsideSingleQuotes() {
    let article = Reading.article(
      "Fisherman Tam Reid, 70, sold his boat.\n\n"
        + "Skipper Isla Brodie put it bluntly. ‘I packed a bag. My father told me “sell the "
        + "boat before they sink it”, so I didn’t argue,’ she said.")
    let texts = article.quotes.map(\.text)
    #expect(
      texts == [
        "I packed a bag. My father told me “sell the boat before they sink it”, so I didn’t argue,",
        "sell the boat before they sink it",
      ])
    #expect(article.quotes.allSatisfy { $0.kind != .other })
    #expect(Reading.speaker(article, 0) == "Isla Brodie")
    #expect(quote(article, "sell the boat before they sink it")?.cue == "told")
  }

  @Test func innerQuoteSpeakerThroughPronoun() {
    let article = Reading.article(
      "The expedition leader, Prof. Anders Berg, took her under his wing.\n\n"
        + "\"He told me on the first day, 'You will be cold, and you will love it,'\" said "
        + "researcher Helena Marsh. \"He was right.\"")
    #expect(article.quotes.count == 3)
    #expect(speaker(article, of: "You will be cold, and you will love it,") == "Anders Berg")
    #expect(speaker(article, of: "He was right.") == "Helena Marsh")
  }

  @Test func firstPersonInsideAQuoteIsTheOuterSpeaker() {
    let article = Reading.article(
      "“I tell her, ‘Mama, we will be fine,’” tailor Grace Wanjiru says. “She doesn't believe "
        + "me.”")
    #expect(speaker(article, of: "Mama, we will be fine,") == "Grace Wanjiru")
    #expect(quote(article, "Mama, we will be fine,")?.speakerMention == "I")
  }

  @Test func titleInsideAQuoteIsOtherAndTheOuterQuoteStays() {
    let article = Reading.article(
      "“I made ‘The Salt Years’ for her,” director Ana Cruz said. “It is not a small life.”")
    #expect(article.quotes.count == 3)
    #expect(quote(article, "The Salt Years")?.kind == .other)
    #expect(speaker(article, of: "I made ‘The Salt Years’ for her,") == "Ana Cruz")
    #expect(speaker(article, of: "It is not a small life.") == "Ana Cruz")
  }

  @Test func doubleQuotesOutsideSingleQuotes() {
    let article = Reading.article(
      "Critics call the mayor the ‘Iron Lady’. Mayor Joan Ames said: “We will build it.”")
    let speech = article.quotes.filter { $0.kind != .other }
    #expect(speech.map(\.text) == ["We will build it."])
    #expect(speaker(article, of: "We will build it.") == "Joan Ames")
  }

  @Test func straightMarkClosesACurlyQuote() {
    let article = Reading.article(
      "“I moved here because of the park,\" said Dana Price, a mother of two. “Now my son "
        + "rides a bus.”")
    #expect(
      article.quotes.map(\.text) == [
        "I moved here because of the park,", "Now my son rides a bus.",
      ])
    #expect(speaker(article, of: "Now my son rides a bus.") == "Dana Price")
  }

  @Test func straightSingleMarkBeforeAConjunctionCloses() {
    let article = Reading.article(
      "Its chairman, Don Ure, said the group was 'not in the business of blockades' but "
        + "could not promise calm.")
    #expect(article.quotes.map(\.text) == ["not in the business of blockades"])
  }

  @Test func possessiveRightBeforeTheClosingMark() {
    let article = Reading.article(
      "‘You can’t manage in June,’ coach Carys Penn says. ‘Everything else is the directors’.’")
    #expect(
      article.quotes.map(\.text) == [
        "You can’t manage in June,", "Everything else is the directors’.",
      ])
  }
}

@Suite struct StrayMarkTests {
  @Test func rightMarkOpeningAfterASentenceIsDirectSpeech() {
    let article = Reading.article(
      "Campaigners say the unit was run down. ”They stopped hiring two years ago,\" said "
        + "Jenny Cass, a founder of the group.")
    #expect(article.quotes.map(\.text) == ["They stopped hiring two years ago,"])
    #expect(Reading.speaker(article) == "Jenny Cass")
  }
}

@Suite struct RareMarkTests {
  @Test func typewriterBacktickOpensANestedQuote() {
    let article = Reading.article(
      "Mayor Greg Hale refused.\n\n``He said `not on my watch' when I asked,'' Councillor Dana "
        + "Moss said.")
    #expect(
      article.quotes.map(\.text) == ["He said `not on my watch' when I asked,", "not on my watch"])
    #expect(article.quotes[1].kind != .other)
  }

  @Test func guillemetsAreQuotationMarks() {
    let article = Reading.article("«Small is not dangerous,» Dr. Ana Roussel said.")
    #expect(article.quotes.map(\.text) == ["Small is not dangerous,"])
    #expect(Reading.speaker(article) == "Ana Roussel")
  }
}

@Suite struct MissingMarkTests {
  @Test func unclosedQuoteEndsBeforeTheCueFrame() {
    let article = Reading.article(
      "MP Tom Beeston wrote to the minister.\n\n\"I have asked the minister to call this in, "
        + "and I will keep asking, Beeston told the Courier on Thursday.")
    #expect(
      article.quotes.map(\.text) == [
        "I have asked the minister to call this in, and I will keep asking,"
      ])
    #expect(Reading.speaker(article) == "Tom Beeston")
  }

  @Test func quoteRunningOnKeepsItsFirstPersonEnding() {
    let article = Reading.article(
      "Farmer Ana Lind spoke.\n\n“We asked them to wait. In the end, we said no.\n\n"
        + "“And that was that,” she said.")
    #expect(article.quotes[0].text == "We asked them to wait. In the end, we said no.")
  }

  @Test func oneLowerCaseWordInsideSpeechIsHeldUp() {
    let article = Reading.article(
      """
      “Journalists kept ringing me to ask if I had ‘destroyed’ her,” she says.
      """)
    #expect(article.quotes.map(\.kind) == [.direct, .other])
  }

  @Test func sheInsideSomeonesWordsIsNotTheSpeaker() {
    let article = Reading.article(
      """
      Premier Jenna Marsh toured the flooded streets on Tuesday.

      “I’ve just spoken to a woman who’s been flooded out three times, and she said to me, \
      ‘What’s the point of rebuilding?’ I didn’t have an answer,” Marsh said.
      """)
    let inner = article.quotes.first { $0.text == "What’s the point of rebuilding?" }
    #expect(inner != nil)
    #expect(inner?.speaker == nil)
    #expect(Reading.speaker(article, 0) == "Jenna Marsh")
  }

  @Test func iInsideSomeonesWordsIsTheSpeaker() {
    let article = Reading.article(
      """
      Premier Jenna Marsh toured the flooded streets on Tuesday.

      “I said to them, ‘We will rebuild this town,’ and I meant it,” Marsh said.
      """)
    let inner = article.quotes.first { $0.text == "We will rebuild this town," }
    #expect(inner.flatMap { $0.speaker }.map { article.entities[$0].name } == "Jenna Marsh")
  }
}
