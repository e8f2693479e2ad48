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

  @Test func surnameWithParticlesInsideTheFullName() {
    let article = Reading.article(
      """
      Chilean director Marta de la Vega Rojas won the top prize on Saturday.

      De la Vega, 41, dedicated the award to her mother. "This is for her," she said.
      """)
    #expect(Reading.speaker(article) == "Marta de la Vega Rojas")
    #expect(Reading.entity(article, "Marta de la Vega Rojas")?.aliases == ["De la Vega"])
    #expect(Reading.names(article, .person) == ["Marta de la Vega Rojas"])
  }

  @Test func surnameOfSeveralWordsConfirmsAnEarlierFullName() {
    let article = Reading.article(
      """
      The prize went to a documentary by Portuguese filmmaker Rui Manuel de Sá Lopes about \
      river ferries. De Sá Lopes said he had made the film "with no money at all".
      """)
    #expect(Reading.speaker(article) == "Rui Manuel de Sá Lopes")
  }

  @Test func pronounSkipsTheOwnerInAPossessive() {
    let article = Reading.article(
      """
      The delegation was led by Piet Brouwer. Brouwer said the plan had support.

      Dr. Anna Brouwer, an expert who is Piet Brouwer's sister, said both sides had a point.

      "My brother is right," she said.
      """)
    #expect(Reading.speaker(article, 0) == "Anna Brouwer")
  }

  @Test func roleInAPossessiveAppositionAndTheRoleAlone() {
    let article = Reading.article(
      """
      Ruth Keller, the town's mayor for nine years, says the mill mattered. A state agency \
      has promised a grant for a study, according to officials in Community Development.

      The mayor is cautious. "A grant is not a cleanup," she said.
      """)
    #expect(Reading.entity(article, "Ruth Keller")?.role == "mayor")
    #expect(Reading.speaker(article) == "Ruth Keller")
  }

  @Test func capitalisedTitleWithoutANameIsThePerson() {
    let article = Reading.article(
      """
      Mayor Greg Hale defended the contract. Councilman Luis Ferro said the bids were few.

      Ms. Dana Hale said she had raised her concerns with the Mayor in September. She said he \
      had told her, "Trust the process."
      """)
    #expect(Reading.speaker(article) == "Greg Hale")
  }

  @Test func pronounSkipsANameInsideAnotherPersonsApposition() {
    let article = Reading.article(
      """
      Mayor Greg Hale defended the contract.

      Her neighbour, Walt Hale, no relation to the Mayor, said he had stopped driving. \
      "I take the long way," he said.
      """)
    #expect(Reading.speaker(article) == "Walt Hale")
  }

  @Test func aNameInAppositionSpeaksNotTheWordsBeforeIt() {
    let article = Reading.article(
      """
      The MP for North Norfolk, Tom Beeston, wrote to the minister. In the letter, he \
      described the closure as "a betrayal of every family".
      """)
    #expect(Reading.speaker(article) == "Tom Beeston")
    #expect(Reading.names(article, .person) == ["Tom Beeston"])
  }

  @Test func dutchAndArabicParticlesStayInTheName() {
    let article = Reading.article(
      """
      The port's chief executive, Marieke ter Horst, welcomed the deal. The city's mayor, \
      Karim el-Amrani, called it "a new chapter".
      """)
    #expect(Reading.names(article, .person) == ["Marieke ter Horst", "Karim el-Amrani"])
  }

  @Test func anAgeInCommasMakesAPerson() {
    let article = Reading.article(
      """
      Superintendent Mark Delacroix said the plan was sound.

      One of the last speakers was Mateo Ruiz, 11, a pupil at the school. "She knows my \
      name," he said.
      """)
    #expect(Reading.speaker(article) == "Mateo Ruiz")
  }

  @Test func postNominalLettersMakeAPersonAndMrPicksTheMan() {
    let article = Reading.article(
      """
      The first witness, Joan Pratt, said she had trusted him. "I believed him," Mrs Pratt said.

      Cross-examined by Owen Pratt KC for the defence, she agreed she had signed.

      "You will hear that the markets turned," Mr Pratt said.
      """)
    #expect(Reading.speaker(article, 1) == "Owen Pratt")
  }

  @Test func titledSurnameIsThePersonWithThatTitle() {
    let article = Reading.article(
      """
      The study was led by Dr. Lee Ji-eun of the institute. Its director, Lee Seung-ho, \
      welcomed it.

      Dr. Lee said her team would begin a trial. "Every day," she said.
      """)
    #expect(Reading.speaker(article) == "Lee Ji-eun")
  }

  @Test func pronounIsNotTheAgentOfItsOwnClause() {
    let article = Reading.article(
      """
      Senator Priya Raman pressed the agency's head, Helen Karas, on the lapse.

      Karas told the hearing the authority would report back. Asked by Raman whether anyone \
      would lose their job, she replied: "That is a matter for me."
      """)
    #expect(Reading.speaker(article) == "Helen Karas")
  }

  @Test func theyAfterAPluralGroupOfPeopleIsNobody() {
    let article = Reading.article(
      """
      The Concert Promoters' Association said the levy was fair.

      Okoro's fans, who call themselves the "Lantern Army," have responded by organising \
      what they describe as "listening parties" outside the arenas.
      """)
    #expect(article.quotes.last?.speaker == nil)
  }

  @Test func particlesBeforeABareSurnameBelongToIt() {
    let article = Reading.article(
      """
      Economy Minister Pieter van Laar defended the deal.

      "This is not charity," van Laar told a news conference.
      """)
    #expect(article.quotes[0].speakerMention == "van Laar")
    #expect(Reading.speaker(article) == "Pieter van Laar")
  }

  @Test func surnameBeforeAGenerationSuffix() {
    let article = Reading.article(
      """
      Acme said its chief executive, John O'Brien Jr., would step down. "This was a \
      difficult quarter," O'Brien said.
      """)
    #expect(Reading.speaker(article) == "John O'Brien Jr.")
  }

  @Test func unnamedPersonKeepsTheGenderOfItsNoun() {
    let article = Reading.article(
      """
      Mel Strode called the plan "a raid on pensioners".

      Police said a 34-year-old man had been arrested. A spokeswoman for the force said he \
      was being held. "Officers responded within minutes," she said.
      """)
    #expect(Reading.speaker(article, 1) == nil)
  }

  @Test func bareSurnameStaysWithThePersonAlreadyCalledByIt() {
    let article = Reading.article(
      """
      Judge Sarah Wit jailed Marcus Hale for eight years. Hale, 52, had pleaded not guilty.

      Hale's wife, Emma Hale, who was in court, wept as the sentence was read. She declined \
      to comment.

      His lawyer, Richard Bell, said Hale would appeal. "My client maintains his innocence," \
      Hale said in a statement.
      """)
    #expect(Reading.speaker(article) == "Marcus Hale")
    #expect(Reading.entity(article, "Emma Hale")?.aliases.isEmpty == true)
  }

  @Test func ageAloneRefersToThePersonJustNamed() {
    let article = Reading.article(
      """
      Former finance minister Carla Mendes announced her candidacy on Monday, and the \
      54-year-old said she would focus on housing.
      """)
    #expect(Reading.entity(article, "Carla Mendes")?.aliases.contains("the 54-year-old") == true)
  }

  @Test func nameBrokenOverALineIsOneName() {
    let article = Reading.article(
      """
      The match was decided late.

      Rennie scored, shooting low past goalkeeper Tomas
      Hrubý, who got a hand to the ball.

      "I should save that," Hrubý said.
      """)
    #expect(Reading.names(article, .person) == ["Tomas Hrubý"])
    #expect(Reading.speaker(article) == "Tomas Hrubý")
  }

  @Test func pronounPrefersTheSubjectToAPrepositionalObject() {
    let article = Reading.article(
      """
      Goalkeeper Tomas Hrubý had a fine night. Then striker Kieran Mulgrew outpaced his brother \
      before lifting a shot over Hrubý. He did not celebrate.

      "I didn't want to rub it in," he said.
      """)
    #expect(Reading.speaker(article) == "Kieran Mulgrew")
  }

  @Test func moreRoleNounsNameAPerson() {
    let article = Reading.article(
      """
      The referee, Laura Dunn, showed nine yellow cards. "It was a hard game," the referee \
      said.
      """)
    #expect(Reading.speaker(article) == "Laura Dunn")
  }

  @Test func anUnnamedSpokespersonSpeaksForTheirOrganisation() {
    let article = Reading.article(
      """
      Mel Strode called the plan "a raid on pensioners".

      A spokeswoman for the Metropolitan Police said a man had been held. "Officers \
      responded within minutes," she said.
      """)
    #expect(Reading.speaker(article, 1) == "Metropolitan Police")
  }
}
