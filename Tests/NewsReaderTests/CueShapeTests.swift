import NewsModel
import NewsReader
import Testing

/// Shapes of news copy that put words between the speaker and the speech cue.
@Suite struct CueShapeTests {
  @Test func relativeClauseBetweenSubjectAndCue() {
    let article = Reading.article(
      "Opposition leader Maria Fenwick, whose party has led in three of the last four polls, "
        + "dismissed the plan as a “fraud on the voters”.")
    #expect(Reading.speaker(article) == "Maria Fenwick")
    #expect(article.quotes[0].cue == "dismissed")
  }

  @Test func relativeClauseWithTitleInsideBeforeCue() {
    let article = Reading.article(
      "Director Ines Pardo, whose film “Red Harbour” was shown out of competition, told "
        + "reporters she had “no regrets at all”.")
    #expect(Reading.speaker(article, 1) == "Ines Pardo")
    #expect(article.quotes[0].kind == .other)
  }

  @Test func acronymAndAppositionBeforeCue() {
    let article = Reading.article(
      "The Harbour Traders Association (HTA), the city’s main trade lobby, warned last month "
        + "that rents were “dangerously high” in the old port.")
    #expect(Reading.speaker(article) == "Harbour Traders Association")
  }

  @Test func personOfOrganisationBeforeCue() {
    let article = Reading.article(
      "Economists were divided. Analyst Ana Ruiz of the Lakeside Bank said the plan was “broadly "
        + "prudent”, while Professor Tom Vale of Northgate University said it was “not credible”.")
    #expect(Reading.speaker(article, 0) == "Ana Ruiz")
    #expect(Reading.speaker(article, 1) == "Tom Vale")
  }

  @Test func longAppositionBeforeCueAfterQuote() {
    let article = Reading.article(
      "“We are long-term owners,” the fund’s chief investment officer, Olav Berge, told "
        + "the newspaper. “We do not panic.”")
    #expect(Reading.speaker(article, 0) == "Olav Berge")
    #expect(article.quotes[0].speakerMention == "Olav Berge")
    #expect(Reading.speaker(article, 1) == "Olav Berge")
  }

  @Test func participleTakesTheSubjectOfTheVerbBeforeIt() {
    let article = Reading.article(
      "Kenya will import maize, Trade Minister Wanjiru Otieno announced Thursday, describing "
        + "the harvest as “the worst in a decade”.")
    #expect(Reading.speaker(article) == "Wanjiru Otieno")
  }

  @Test func withSubjectParticiple() {
    let article = Reading.article(
      "The government unveiled a budget on Wednesday, with Finance Minister Sean Doyle telling "
        + "parliament it was “affordable without borrowing”.")
    #expect(Reading.speaker(article) == "Sean Doyle")
    #expect(article.quotes[0].speakerMention == "Finance Minister Sean Doyle")
  }

  @Test func participleAfterAppositionOfPossessive() {
    let article = Reading.article(
      "Senator Ann Price spoke first. Her deputy, Colm Byrne, went further, saying the credit "
        + "was “a bribe with a stamp on it”.")
    #expect(Reading.speaker(article) == "Colm Byrne")
  }

  @Test func coordinatedCueSharesTheSubject() {
    let article = Reading.article(
      "Festival director Greta Lind, praised by critics for her calm, said the rules would "
        + "change but vowed to “never let it happen again”.")
    #expect(Reading.speaker(article) == "Greta Lind")
    #expect(article.quotes[0].cue == "vowed")
  }

  @Test func interruptedQuoteKeepsItsSpeaker() {
    let article = Reading.article(
      "The Dairy Farmers Association welcomed the cut. “Farmers will take any relief,” the "
        + "lobby said in a statement, “but this will not cover the costs.”")
    #expect(article.quotes[1].speakerMention == "the lobby")
  }

  @Test func quoteAloneInItsParagraphContinuesThePreviousSpeaker() {
    let article = Reading.article(
      "Minister Ola Nordmann spoke for an hour.\n\n“Caution is not paralysis,” he said.\n\n"
        + "“If we wait for certainty, we will never build a house.”")
    #expect(article.quotes[1].kind == .direct)
    #expect(Reading.speaker(article, 1) == "Ola Nordmann")
  }

  @Test func moreCueVerbs() {
    let article = Reading.article(
      "Carrow Homes cut its forecast, blaming “unprecedented” delays. "
        + "Minister Tom Hale rejected the phrase as “a slogan, not an argument”.")
    #expect(article.quotes[0].kind == .partial)
    #expect(article.quotes[0].cue == "blaming")
    #expect(Reading.speaker(article, 1) == "Tom Hale")
    #expect(article.quotes[1].cue == "rejected")
  }

