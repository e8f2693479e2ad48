import NewsModel
import NewsReader
import Testing

/// Speakers named by a description no role matches ("the defender", "the Spaniard", "the
/// spokesperson", "the 31-year-old"), and the people and bodies such copy names.
@Suite struct DescriptionReferenceTests {
  @Test func unmatchedRoleNounTakesTheParagraphsSubject() {
    let article = Reading.article(
      """
      Lindhurst's captain, Halvard Pike, was sent off after 50 minutes.

      Pike was just as blunt. 'I let the lads down,' the defender told reporters.
      """)
    #expect(Reading.speaker(article) == "Halvard Pike")
  }

  @Test func descriptionOnceTakenUpKeepsItsPerson() {
    let article = Reading.article(
      """
      Javier Montes, whose side have won six in a row, was calm. "We were poor," the Spaniard \
      told reporters.

      Dara Quill scored late.

      Asked about the title, the Spaniard replied: "Ask me in May."
      """)
    #expect(Reading.speaker(article, 0) == "Javier Montes")
    #expect(Reading.speaker(article, 1) == "Javier Montes")
  }

  @Test func nationalityAdjectiveAsANounBeforeACue() {
    let article = Reading.article(
      """
      Tomas Ferreira Lenz was calm after the game. "We keep going," the Brazilian said.
      """)
    #expect(Reading.speaker(article) == "Tomas Ferreira Lenz")
  }

  @Test func theSpokespersonIsTheUnnamedSpokespersonsBody() {
    let article = Reading.article(
      """
      A spokesperson for the Interior Ministry told reporters that 11 people had been killed. \
      "This was a market," the spokesperson said.
      """)
    #expect(Reading.speaker(article) == "Interior Ministry")
  }

  @Test func ageDescriptionTakesTheSubjectNotANameInPassing() {
    let article = Reading.article(
      """
      Edward Solberg scored twice after his replacement, Danny Roache, slipped.

      The 31-year-old, who joined in the summer, did not celebrate. "I have a lot of mates \
      there," he said.
      """)
    #expect(Reading.speaker(article) == "Edward Solberg")
  }

  @Test func speakerNamedAfterAQuoteIsTheNextDescriptionsSubject() {
    let article = Reading.article(
      """
      Milo Tarrant scored. Kasper Lund added a third late on.

      'I have mates in that room,' Tarrant told reporters.

      The 31-year-old was asked about the move. 'I did not read it,' he said.
      """)
    #expect(Reading.speaker(article, 1) == "Milo Tarrant")
  }

  @Test func quoteOpeningWithIAndAContractionIsAQuote() {
    let article = Reading.article(
      """
      Whitlow was not worried. 'I'm not thinking about me,' he said. 'I've got a game.'
      """)
    #expect(article.quotes.map(\.text) == ["I'm not thinking about me,", "I've got a game."])
  }

  @Test func titleCaseLabelBeforeItsNounIsNoSpeech() {
    let article = Reading.article(
      """
      He was asked about the 'Judas Tom' back page. 'I didn't read it,' he said.
      """)
    #expect(article.quotes.filter { $0.kind != .other }.map(\.text) == ["I didn't read it,"])
  }

  @Test func wordsOnABannerAreNoSpeech() {
    let article = Reading.article(
      """
      A banner in the home end read "In Javi We Trust". "We regret it," the club said.
      """)
    #expect(article.quotes.filter { $0.kind != .other }.map(\.text) == ["We regret it,"])
  }

  @Test func organisationWordJoinsItsNameAcrossOfThe() {
    let article = Reading.article(
      """
      The Brigades of the Two Rivers said in a statement that it had "killed 20 soldiers".
      """)
    #expect(Reading.speaker(article) == "Brigades of the Two Rivers")
  }

  @Test func placeThatIsAFirstNameInAPersonsApposition() {
    let article = Reading.article(
      """
      The game turned when their captain, Jordan Pike, was sent off. "I let the lads down," \
      Pike said.
      """)
    #expect(Reading.speaker(article) == "Jordan Pike")
    #expect(!Reading.names(article, .place).contains("Jordan"))
  }

  @Test func oneNameAndAnAgeIsAPerson() {
    let article = Reading.article(
      """
      Amal, 34, who sells vegetables, heard the drone first. Amal said: "It sounded like a \
      motorbike."
      """)
    #expect(Reading.speaker(article) == "Amal")
  }
}

extension DescriptionReferenceTests {
  @Test func descriptionOpeningItsSentenceTakesTheSubjectBefore() {
    let article = Reading.article(
      """
      Juliet Marchetti has never sung on screen before.

      The actress, who stars opposite Naomi Hale in the drama, told reporters that singing \
      “scared me more than motherhood did.”
      """)
    #expect(Reading.speaker(article) == "Juliet Marchetti")
  }

