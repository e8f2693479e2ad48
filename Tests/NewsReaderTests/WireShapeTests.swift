import NewsModel
import NewsReader
import Testing

/// Shapes of wire copy that name the speaker around a role, an organisation or a clause.
@Suite struct WireShapeTests {
  @Test func roleOfAnOrganisationThenTheNameBeforeTheCue() {
    let article = Reading.article(
      "The head of the drivers’ union at the Leipzig depot, Karl Huber, called the plan "
        + "“a disgrace” for staff who had worked through the winter.")
    #expect(Reading.speaker(article) == "Karl Huber")
    #expect(article.quotes[0].speakerMention == "Karl Huber")
  }

  @Test func spokespersonForAnOrganisationNamedInApposition() {
    let article = Reading.article(
      "A spokeswoman for the transport ministry, Ines Moller, said the ministry “stands by the "
        + "timetable” but would review it in the spring.")
    #expect(Reading.speaker(article) == "Ines Moller")
    #expect(article.quotes[0].speakerMention == "Ines Moller")
  }

  @Test func officeOfAPlaceThenTheNameBeforeTheCue() {
    let article = Reading.article(
      "The governor of Bavaria province, Anton Riegler, told state television that “buses and "
        + "extra trains” were ready for commuters.")
    #expect(Reading.speaker(article) == "Anton Riegler")
  }

  @Test func nicknameGivenInARelativeClauseIsNoSpeech() {
    let article = Reading.article(
      "The tenants, who call their courtyard “the Green Room,” say the plan ignores them. "
        + "Senator Dale Ruark, who is often called “the lion of the chamber,” voted no.")
    #expect(article.quotes.allSatisfy { $0.kind == .other })
  }

  @Test func nicknameInThePresentTenseIsNoSpeech() {
    let article = Reading.article(
      "Marta Lind runs the workshop. She calls him “the apprentice” and checks his work daily.")
    #expect(article.quotes[0].kind == .other)
  }

  @Test func quoteAfterANonSpeechSentenceBelongsToItsSubject() {
    let article = Reading.article(
      "Tom Fielding scored twice for the visitors.\n\nAsked whether it was his best game, he "
        + "laughed. “It’s the latest one. That’ll do.”")
    #expect(article.quotes[0].kind == .direct)
    #expect(Reading.speaker(article) == "Tom Fielding")
  }

  @Test func subjectAfterAConjunction() {
    let article = Reading.article(
      "The ministry defended the levy, but the Northern Growers Association called the package "
        + "“an insult” to farmers.")
    #expect(Reading.speaker(article) == "Northern Growers Association")
  }

  @Test func personAfterAnOrganisationPremodifier() {
    let article = Reading.article(
      "The Northern Growers Association (NGA) met on Monday. “Nobody has asked us,” said NGA "
        + "chief executive Harriet Vole.")
    #expect(Reading.speaker(article) == "Harriet Vole")
    #expect(article.quotes[0].speakerMention == "Harriet Vole")
  }

  @Test func speakerBeforeAMediaFrameWithAParticiple() {
    let article = Reading.article(
      "Norway will not sign the accord, Foreign Minister Lars Haugen said Sunday, state media "
        + "reported, rejecting the draft as “unworkable”.")
    #expect(Reading.speaker(article) == "Lars Haugen")
  }

  @Test func organisationCutShortIsNamedByItsAcronym() {
    let article = Reading.article(
      "The minister offered help, but the Union of Dairy Farmers’ Cooperatives (UDFC) called "
        + "the offer “an insult”. The UDFC has 4,000 members.")
    #expect(Reading.speaker(article) == "UDFC")
  }
}

/// Reporting verbs of feature and wire copy beyond "said".
@Suite struct MoreCueVerbTests {
  @Test func fumedWithAColon() {
    let article = Reading.article("Mayor Tom Reilly fumed: “This is daylight robbery.”")
    #expect(Reading.speaker(article) == "Tom Reilly")
    #expect(article.quotes[0].cue == "fumed")
  }

  @Test func opinedThat() {
    let article = Reading.article(
      "Senator Ruth Okafor opined that the scheme was “a fantasy dressed as policy”.")
    #expect(
      Reading.speaker(article) == "Senator Ruth Okafor" || Reading.speaker(article) == "Ruth Okafor"
    )
  }

  @Test func termedAs() {
    let article = Reading.article(
      "Governor Ellen Price termed the ruling “a setback for every taxpayer”.")
    #expect(Reading.speaker(article) == "Ellen Price")
  }

  @Test func apologisedToTheWordsOfOthers() {
    let article = Reading.article(
      "Judge Alan Marsh sentenced him on Friday. Given the chance to speak, Councillor Peter "
        + "Grant apologised to “every family who trusted me” but denied stealing.")
    #expect(Reading.speaker(article) == "Peter Grant")
    #expect(article.quotes[0].kind == .partial)
  }

  @Test func spokeOf() {
    let article = Reading.article(
      "Minister Helen Dunne spoke of “a generational change” in the way the service works.")
    #expect(Reading.speaker(article) == "Helen Dunne")
  }
}

/// Unnamed spokespeople.
@Suite struct SpokespersonTests {
  @Test func unnamedSpokespersonSpeaksForTheOrganisationJustNamed() {
    let article = Reading.article(
      "The Northern Rail Authority, which runs the line, said it was “deeply concerned”. A "
        + "spokeswoman said: “Passengers deserve better, and we will fix it.”")
    #expect(Reading.speaker(article, 1) == "Northern Rail Authority")
  }
}

/// Interviews laid out as question paragraphs and answers standing alone.
@Suite struct QuestionAndAnswerTests {
  @Test func answerAfterAQuestionNamingSomeoneElseContinuesTheInterviewee() {
    let article = Reading.article(
      "Mayor Helen Dunne has run the town for a decade. “We have never had a winter like this,” "
        + "Dunne said.\n\nWhat about the critics who say Councillor Peter Grant should have been "
        + "listened to?\n\n“They are entitled to their view. I was elected to decide.”\n\nWill "
        + "she run again?\n\n“Ask me in the spring.”")
    #expect(article.quotes.count == 3)
    #expect(Reading.speaker(article, 1) == "Helen Dunne")
    #expect(Reading.speaker(article, 2) == "Helen Dunne")
  }
}

/// One quoted word inside a noun phrase is held up, not spoken.
@Suite struct ScareQuoteTests {
  @Test func oneWordBeforeANounIsAScareQuote() {
    let article = Reading.article(
      "Claire Hobbs said the delay had ruined her ‘dream’ wedding. Critics said the "
        + "“temporary” levy was now permanent. Mayor Peter Grant said it was “disgraceful” and "
        + "called the levy a “disaster” for families.")
    #expect(article.quotes.count == 4)
    #expect(article.quotes[0].kind == .other)
    #expect(article.quotes[1].kind == .other)
    #expect(article.quotes[2].kind == .partial)
    #expect(article.quotes[3].kind == .partial)
  }
}

/// A whole quote after reported speech in the same paragraph.
@Suite struct ReportedThenQuotedTests {
  @Test func quoteAfterReportedSpeechWithAnApposition() {
    let article = Reading.article(
      "The plan was approved in May. Dr. Helen Dunne, a surgeon at the hospital, said the waits "
        + "were getting longer. “We are running out of beds.”")
    #expect(article.quotes[0].kind == .direct)
    #expect(Reading.speaker(article) == "Helen Dunne")
  }
}
