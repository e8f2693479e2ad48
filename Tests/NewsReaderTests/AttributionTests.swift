import NewsModel
import NewsReader
import Testing

@Suite struct AttributionTests {
  @Test func quoteThenSubjectThenVerb() {
    let article = Reading.article("“The bridge will open in May,” Mayor Ana Ruiz said.")
    #expect(Reading.speaker(article) == "Ana Ruiz")
    #expect(article.quotes[0].cue == "said")
    #expect(article.quotes[0].kind == .direct)
  }

  @Test func quoteThenVerbThenSubject() {
    let article = Reading.article("\"We are ready,\" said Tom Hale, a local farmer.")
    #expect(Reading.speaker(article) == "Tom Hale")
    #expect(Reading.entity(article, "Tom Hale")?.role == "local farmer")
  }

  @Test func subjectVerbColon() {
    let article = Reading.article("Engineer Sofia Brandt said: “The work starts now.”")
    #expect(Reading.speaker(article) == "Sofia Brandt")
    #expect(article.quotes[0].kind == .direct)
    #expect(article.quotes[0].speakerMention == "Sofia Brandt")
  }

  @Test func reportedSpeechThatClause() {
    let article = Reading.article(
      "Engineer Sofia Brandt said that the old design was “a disaster waiting to happen”.")
    #expect(Reading.speaker(article) == "Sofia Brandt")
    #expect(article.quotes[0].kind == .partial)
  }

  @Test func vowedTo() {
    let article = Reading.article(
      "The Transport Workers Union vowed to “fight every single cut” this spring.")
    #expect(Reading.speaker(article) == "Transport Workers Union")
    #expect(article.quotes[0].cue == "vowed")
  }

  @Test func accordingTo() {
    let article = Reading.article(
      "The Ministry of Trade published figures.\n\n"
        + "According to the ministry, exports fell “sharply and suddenly” in winter.")
    #expect(Reading.speaker(article) == "Ministry of Trade")
    #expect(article.quotes[0].cue == "according to")
    #expect(article.quotes[0].speakerMention == "the ministry")
  }

  @Test func heResolvesToLatestPerson() {
    let article = Reading.article(
      "Analyst Mia Berg studied the data for weeks.\n\n“Prices will fall,” she said.")
    #expect(Reading.speaker(article) == "Mia Berg")
    #expect(article.quotes[0].speakerMention == "she")
  }

  @Test func itResolvesToLatestOrganisation() {
    let article = Reading.article(
      "Analyst Mia Berg praised Greenfield Energy Group on Monday.\n\n"
        + "“This is a milestone for the region,” it said.")
    #expect(Reading.speaker(article) == "Greenfield Energy Group")
    #expect(article.quotes[0].speakerMention == "it")
  }

  @Test func unresolvablePronounIsNil() {
    let article = Reading.article("“Nobody knows,” he said.")
    #expect(article.quotes[0].speaker == nil)
    #expect(article.quotes[0].speakerMention == "he")
    #expect(article.quotes[0].cue == "said")
  }

  @Test func relayingOutletIsVia() {
    let article = Reading.article(
      "Mayor Ana Ruiz said the tunnel would “change everything”, "
        + "the Harbor News Agency reported.")
    #expect(Reading.speaker(article) == "Ana Ruiz")
    #expect(article.quotes[0].via.map { article.entities[$0].name } == "Harbor News Agency")
  }

  @Test func thirdPersonWordsBelongToTheOutlet() {
    let article = Reading.article(
      "Mayor Ana Ruiz visited the site.\n\n"
        + "Ruiz “praised the workers for their effort”, the Harbor News Agency said.")
    #expect(Reading.speaker(article) == "Harbor News Agency")
  }

  @Test func agreeingIsNotACue() {
    let article = Reading.article(
      "The two cities agreed to “share the costs fairly”, the Harbor News Agency reported.")
    #expect(Reading.speaker(article) == "Harbor News Agency")
    #expect(article.quotes[0].cue == "reported")
  }

  @Test func participleCueTakesTheClauseSubject() {
    let article = Reading.article(
      "The Harbor News Agency ran an editorial on Friday, calling the plan “reckless”.")
    #expect(Reading.speaker(article) == "Harbor News Agency")
    #expect(article.quotes[0].cue == "calling")
  }

