import NewsModel
import NewsReader
import Testing

/// Organisation names recognised whole, and the descriptions that stand for them.
@Suite struct OrganisationReferenceTests {
  @Test func pluralPossessiveInsideAnOrganisationName() {
    let article = Reading.article(
      """
      The Welsh Dairy Farmers’ Federation welcomed the cut. “Farmers will take any relief,” \
      the federation said.
      """)
    #expect(Reading.names(article, .org) == ["Welsh Dairy Farmers’ Federation"])
    #expect(Reading.speaker(article) == "Welsh Dairy Farmers’ Federation")
  }

  @Test func andInsideAnOrganisationName() {
    let article = Reading.article(
      "The filing was sent to the Securities and Exchange Commission on Monday.")
    #expect(Reading.names(article, .org) == ["Securities and Exchange Commission"])
  }

  @Test func descriptionInAppositionIsTheOrganisation() {
    let article = Reading.article(
      """
      The Metro Springs Water Authority, the utility that serves the valley, said its \
      reservoirs were low.

      "We are planning for a dry fall," the utility said.
      """)
    #expect(Reading.speaker(article) == "Metro Springs Water Authority")
  }

  @Test func nameInAppositionToWhatItIsIsAnOrganisation() {
    let article = Reading.article(
      """
      The importer, Southern Cross Grain Traders, said the container had been sealed.

      "We have cooperated fully," the company said.
      """)
    #expect(Reading.names(article, .org) == ["Southern Cross Grain Traders"])
    #expect(Reading.speaker(article) == "Southern Cross Grain Traders")
  }

  @Test func companyNamedByWhatItBuilds() {
    let article = Reading.article(
      """
      British housebuilder Tarrow Homes cut its forecast. The company said sales were \
      “unusually weak”.
      """)
    #expect(Reading.names(article, .org) == ["Tarrow Homes"])
    #expect(Reading.speaker(article) == "Tarrow Homes")
  }

  @Test func companySuffixAfterACommaIsPartOfTheName() {
    let article = Reading.article(
      """
      Lumen Bio, Inc. (Nasdaq: LMNB), a clinical-stage biotechnology company, reported \
      results. Lumen Bio will host a call.

      "We look forward to sharing the data," the company said.
      """)
    #expect(Reading.speaker(article) == "Lumen Bio, Inc.")
    #expect(Reading.entity(article, "Lumen Bio, Inc.")?.aliases.contains("Lumen Bio") == true)
  }

  @Test func aLoneGenericHeadWordRefersBack() {
    let article = Reading.article(
      """
      The decision was taken by the West Harbour Care Board on Wednesday. Board members voted \
      nine to two.

      The board said in a statement that "every response was read".
      """)
    #expect(Reading.names(article, .org) == ["West Harbour Care Board"])
    #expect(Reading.speaker(article) == "West Harbour Care Board")
  }

  @Test func organisationQualifyingARoleIsNotTheSubject() {
    let article = Reading.article(
      """
      The Lindenau Film Festival ended on Sunday.

      Festival director Greta Haas, known for her refusal to bend, said the rules would \
      change but vowed to "never let it happen again".
      """)
    #expect(Reading.speaker(article) == "Greta Haas")
  }
}

/// Organisations told apart from people by what the sentence says about them.
@Suite struct OrganisationShapeTests {
  @Test func appositionSayingWhatANameIs() {
    let article = Reading.article(
      """
      IG Stahlbau, Germany's largest industrial union, said it would fight the plan. "This \
      is a betrayal," the union said.
      """)
    #expect(Reading.names(article, .person).isEmpty)
    #expect(Reading.speaker(article) == "IG Stahlbau")
    #expect(Reading.entity(article, "IG Stahlbau")?.aliases.contains("the company") == false)
  }

  @Test func anAcronymIsNoSurname() {
    let article = Reading.article(
      """
      The head of NHS Wales, Amanda Price, has warned of a hard winter. "We will fix the \
      NHS," she said.
      """)
    #expect(Reading.names(article, .person) == ["Amanda Price"])
  }

  @Test func organisationWordBeforeARoleIsPartOfTheRole() {
    let article = Reading.article(
      "Press secretary Karine Lamont told reporters: \"The president will sign it.\"")
    #expect(Reading.names(article, .org).isEmpty)
    #expect(Reading.speaker(article) == "Karine Lamont")
  }

  @Test func aSpeakingThingWithAWhichClauseIsABody() {
    let article = Reading.article(
      """
      Promoters are furious. Northgate Live, which was promoting the tour, said in a \
      statement that it was "deeply disappointed".
      """)
    #expect(Reading.names(article, .org) == ["Northgate Live"])
    #expect(Reading.speaker(article) == "Northgate Live")
  }

  @Test func leadingWordsOfALongerNameAreThatOrganisation() {
    let article = Reading.article(
      """
      The whistle at the Eastfield Paper Company mill sounded at dawn for a century.

      Eastfield Paper, which is owned by an investment fund, said in a statement that \
      "no realistic level of investment" would have saved it.
      """)
    #expect(Reading.names(article, .org) == ["Eastfield Paper Company"])
    #expect(Reading.speaker(article) == "Eastfield Paper Company")
  }

