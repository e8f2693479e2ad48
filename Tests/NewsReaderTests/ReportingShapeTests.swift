import NewsModel
import NewsReader
import Testing

/// Cues and speakers of everyday wire copy: more reporting verbs, qualified and abbreviated
/// titles, a place standing for a government, firms with an ampersand.
@Suite struct ReportingShapeTests {
  @Test func repeatedIsACue() {
    let article = Reading.article(
      """
      Prosecutor Daniel Reyes read the message aloud. "Wouldn't let go of the keys," he \
      repeated.
      """)
    #expect(article.quotes.first?.kind == .direct)
    #expect(Reading.speaker(article) == "Daniel Reyes")
  }

  @Test func anEmailedStatementIsNoCue() {
    let article = Reading.article(
      """
      The Nordic Glass Council dropped her from the jury. Asked why, the council said in an \
      emailed statement that membership "rotates as a matter of policy".
      """)
    #expect(Reading.speaker(article) == "Nordic Glass Council")
  }

  @Test func placeInTheReportedClauseIsNoSpeaker() {
    let article = Reading.article(
      """
      Finnish Foreign Minister Eero Laaksonen said in a statement that Helsinki welcomed the \
      decision "without reservation".
      """)
    #expect(Reading.speaker(article) == "Eero Laaksonen")
  }

  @Test func qualifiedRoleDescription() {
    let article = Reading.article(
      """
      Chancellor Helen Okereke defended the offer. The shadow chancellor, Anthony Deverell, \
      attacked it.

      Asked whether he would pay more, the shadow chancellor said he would 'look at the books'.
      """)
    #expect(Reading.speaker(article) == "Anthony Deverell")
  }

  @Test func courtesyTitleLeavesTheRoleAroundTheName() {
    let article = Reading.article(
      """
      The shadow chancellor, Sir Anthony Deverell, accused the government of 'making a bad \
      situation worse'.
      """)
    #expect(Reading.entity(article, "Anthony Deverell")?.role == "shadow chancellor")
  }

  @Test func titleInitialsStandForTheTitle() {
    let article = Reading.article(
      """
      Chief Financial Officer Dirk Vossberg said tariffs had cost the company dearly.

      Cash flow shrank. "We are not satisfied with that number," the CFO said.
      """)
    #expect(Reading.speaker(article) == "Dirk Vossberg")
  }

  @Test func ampersandInsideTheSpeakersFirm() {
    let article = Reading.article(
      """
      "The China story is getting worse," Marlowe & Finch analyst Priya Natarajan said in a \
      note to clients.
      """)
    #expect(Reading.speaker(article) == "Priya Natarajan")
  }
}

extension ReportingShapeTests {
  @Test func partyAndStateAfterALawmakersName() {
    let article = Reading.article(
      """
      "We are not going to be rushed," Sen. Susan Maddox, R-Maine, told reporters.
      """)
    #expect(Reading.speaker(article) == "Susan Maddox")
    #expect(!Reading.names(article, .place).contains("Maine"))
  }
}

extension ReportingShapeTests {
  @Test func britishRanksAndMissAreTitles() {
    let article = Reading.article(
      """
      Prosecutor Amira Haq opened the case. "He struck once," Miss Haq said.

      Det Sgt Claire Whitfield said the sentence was fair.
      """)
    #expect(Reading.speaker(article) == "Amira Haq")
    #expect(Reading.names(article, .person) == ["Amira Haq", "Claire Whitfield"])
  }

  @Test func barePoliceIsTheForceNamed() {
    let article = Reading.article(
      """
      Det Sgt Claire Whitfield, of Cleveland Police, led the inquiry.

      In a statement, police said: "Violence of this kind has no place on our streets."
      """)
    #expect(Reading.speaker(article) == "Cleveland Police")
  }
}

extension ReportingShapeTests {
  @Test func anOutletToldSomethingIsNoPerson() {
    let article = Reading.article(
      """
      Juliet Marchetti told Vanity Fair that she turned down “a lot of capes.”
      """)
    #expect(Reading.names(article, .person) == ["Juliet Marchetti"])
  }

  @Test func bodyNamedInAppositionToADescription() {
    let article = Reading.article(
      """
      The film’s studio, Halverson Pictures, said in a statement that screenings had drawn \
      “extraordinary” reactions.
      """)
    #expect(Reading.speaker(article) == "Halverson Pictures")
  }

  @Test func awardsAndContractionsNameNobody() {
    let article = Reading.article(
      """
      She won the best actress Oscar in 2019. “The most fearless actor I’ve worked with,” \
      Felix Raines said.
      """)
    #expect(Reading.names(article, .person) == ["Felix Raines"])
  }

  @Test func quoteSignedWithADashOnTheNextLine() {
    let article = Reading.article(
      """
      The minister spoke in the Commons this morning.

      "Nobody in this country should have to choose between heating and eating."
      — Energy Secretary Ed Marlow

      Charities said the package fell short.
      """)
    #expect(Reading.speaker(article) == "Ed Marlow")
    #expect(article.quotes.first?.cue == nil)
  }
}

extension ReportingShapeTests {
  @Test func westAfricanRanksAndHonorificsAreTitles() {
    let article = Reading.article(
      """
      The Force Public Relations Officer, ACP Emeka Obi, said the squad had been deployed.

      Alhaji Musiliu Akande denied that his men started the fight, saying they had come \
      "armed and ready for war".
      """)
    #expect(Reading.names(article, .person) == ["Emeka Obi", "Musiliu Akande"])
    #expect(Reading.speaker(article) == "Musiliu Akande")
  }