  @Test func commentarySpeaksForItsAuthor() {
    let article = Reading.article(
      "The commentary by columnist Dag Moe appeared on Friday.\n\n"
        + "“The plan is reckless,” the commentary said.")
    #expect(Reading.speaker(article) == "Dag Moe")
    #expect(article.quotes[0].speakerMention == "the commentary")
  }

  @Test func hailedAs() {
    let article = Reading.article(
      "Mayor Ana Ruiz hailed the vote as “a victory for every commuter”.")
    #expect(Reading.speaker(article) == "Ana Ruiz")
    #expect(article.quotes[0].cue == "hailed")
  }
}

@Suite struct StateBodyTests {
  @Test func nationalMilitaryAndTheArmy() {
    let article = Reading.article(
      "Rockets hit the border, the Norwegian military said.\n\n"
        + "The army said its jets had hit “more than 100 launchers”.")
    #expect(Reading.names(article, .org) == ["Norwegian military"])
    #expect(Reading.speaker(article) == "Norwegian military")
    #expect(article.quotes[0].speakerMention == "The army")
  }

  @Test func titleWithOf() {
    let article = Reading.article(
      "Secretary of State Ana Lund, speaking in Cairo, said talks were “close”.")
    #expect(Reading.entity(article, "Ana Lund")?.role == "Secretary of State")
    #expect(Reading.speaker(article) == "Ana Lund")
  }

  @Test func personsOfficeSpeaks() {
    let article = Reading.article(
      "Prime Minister Jon Dahl met the envoy.\n\n"
        + "Dahl's office said the talks were “frank”. The meeting was “useful”, it said.")
    #expect(Reading.speaker(article, 1) == "Dahl's office")
  }
}

@Suite struct TitledSpeakerTests {
  @Test func titleIsNotPartOfTheName() {
    let article = Reading.article("“It is not fair,” said Councilman Theo Marchetti.")
    #expect(Reading.speaker(article) == "Theo Marchetti")
  }

  @Test func placeBeforeTitleIsPartOfTheRole() {
    let article = Reading.article("“We will rebuild,” said Kamloops Mayor Tessa Whitcombe-Ng.")
    #expect(Reading.speaker(article) == "Tessa Whitcombe-Ng")
  }

  @Test func postNominalLettersAreNotPartOfTheName() {
    let article = Reading.article("“He lied,” said Kirsty Abernethy KC.")
    #expect(Reading.speaker(article) == "Kirsty Abernethy")
  }

  @Test func irishDeputyLettersAreNotPartOfTheName() {
    let article = Reading.article(
      """
      The party's health spokeswoman, Niamh Carley TD, said the hospital had "built the walls \
      before it hired the people."
      """)
    #expect(Reading.speaker(article) == "Niamh Carley")
  }

  @Test func withARoleAndANameSayingIsThatPerson() {
    let article = Reading.article(
      """
      Castle Vale Town have signed the striker Tobias Lind for a club-record fee, with \
      manager Paulo Ferreira saying the deal was "the one we had to get right".
      """)
    #expect(Reading.speaker(article) == "Paulo Ferreira")
  }

  @Test func aSourceCloseToSomeoneIsNotThem() {
    let article = Reading.article(
      """
      Jamie Coultard did not speak to reporters. A person close to Coultard said he was \
      "frustrated but professional" and wanted to play.
      """)
    #expect(article.quotes.count == 1)
    #expect(Reading.speaker(article) == nil)
  }

  @Test func aBodyReportingAVoteDoesNotArgueForTheVoter() {
    let article = Reading.article(
      """
      The decision was not unanimous. Deputy Governor Ingrid Sandvik voted to keep the rate at \
      2.0%, the bank said, arguing that inflation could prove "more persistent than our \
      forecast assumes."
      """)
    #expect(Reading.speaker(article) == "Ingrid Sandvik")
  }

  @Test func aSeatInBracketsAfterTheNameBeforeTheCue() {
    let article = Reading.article(
      """
      “Nobody on this board wanted to move a single child,” board chair Denise Whitaker \
      (At Large) said before the vote.
      """)
    #expect(article.quotes.first?.kind == .direct)
    #expect(Reading.speaker(article) == "Denise Whitaker")
  }