  @Test func passiveAccusationHasNoSpeaker() {
    let article = Reading.article(
      "The Harbour Agency was accused on Wednesday of “sleeping at the border” by farmers.")
    #expect(Reading.speaker(article) == nil)
  }

  @Test func relativeWhoBeforeCue() {
    let article = Reading.article(
      "The delegation was led by Deputy Trade Representative Mona Stern, who said Washington "
        + "was “not going to wait”.")
    #expect(Reading.speaker(article) == "Mona Stern")
  }

  @Test func textSetOffByCommasSpeaks() {
    let article = Reading.article(
      "The paper, seen by this newspaper, said such steel was “the future of the industry”.")
    #expect(article.quotes[0].speakerMention == "The paper")
  }

  @Test func verbAfterCommaTakesTheSentenceSubject() {
    let article = Reading.article(
      "Coach Geoff Whitlow pauses, then adds, with what appears to be pride: ‘She wins most "
        + "of them.’")
    #expect(Reading.speaker(article) == "Geoff Whitlow")
    #expect(article.quotes[0].cue == "adds")
  }

  @Test func asSomeonePutsIt() {
    let article = Reading.article(
      "The players are wary, partly because, as Captain Rhodri Evans puts it, ‘she’d know "
        + "within the hour’.")
    #expect(Reading.speaker(article) == "Rhodri Evans")
    #expect(article.quotes[0].cue == "puts")
  }

  @Test func officeSpeaksForItsHolder() {
    let article = Reading.article(
      "Mayor Greg Hale left without speaking. In a statement, his office said the vote was "
        + "“a gamble with safety”.")
    #expect(Reading.speaker(article) == "Greg Hale")
    #expect(article.quotes[0].speakerMention == "his office")
  }

  @Test func whatSheCallsIsHerWords() {
    let article = Reading.article(
      "Singer Nadia Oko quit the tour in protest at what she calls a “fan tax” on tickets.")
    #expect(article.quotes[0].kind != .other)
    #expect(Reading.speaker(article) == "Nadia Oko")
  }

  @Test func wordsHeldUpAreNotSpeech() {
    let article = Reading.article(
      "Minister Tom Hale rejected the phrase “fan tax” as “a slogan”. The law allows sellers "
        + "to add a “service and security levy” of up to 5%.")
    #expect(article.quotes.map(\.kind) == [.other, .partial, .other])
  }

  @Test func postNominalLettersBeforeCue() {
    let article = Reading.article(
      "Prosecutor Kirsty Abel KC told the jury he had built his business on ‘trust and charm’.")
    #expect(Reading.speaker(article) == "Kirsty Abel")
  }

  @Test func cueIntroducingALaterQuoteIsNotTheEarlierOnes() {
    let article = Reading.article(
      "Singer Ana Oko will play free shows. Asked whether that amounted to a “deal,” her "
        + "spokesman, Dev Rao, said: “It is not a deal. It is a promise.”")
    #expect(article.quotes.map(\.kind) == [.other, .direct])
    #expect(Reading.speaker(article, 1) == "Dev Rao")
  }

  @Test func invertedCueNeedsASpeakerAfterIt() {
    let article = Reading.article(
      "Analysts were divided. Analyst Rita Sond, who rates the stock “buy,” said the cuts "
        + "were overdue.")
    #expect(article.quotes.map(\.kind) == [.other])
  }

  @Test func documentAddressedToAnOrganisationSpeaks() {
    let article = Reading.article(
      "The East Care Board met on Wednesday. Members cited what a report to the board called "
        + "“unacceptable risk” to mothers.")
    #expect(Reading.speaker(article) == nil)
    #expect(article.quotes[0].speakerMention == "a report to the board")
  }

  @Test func promiseToIsTheSubjectsWords() {
    let article = Reading.article(
      "Mayor Ruth Keller spoke first. The mayor, a former teacher, was elected in 2017 on a "
        + "promise to “keep the lights on,” a phrase she now uses with some irony.")
    #expect(article.quotes[0].kind == .partial)
    #expect(article.quotes[0].cue == "promise")
    #expect(Reading.speaker(article) == "Ruth Keller")
  }

  @Test func bareNameBeforeALongClauseIsASpeaker() {
    let article = Reading.article(
      "Some residents want faster action. Dale Hart, who owns the diner across from the mill "
        + "gates and whose trade has fallen, called the plan “a study of a study.”")
    #expect(Reading.speaker(article) == "Dale Hart")
  }

  @Test func bareNameWithPostNominalLettersIsASpeaker() {
    let article = Reading.article(
      "Daniel Ashby, 58, denies fraud. Opening the case for the prosecution, Kirsty Abel KC "
        + "told the jury that Mr Ashby had built his business on ‘trust, charm and a good "
        + "memory’.")
    #expect(Reading.speaker(article) == "Kirsty Abel")
  }