  @Test func longAppositionBetweenTheQuoteAndTheCue() {
    let article = Reading.article(
      """
      "We are seeing the disease in new counties," Dr. Renee Halvorsen, chief of the CDC's \
      fungal diseases branch, told reporters on a call.
      """)
    #expect(Reading.speaker(article) == "Renee Halvorsen")
  }

  @Test func labelAfterAnOwnerIsNoSpeech() {
    let article = Reading.article(
      """
      Many took out loans under the government's "Safe Home" subsidy scheme, and the \
      school's "zero period" band class will move.
      """)
    #expect(article.quotes.allSatisfy { $0.kind == .other })
  }

  @Test func quoteTheNextWordsCallAName() {
    let article = Reading.article(
      """
      Students wore T-shirts printed with "Sleep First Hollis Creek," the name of a campaign.
      """)
    #expect(article.quotes.allSatisfy { $0.kind == .other })
  }

  @Test func oneGivenNameBesideASpeechVerb() {
    let article = Reading.article(
      """
      "I love this school," said Maya, a junior.

      Ethan, a sophomore who plays soccer, said he was worried. "Nobody's thought about us," \
      he said.
      """)
    #expect(Reading.speaker(article, 0) == "Maya")
    #expect(Reading.speaker(article, 1) == "Ethan")
  }

  @Test func embassyIsNamedWithItsCity() {
    let article = Reading.article(
      """
      The Chinese embassy in Seoul said it hoped South Korea would "view the measures \
      objectively".
      """)
    #expect(Reading.speaker(article) == "Chinese embassy in Seoul")
  }
}

extension ReportingShapeTests {
  @Test func continuingIsNoCue() {
    let article = Reading.article(
      """
      A spokesman for the eastern group, Col Taras Hnatiuk, told the BBC that fighting was \
      continuing "on the edges of the village".
      """)
    #expect(Reading.speaker(article) == "Taras Hnatiuk")
    #expect(article.quotes.first?.cue == "told")
  }

  @Test func oneNameTheTextGivesAsSomeones() {
    let article = Reading.article(
      """
      A drone operator who gave his name only as Serhiy described the attacks. "They come in \
      twos and threes," he said through an interpreter.
      """)
    #expect(Reading.speaker(article) == "Serhiy")
  }
}

extension ReportingShapeTests {
  @Test func firstOfTwoSurnamesIsTheShortName() {
    let article = Reading.article(
      """
      Interior Minister Néstor Arango Peñaloza spoke at the palace.

      “There were senators who told us they would vote yes,” Arango said.
      """)
    #expect(Reading.speaker(article) == "Néstor Arango Peñaloza")
  }

  @Test func butSaidSharesTheSentencesSubject() {
    let article = Reading.article(
      """
      The talks resumed on Monday.

      Chinese delegate Zhou Min did not respond directly to the call but said developed \
      countries had "historic responsibility".
      """)
    #expect(Reading.speaker(article) == "Zhou Min")
  }
}

extension ReportingShapeTests {
  @Test func personBeforeTheBodyInAnApposition() {
    let article = Reading.article(
      """
      The court sentenced him on Friday.

      Det Sgt Claire Whitfield, of Cleveland Police, who led the investigation, said the \
      sentence reflected "the sheer brutality" of the attack.
      """)
    #expect(Reading.speaker(article) == "Claire Whitfield")
  }

  @Test func abbreviatedTitleFindsItsDescription() {
    let article = Reading.article(
      """
      Gov. Linda Marcum declared a state of emergency.

      Speaking at a briefing, the governor said the number of damaged homes would "certainly \
      climb."
      """)
    #expect(Reading.speaker(article) == "Linda Marcum")
  }

  @Test func pronounAfterAReportTakesTheReporter() {
    let article = Reading.article(
      """
      Gov. Brent Hollister blamed the senator. Sen. Dale Whitacre said the governor was \
      "rewriting history."

      "Now he wants to blame me," he said.
      """)
    #expect(Reading.speaker(article, 1) == "Dale Whitacre")
  }
}

extension ReportingShapeTests {
  @Test func honorificIsNoRoleAndTellsTheSex() {
    let article = Reading.article(
      """
      Alhaji Yakubu Gwarzo spoke first at the meeting. The trader Adaeze Okafor spoke next.

      "We warned them for weeks," he said.
      """)
    #expect(Reading.entity(article, "Yakubu Gwarzo")?.role == nil)
    #expect(Reading.speaker(article) == "Yakubu Gwarzo")
  }
}

extension ReportingShapeTests {
  @Test func dayBetweenTheSubjectAndTheCue() {
    let article = Reading.article(
      """
      The bypolls are next month.

      Chief Minister Devendra Nath Sahu on Thursday promised jobs and accused the opposition \
      of "looting the state for 15 years".
      """)
    #expect(Reading.speaker(article) == "Devendra Nath Sahu")
  }
}

extension ReportingShapeTests {
  @Test func roleTheListsDoNotHoldBetweenCueAndName() {
    let article = Reading.article(
      """
      Frogs sing higher in cities.

      "That is the part that surprised us," says co-author Tomás Rebelo, a doctoral student in \
      the lab.
      """)
    #expect(Reading.speaker(article) == "Tomás Rebelo")
  }
}