  @Test func aNameWithAnAgeAndARelativeClauseBeforeTheCue() {
    let article = Reading.article(
      """
      Lorraine Whitcombe, 67, whose family home on Ventura Street burned in the fire, said the \
      fee waiver was “nice, but it’s not the problem.”
      """)
    #expect(Reading.speaker(article) == "Lorraine Whitcombe")
  }

  @Test func aFullNameAfterTheSurnameAloneTakesItOver() {
    let article = Reading.article(
      """
      Eastmoor come from behind to end winless run

      Eastmoor Athletic 3–2 Wrexley Rovers

      Keane strikes twice in second half after Okafor’s early double
      Preston says his side ‘found something’ at the break

      Tom Ashworth at Cobden Road

      Sat 13 Mar 2027 17.21 GMT

      For 45 minutes it looked like the same old story for Eastmoor. By the end of a \
      breathless afternoon at Cobden Road, Rhys Preston’s side had their first win in months.

      “I said to the lads at half-time that we had nothing to lose,” Preston said.
      """, date: nil)
    #expect(Reading.speaker(article, article.quotes.count - 1) == "Rhys Preston")
    #expect(Reading.entity(article, "Preston") == nil)
  }

  @Test func courtesyTitleConfirmsEarlierFullName() {
    let text =
      "Victor Lanza, the company's chief executive, flew in on Monday.\n\n"
      + "“I understand the anger,” Mr. Lanza said."
    let article = Reading.article(text)
    #expect(Reading.speaker(article) == "Victor Lanza")
    #expect(Reading.entity(article, "Victor Lanza")?.role != "Mr.")
  }

  @Test func courtesyTitleChoosesBetweenNamesakes() {
    let text =
      "Councilwoman Dana Hale voted against Mayor Gregory Hale on Tuesday.\n\n"
      + "“I do not love this contract,” Ms. Hale said. “Nobody has shown me why,” she said."
    let article = Reading.article(text)
    #expect(Reading.speaker(article, 0) == "Dana Hale")
    #expect(Reading.speaker(article, 1) == "Dana Hale")
  }
}

@Suite struct PronounTests {
  @Test func pronounConfirmsUnknownFullName() {
    let text =
      "Ingrid Solheim was 61 years old when she decided to stop.\n\n"
      + "“I told everyone I was done,” she says."
    let article = Reading.article(text)
    #expect(Reading.speaker(article) == "Ingrid Solheim")
  }

  @Test func pronounSkipsPersonOfTheOtherPronoun() {
    let text =
      "Councilwoman Dana Hale met Mr. Gregory Hale on Monday.\n\n“No deal,” she said."
    let article = Reading.article(text)
    #expect(Reading.speaker(article) == "Dana Hale")
  }
}

@Suite struct AppositionSpeakerTests {
  @Test func nameAfterRoleAfterCue() {
    let text =
      "The Harbour Board met on Monday. “We did not take this lightly,” said the board’s "
      + "chief executive, Dr. Helen Markwick."
    let article = Reading.article(text)
    #expect(Reading.speaker(article) == "Helen Markwick")
  }

  @Test func pronounAfterNameFollowedByLaterMention() {
    let text =
      "The state’s superintendent, Evelyn Marsh-Tanaka, spoke last week. "
      + "“Tacoma is not an outlier,” she said."
    let article = Reading.article(text)
    #expect(Reading.speaker(article) == "Evelyn Marsh-Tanaka")
  }
}

@Suite struct LearnedPronounTests {
  @Test func pronounLearnedFromEarlierText() {
    let text =
      "Graham Pettifer spoke on Monday. He defended the plan.\n\n"
      + "Nadia Okoro cancelled her show. She said the levy was wrong.\n\n"
      + "Pettifer took aim at Okoro directly. “I respect her music,” he said."
    let article = Reading.article(text)
    let last = article.quotes.count - 1
    #expect(Reading.speaker(article, last) == "Graham Pettifer")
  }

  @Test func skipperIsARole() {
    let text =
      "Skipper Tam McBride has fished out of the port since 1990.\n\n"
      + "“It was our money,” he said."
    let article = Reading.article(text)
    #expect(Reading.speaker(article) == "Tam McBride")
  }
}