  @Test func placeLedAgencyNameRunsOverOfAndAnd() {
    let article = Reading.article(
      "The Vermont Agency of Commerce and Community Development has promised a grant.")
    #expect(
      Reading.names(article, .org) == ["Vermont Agency of Commerce and Community Development"])
  }

  @Test func organisationWordBeforeForMakesAnOrganisation() {
    let article = Reading.article(
      """
      The Institute for Tax Studies, an independent think tank, said the numbers did not \
      add up. The institute said it would publish "a full analysis" on Tuesday.
      """)
    #expect(Reading.names(article, .person).isEmpty)
    #expect(Reading.speaker(article) == "Institute for Tax Studies")
  }

  @Test func footballClubNamesAreOrganisations() {
    let article = Reading.article(
      "Clydeside Athletic beat Barrowfield United 2-1 on Saturday.")
    #expect(Reading.names(article, .org) == ["Clydeside Athletic", "Barrowfield United"])
    #expect(Reading.names(article, .person).isEmpty)
  }

  @Test func aVagueHeadTakesTheOrganisationJustNamed() {
    let article = Reading.article(
      """
      Human Rights Watch said the strikes could amount to war crimes. "Attacking civilian \
      infrastructure is prohibited," the group said in a report.
      """)
    #expect(Reading.speaker(article) == "Human Rights Watch")
  }

  @Test func aCountrysAirForceIsAnOrganisation() {
    let article = Reading.article(
      """
      Drones struck power plants overnight, Ukraine's air force said. "The enemy is \
      targeting our energy system," it said.
      """)
    #expect(Reading.speaker(article) == "Ukraine's air force")
  }

  @Test func titleWordBeforeACountryIsAnAgency() {
    let article = Reading.article(
      "Smoke drifted south overnight, and Environment Canada issued air quality warnings.")
    #expect(Reading.names(article, .person).isEmpty)
    #expect(Reading.names(article, .org) == ["Environment Canada"])
  }

  @Test func namesWithDigitsAreNoPeople() {
    let article = Reading.article(
      "The lead candidate, LMR-204, met the primary endpoint of the VERITAS-2 Phase 2 trial.")
    #expect(Reading.names(article, .person).isEmpty)
  }

  @Test func outletsSchoolsAndServiceFirmsAreOrganisations() {
    let article = Reading.article(
      """
      In a letter seen by the Eastern Daily Courier, the closure of Eastside Elementary was \
      blamed on Okafor Marine Services.
      """)
    #expect(
      Reading.names(article, .org) == [
        "Eastern Daily Courier", "Eastside Elementary", "Okafor Marine Services",
      ])
  }

  @Test func theCompanyIsTheBusinessJustNamedWhenNoneIsCalledACompany() {
    let article = Reading.article(
      """
      Costa Verde Maritima, which runs the main terminal in Antofagasta, said it had \
      diverted four ships to Peru.

      The dockers' union said the stoppage would continue until the talks resumed.

      The company said its automation plans were "gradual" and would cost no jobs.
      """)
    #expect(Reading.speaker(article) == "Costa Verde Maritima")
  }

  @Test func theCompanyIsNeverAUnionOrAMinistry() {
    let article = Reading.article(
      """
      The National Federation of Dock Workers said the strike would go on.

      The company said its automation plans were "gradual".
      """)
    #expect(Reading.speaker(article) == nil)
  }

  @Test func aNameInsideAQuoteIsNotWhomTheGroupMeans() {
    let article = Reading.article(
      """
      "We are in favour of easier travel," said Marta Oberholzer, secretary-general of the \
      Coastal Ferry Operators Alliance, which represents private lines. "The Harbour \
      Commission has written a plan for resellers, not for passengers."

      The group said in a statement that the plans would "undermine investment".
      """)
    #expect(Reading.speaker(article, 2) == "Coastal Ferry Operators Alliance")
  }

  @Test func aWordDescribedAsAnOrganisationInAppositionIsOne() {
    let article = Reading.article(
      """
      Ticket platforms welcomed the proposal. Tripwell, a Dutch booking site, said the rules \
      were "long overdue."
      """)
    #expect(Reading.speaker(article) == "Tripwell")
    #expect(Reading.entity(article, "Tripwell")?.type == .org)
  }

  @Test func aWordDescribedAsAPersonIsNoOrganisation() {
    let article = Reading.article(
      """
      Tripwell, a Dutch booking engineer, said the rules were "long overdue."
      """)
    #expect(Reading.entity(article, "Tripwell")?.type != .org)
  }

  @Test func anUnknownWordAfterTheThatSpeaksIsABody() {
    let article = Reading.article(
      """
      The Nordbank said in a statement that the economy was "recovering more slowly than \
      hoped."
      """)
    #expect(Reading.speaker(article) == "Nordbank")
    #expect(Reading.entity(article, "Nordbank")?.type == .org)
  }

  @Test func supervisorIsATitle() {
    let article = Reading.article(
      """
      Supervisor Elena Marsh-Duran, whose district includes the town, said the county had \
      heard "loud and clear" that fees were keeping people away.
      """)
    #expect(Reading.speaker(article) == "Elena Marsh-Duran")
  }
}
