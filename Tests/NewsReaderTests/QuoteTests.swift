import NewsModel
import NewsReader
import Testing

@Suite struct QuoteTests {
  @Test func straightMarks() {
    let article = Reading.article("Captain Ivo Lind said: \"The ship is safe.\"")
    #expect(article.quotes.map(\.text) == ["The ship is safe."])
    #expect(article.quotes.first?.kind == .direct)
  }

  @Test func curlyMarks() {
    let article = Reading.article("Captain Ivo Lind called the storm “unusually fierce”.")
    #expect(article.quotes.map(\.text) == ["unusually fierce"])
    #expect(article.quotes.first?.kind == .partial)
  }

  @Test func wrongClosingMark() {
    let text = "“The ship is safe,“ Captain Ivo Lind said."
    let article = Reading.article(text)
    #expect(article.quotes.map(\.text) == ["The ship is safe,"])
    #expect(Reading.speaker(article) == "Ivo Lind")
  }

  @Test func quoteSpanExcludesMarks() {
    let body = "Captain Ivo Lind called the storm “fierce”."
    let text = " date 2024-03-06 OSLO: " + body
    let article = ArticleReader().read(text: text, path: "a.txt")
    let quote = try! #require(article.quotes.first)
    #expect(ScalarSlice.text(text, quote.span) == "fierce")
  }

  @Test func titlesAreNotSpeech() {
    let article = Reading.article("She starred in a film called “Blue River Nights” last year.")
    #expect(article.quotes.first?.kind == .other)
    #expect(article.quotes.first?.speaker == nil)
  }

  @Test func scareQuotesAreNotSpeech() {
    let article = Reading.article("The so-called “harbour plan” was never published.")
    #expect(article.quotes.first?.kind == .other)
  }

  @Test func titleAfterTitleNounIsNotSpeech() {
    let text =
      "Mayor Ana Ruiz, whose memoir “Harbour Lights” sold well, told the radio show “Evening Desk” that she was “very proud,” officials said."
    let article = Reading.article(text)
    #expect(article.quotes.map(\.kind) == [.other, .other, .partial])
  }

  @Test func titleAfterCommaAndTitleNounIsNotSpeech() {
    let text = "Fans sang the band's lead single, “Salt Roads,” and cheered, the organisers said."
    let article = Reading.article(text)
    #expect(article.quotes.first?.kind == .other)
  }

  @Test func titleAfterEarlierSpeechInParagraphIsNotSpeech() {
    let text =
      "“We came for the music,” fan Ola Nes said. Later the crowd sang the band's lead single, “Salt Roads,” in the rain."
    let article = Reading.article(text)
    #expect(article.quotes.map(\.kind) == [.direct, .other])
  }

  @Test func nicknameAfterNamingVerbAndObjectIsNotSpeech() {
    let text =
      "Locals nicknamed the tower the “grey finger” and the critics who called him “the Iron Clerk” were silent, Mayor Ana Ruiz said."
    let article = Reading.article(text)
    #expect(article.quotes.map(\.kind) == [.other, .other])
  }

  @Test func nameAfterKnownAsIsNotSpeech() {
    let text =
      "The drummer known as “Big Toll” has quit, and fans who call themselves the “Toll Army” said so."
    let article = Reading.article(text)
    #expect(article.quotes.map(\.kind) == [.other, .other])
  }

  @Test func quoteRunningOverParagraphs() {
    let article = Reading.article(
      "Mayor Ana Ruiz said: “The bridge will open in May.\n\n“It will carry trams too.”")
    #expect(article.quotes.count == 2)
    #expect(article.quotes.map(\.paragraph) == [0, 1])
    #expect(Reading.speaker(article, 0) == "Ana Ruiz")
    #expect(Reading.speaker(article, 1) == "Ana Ruiz")
  }

  @Test func laterQuoteInSameParagraphKeepsSpeaker() {
    let article = Reading.article(
      "“We will win,” coach Lena Varga said. “We always do.”")
    #expect(Reading.speaker(article, 1) == "Lena Varga")
    #expect(article.quotes[1].kind == .direct)
  }
}

@Suite struct QuoteMarkStyleTests {
  @Test func britishSingleMarks() {
    let article = Reading.article("‘We will not give up,’ coach Lena Varga said on Friday.")
    #expect(article.quotes.map(\.text) == ["We will not give up,"])
    #expect(Reading.speaker(article) == "Lena Varga")
  }

  @Test func singleMarksInsideDoubleAreNested() {
    let article = Reading.article("“He told us ‘leave now’ and we ran,” farmer Ola Nes said.")
    // The outer quote keeps its whole text; the nested one is reported after it.
    #expect(article.quotes.map(\.text) == ["He told us ‘leave now’ and we ran,", "leave now"])
    #expect(Reading.speaker(article) == "Ola Nes")
  }

  @Test func straightMarksInsideCurlyAreNested() {
    let article = Reading.article("“They called it \"the plan\" for years,” farmer Ola Nes said.")
    #expect(article.quotes.map(\.text) == ["They called it \"the plan\" for years,"])
    #expect(Reading.speaker(article) == "Ola Nes")
  }

  @Test func pluralPossessiveIsNotAQuote() {
    let article = Reading.article("The farmers’ union met on Friday.")
    #expect(article.quotes.isEmpty)
  }
}

@Suite struct StraightSingleAndTypewriterQuoteTests {
  @Test func straightSingleMarksInBritishCopy() {
    let text =
      "Chancellor Rowena Askew spoke. 'We will not back down,' said the chancellor. "
      + "'It's not a tax on the skippers' boats, nor on rock 'n' roll since the '90s.'"
    let article = Reading.article(text)
    #expect(
      article.quotes.map(\.text) == [
        "We will not back down,",
        "It's not a tax on the skippers' boats, nor on rock 'n' roll since the '90s.",
      ])
  }

  @Test func straightSingleMarksAroundNestedDoubleMarks() {
    let text = "Isla Brodie spoke. 'My father told me \"sell the boat\",' she said."
    let article = Reading.article(text)
    #expect(
      article.quotes.map(\.text) == ["My father told me \"sell the boat\",", "sell the boat"])
  }

  @Test func apostrophesAloneAreNotQuotes() {
    let article = Reading.article("The skippers' money kept Europe's ports open in the '90s.")
    #expect(article.quotes.isEmpty)
  }

  @Test func typewriterDoubleMarks() {
    let text = "``I love my brother,'' Dana Hale said. The vote was ``a gamble.''"
    let article = Reading.article(text)
    #expect(article.quotes.map(\.text) == ["I love my brother,", "a gamble."])
    #expect(Reading.speaker(article) == "Dana Hale")
  }
}