  @Test func thatWasHowNamesTheSpeakerInTheNextSentence() {
    let article = Reading.article(
      "\"It went across the river like it wasn't there.\" That was how Fire Chief Owen Strand "
        + "described the moment the embers landed.")
    #expect(article.quotes[0].kind == .direct)
    #expect(Reading.speaker(article) == "Owen Strand")
    #expect(article.quotes[0].cue == "described")
  }

  @Test func heardMutteringIsSpeech() {
    let article = Reading.article(
      "'It is always someone else's fault,' one backbencher was heard muttering as the "
        + "minister left.")
    #expect(article.quotes[0].kind != .other)
    #expect(article.quotes[0].cue == "muttering")
  }

  @Test func secondQuoteWithItsOwnCueKeepsThatCue() {
    let article = Reading.article(
      "Economist Paul Jonson told the paper that the tax was “the biggest raiser” but "
        + "warned: “It will fall on workers.”")
    #expect(article.quotes.map(\.cue) == ["told", "warned"])
    #expect(Reading.speaker(article, 1) == "Paul Jonson")
  }

  @Test func bareNameOfAFirmIsASpeaker() {
    let article = Reading.article(
      "Economists were divided. Ultan Brennan of Cork-based stockbroker Lyle & Crane said the "
        + "package was “broadly prudent”.")
    #expect(Reading.speaker(article) == "Ultan Brennan")
  }

  @Test func bareNameOfAFirmBeforeAClauseIsASpeaker() {
    let article = Reading.article(
      "Analysts were divided. Rebecca Sond of Harbor & Vale Securities, who rates the stock "
        + "“buy,” said the firm was “finally acting like a company”.")
    #expect(Reading.speaker(article, 1) == "Rebecca Sond")
  }

  @Test func nameEndingAQuoteIsNoSpeaker() {
    let article = Reading.article(
      "“I moved here because of Lincoln Park,” said Dana Price, a mother of two.")
    #expect(!Reading.names(article, .person).contains("Lincoln Park"))
    #expect(Reading.speaker(article) == "Dana Price")
  }

  @Test func quoteAloneAfterSomeoneNewIsNotThePreviousSpeakers() {
    let article = Reading.article(
      "“We will rebuild,” Mayor Ana Lind said.\n\nFarmer Tom Berg has lived by the river for "
        + "forty years.\n\n“I have never seen anything like it.”")
    #expect(Reading.speaker(article, 1) != "Ana Lind")
  }

  @Test func quoteAloneAfterAPauseContinuesTheSpeaker() {
    let article = Reading.article(
      "“We will rebuild,” Mayor Ana Lind said.\n\nShe paused and looked at the river.\n\n"
        + "“I have never seen anything like it.”")
    #expect(Reading.speaker(article, 1) == "Ana Lind")
  }

  @Test func unresolvedDescriptionIsStillTheMention() {
    let article = Reading.article(
      "Promoters are furious. The company said the cancellation would cost it “several million "
        + "pounds”.")
    #expect(article.quotes[0].speakerMention == "The company")
  }

  @Test func unnamedSpokespersonSpeaksForTheOrganisation() {
    let article = Reading.article(
      "Asked about funding, a Department of Health spokesperson said ministers were "
        + "“committed to reform”.")
    #expect(Reading.speaker(article) == "Department of Health")
    #expect(article.quotes[0].speakerMention == "a Department of Health spokesperson")
  }

  @Test func paragraphEndingInACueAndColonIntroducesTheNextQuote() {
    let article = Reading.article(
      "Prime Minister Keir Starmer addressed the conference on Tuesday. He said:\n\n"
        + "“We will build the homes this country needs.”")
    #expect(article.quotes[0].kind == .direct)
    #expect(Reading.speaker(article) == "Keir Starmer")
    #expect(article.quotes[0].cue == "said")
  }

  @Test func commonReportingVerbs() {
    let article = Reading.article(
      "“We got lucky,” coach Ana Lind conceded. “I am too old for this,” she joked. Lind "
        + "later denied that the win was “a fluke” and characterised the season as “a "
        + "rebuild”.")
    #expect(article.quotes.map(\.cue) == ["conceded", "joked", "denied", "characterised"])
    #expect(article.quotes.allSatisfy { $0.speaker != nil })
  }

  @Test func nameBeforeWhichIsNoPerson() {
    let article = Reading.article(
      "Northfield Paper, which is owned by a Montreal investment fund, said the mill had lost "
        + "money and that “no realistic level of investment” would save it.")
    #expect(!Reading.names(article, .person).contains("Northfield Paper"))
    #expect(Reading.speaker(article) == "Northfield Paper")
  }
}