  @Test func descriptionOfTheOtherSexTakesNobody() {
    let article = Reading.article(
      """
      Gregory Vance has never sung on screen before.

      The actress told reporters that singing “scared me more than anything.”
      """)
    #expect(Reading.speaker(article) == nil)
  }

  @Test func unnamedDiplomatWithInitialsIsNobody() {
    let article = Reading.article(
      """
      Estonian Foreign Minister Kadri Vessart said the ministers had a duty to act.

      One EU diplomat, speaking on condition of anonymity, said Hungary had resisted.

      "In the end everybody understood," the diplomat said.
      """)
    #expect(Reading.speaker(article) == nil)
  }

  @Test func personDescribedByTheirEmployerIsNoOrganisation() {
    let article = Reading.article(
      """
      "Everybody knows how this ends," the senior administration official said.
      """)
    #expect(Reading.names(article, .org).isEmpty)
    #expect(Reading.speaker(article) == nil)
  }

  @Test func oneWordDescribedAsACompany() {
    let article = Reading.article(
      """
      Brightwell, the company behind the popular Halo thermostats, is shutting its API.

      “We made this decision to protect the platform,” the company said in a statement.
      """)
    #expect(Reading.speaker(article) == "Brightwell")
  }

  @Test func arabicArticleOpensASurname() {
    let article = Reading.article(
      """
      Abdulaziz al-Ghamdi, an economist in Riyadh, was cautious.

      “Signing ceremonies are easy,” al-Ghamdi said.
      """)
    #expect(Reading.speaker(article) == "Abdulaziz al-Ghamdi")
  }

  @Test func placeOpensAnOrganisationWithAndInside() {
    let article = Reading.article(
      """
      The Arizona Farm and Ranch Alliance called the bill “a federal land grab.”
      """)
    #expect(Reading.speaker(article) == "Arizona Farm and Ranch Alliance")
  }

  @Test func captionedIsACue() {
    let article = Reading.article(
      """
      Juliet Marchetti posted a clip on Instagram. “Nine takes, zero regrets,” she captioned \
      the post.
      """)
    #expect(Reading.speaker(article) == "Juliet Marchetti")
  }
}

extension DescriptionReferenceTests {
  @Test func subjectAfterAnOpeningPhraseIsTakenUp() {
    let article = Reading.article(
      """
      Loretta Combs has lived in the same house since 1979.

      At Grapevine Church, which sits on a rise above the North Fork, the Rev. Dwayne Slone \
      opened the hall to 60 people.

      "The Lord did not send this water," the pastor said.
      """)
    #expect(Reading.speaker(article) == "Dwayne Slone")
  }
}

extension DescriptionReferenceTests {
  @Test func shortSingleQuotedParagraphIsNoHeading() {
    let article = Reading.article(
      """
      Kieran Oduya, 24, came off the bench to score.

      He said: 'It was great.'

      'It has been a tough few weeks,' the 24-year-old said.
      """)
    #expect(article.paragraphs.count == 3)
    #expect(
      article.quotes.indices.map { Reading.speaker(article, $0) } == [
        "Kieran Oduya", "Kieran Oduya",
      ])
  }

  @Test func officialAmongUnnamedOfficialsIsNobody() {
    let article = Reading.article(
      """
      White House press secretary Dana Whitfield said the president had been clear.

      Two administration officials, speaking on the condition of anonymity, said the threat \
      was drafted this month.

      “He heard them out,” the official said.
      """)
    #expect(Reading.speaker(article) == nil)
  }

  @Test func aPartyMemberFromAPlaceIsThePersonJustDescribed() {
    let article = Reading.article(
      """
      Gov. Maren Ostrand accused Sen. Dale Hurlock on Wednesday of stalling the bill.

      Hurlock, who sits on the agriculture committee, has asked for changes to it.

      In a statement, the Kansas Republican said he would not "sign off on a Washington \
      mandate."
      """)
    #expect(Reading.speaker(article) == "Dale Hurlock")
    #expect(Reading.entity(article, "Kansas Republican") == nil)
  }

  @Test func aPartyIsNoPartyMember() {
    let article = Reading.article(
      """
      Dale Hurlock spoke on Monday. The Kansas Republican Party said it backed the bill.
      """)
    #expect(Reading.names(article, .org) == ["Kansas Republican Party"])
  }

  @Test func aPartyBeforeARoleIsNoPartOfIt() {
    let article = Reading.article(
      """
      Oregon Gov. Teresa Lindgren on Tuesday proposed a $34.2 billion budget.

      The Democratic governor laid out the proposal in a speech, calling it "a budget for the \
      families who keep this state running."
      """)
    #expect(Reading.speaker(article) == "Teresa Lindgren")
  }
}
