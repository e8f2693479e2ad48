import NewsModel
import NewsReader
import Testing

/// Titles, honorifics and occupations written before a name are the role, not the name.
@Suite struct NameTitleTests {
  @Test func qualifiedTitleComesOffTheName() {
    let article = Reading.article(
      """
      The vote on the new depot was delayed again on Monday.

      Harbour Board Chair Nora Pellworth said the vote would go ahead. "Waiting costs money," \
      she said.
      """)
    #expect(Reading.speaker(article) == "Nora Pellworth")
    #expect(Reading.entity(article, "Nora Pellworth")?.role == "Harbour Board Chair")
  }

  @Test func titleWithAnAbbreviationAndInitialsComesOff() {
    let article = Reading.article(
      """
      The trial of the two brothers opened on Monday.

      Assistant U.S. Attorney Brendan Szarka said the scheme was deliberate. "They knew," \
      Szarka said.

      Municipal Administration Minister K. Velmurugan said the works would finish in June. \
      "We are ready," he said.
      """)
    #expect(Reading.speaker(article, 0) == "Brendan Szarka")
    #expect(Reading.speaker(article, 1) == "K. Velmurugan")
  }

  @Test func occupationAndHonorificOpeningASentenceComeOff() {
    let article = Reading.article(
      """
      The jazz club on the corner is closing after forty years.

      Saxophonist Lena Ferreiro said the club had been her second home. "It hurts," she said.

      Moderator Paul Hinsley closed the meeting. "Go home," he said.

      Smt Lakshmi Venkatesan said the ward needed water. "We wait every day," she said.
      """)
    #expect(Reading.speaker(article, 0) == "Lena Ferreiro")
    #expect(Reading.speaker(article, 1) == "Paul Hinsley")
    #expect(Reading.speaker(article, 2) == "Lakshmi Venkatesan")
  }

  @Test func aTownClubIsNoPersonAPronounTakes() {
    let article = Reading.article(
      """
      Late goal settles the derby

      Marek Dolny scored twice as Harrowby Town beat Kessel Rovers 3-1 on Saturday. \
      Harrowby Town had lost four in a row. "We needed that," he said.
      """)
    #expect(Reading.speaker(article) == "Marek Dolny")
    #expect(Reading.entity(article, "Harrowby Town")?.type != .person)
  }
}

/// Roles written in lower case before a name make it a person a pronoun can take.
@Suite struct LowerCaseRoleTests {
  @Test func memberRoleInAnAppositionMakesThePersonAPronounTakes() {
    let article = Reading.article(
      """
      Tax row splits the council

      The mayor of Easthaven, Dana Whitmore, said the city would raise its hotel tax. \
      "We have no other choice," Whitmore said.

      Her rival, council member Tom Brannick, disagreed. "This is a mistake," he told \
      reporters.
      """)
    #expect(Reading.speaker(article, 1) == "Tom Brannick")
    #expect(Reading.entity(article, "Tom Brannick")?.role == "council member")
  }

  @Test func lowerCaseOccupationIsARole() {
    let article = Reading.article(
      """
      The jazz club on the corner is closing after forty years.

      The club's founder was joined on stage by cellist Ines Varga, who said it was a sad \
      night. "I learned everything here," she said.
      """)
    #expect(Reading.entity(article, "Ines Varga")?.role == "cellist")
  }
}

/// A surname that looks like a gerund is still a name; the person spoken of is not
/// the speaker.
@Suite struct SurnameReferenceTests {
  @Test func surnameEndingInIngOpeningASentenceIsThePerson() {
    let article = Reading.article(
      """
      Derby settled late

      Town manager Gary Felling made three changes at half-time. Rovers captain Tom Aske was \
      booked in the 71st minute.

      Felling, whose side have won four of their last five games, refused to talk about \
      promotion. "No chance," he said.
      """)
    #expect(Reading.speaker(article) == "Gary Felling")
  }

  @Test func thePersonSpokenOfIsNotThePronounsSpeaker() {
    let article = Reading.article(
      """
      Derby settled late

      Reece Mallin scored the winner for Town in the 94th minute.

      "He's a fearless kid," Gary Pellow said of Mallin. "He doesn't know enough to be \
      nervous yet."

      "Long may that last," he added.
      """)
    #expect(Reading.speaker(article, 2) == "Gary Pellow")
  }
}

/// A party named before a member's letters describes the member, it names nobody.
@Suite struct PartyQualifierTests {
  @Test func partyBeforeMemberLettersIsNoPerson() {
    let article = Reading.article(
      """
      Ferry timetable halved

      Morven Talisker, the Scottish Green MSP whose seat covers the islands, said the cuts \
      were a disgrace.

      "Nobody will believe it is a surprise," she said.
      """)
    #expect(Reading.speaker(article) == "Morven Talisker")
    #expect(Reading.entity(article, "Scottish Green") == nil)
  }
}

/// Two people sharing a surname are told apart by the pronoun that follows a bare surname.
@Suite struct SharedSurnameTests {
  @Test func pronounAfterTheSurnamePicksThePersonOfThatGender() {
    let article = Reading.article(
      """
      Quota cuts anger fishing families

      Alan Trevask, who has fished out of the harbour for 30 years, said the cuts were too deep. \
      "It's the final nail," he said.

      His wife, Jenna Trevask, runs the family's shop. "We've let two people go," she said.

      Fisheries minister Colm Dervan defended the decision. "Stocks are low," he said.

      Trevask said he would join a protest next week. "We're not going away," he said.
      """)
    #expect(Reading.speaker(article, 3) == "Alan Trevask")
  }
}

/// Bodies named in wire copy without an organisation word of the usual kind.
@Suite struct MoreOrganisationTests {
  @Test func treasuryPartiesAndResearchFirmsAreOrganisations() {
    let article = Reading.article(
      """
      Budget plans draw fire

      A spokesperson for the Treasury said the government was committed to the plan. Labour \
      said the figures did not add up. Analysts at Halvorsen Market Intelligence and the \
      Brennan Endowment for Regional Peace were also sceptical, as were economists at \
      Pellham Economics.
      """)
    let orgs = Reading.names(article, .org)
    #expect(orgs.contains("Treasury"))
    #expect(orgs.contains("Labour"))
    #expect(orgs.contains("Halvorsen Market Intelligence"))
    #expect(orgs.contains("Brennan Endowment for Regional Peace"))
    #expect(orgs.contains("Pellham Economics"))
  }
}

/// Kinship nouns before a name say the person's gender.
@Suite struct KinshipRoleTests {
  @Test func wifeNamedInAppositionIsNoHe() {
    let article = Reading.article(
      """
      Quota cuts anger fishing families

      Alan Pendeen said the cuts were too deep.

      His wife, Jenna Pendeen, runs the family's shop. "It's the final nail," he said.
      """)
    #expect(Reading.entity(article, "Jenna Pendeen")?.role == "wife")
    #expect(Reading.speaker(article) == "Alan Pendeen")
  }
}

/// An acronym described by an organisation noun right after it is that organisation.
@Suite struct AcronymDescriptionTests {
  @Test func acronymBeforeNewsAgencyIsAnOrganisation() {
    let article = Reading.article(
      """
      Rationing extended

      Water rationing will continue through August, the official PARNA news agency reported \
      on Sunday.
      """)
    #expect(Reading.entity(article, "PARNA")?.type == .org)
  }
}
