import NewsModel
import NewsReader
import Testing

/// A person's given name tells which pronoun fits them, unless the text says otherwise.
@Suite struct GivenNameTests {
  @Test func sheSkipsAManNamedLaterThanTheWoman() {
    let article = Reading.article(
      """
      Karen Holt has run the clinic for a decade. Last spring Tobias Brand, a nurse from \
      Bergen, joined the staff.

      "We never closed, not for one day," she said.
      """)
    #expect(Reading.speaker(article) == "Karen Holt")
  }

  @Test func heSkipsAWomanNamedLaterThanTheMan() {
    let article = Reading.article(
      """
      Gregory Vance opened the yard in 1989. Deborah Finch joined in 1995 and still keeps the \
      books.

      "Nobody wanted boats then," he said.
      """)
    #expect(Reading.speaker(article) == "Gregory Vance")
  }

  @Test func courtesyTitleOutranksTheGivenName() {
    // "Marian" is mostly a woman's name in English, a man's in Polish: "Mr." settles it.
    let article = Reading.article(
      """
      Mr. Marian Kowal spoke first at the hearing. Anne Lacey, a neighbour, spoke after him.

      "The river has moved before," he said.
      """)
    #expect(Reading.speaker(article) == "Marian Kowal")
  }

  @Test func familyNameWrittenFirstTellsNothing() {
    // "Kim" is a woman's given name in English but a family name here: "he" still fits.
    let article = Reading.article(
      """
      Kim Jae-won, the union's negotiator, met the managers on Monday.

      "We are not moving," he said.
      """)
    #expect(Reading.speaker(article) == "Kim Jae-won")
  }

  @Test func aLoneWordIsNoGivenName() {
    // "Avery" alone may be a surname: it says nothing about who "she" is.
    let article = Reading.article(
      """
      Coach Avery said the squad was tired. "We need the break," she said.
      """)
    #expect(Reading.speaker(article) == "Avery")
  }
}

extension GivenNameTests {
  @Test func aNameOfTheOtherSexElsewhereStillTakesALonePronoun() {
    // "Ola" is mostly a woman's name in the census lists, a man's in Norway: with nobody else
    // for "he", he is Ola Nordmann.
    let article = Reading.article(
      """
      Ola Nordmann spoke for an hour at the harbour meeting.

      "Caution is not paralysis," he said.
      """)
    #expect(Reading.speaker(article) == "Ola Nordmann")
  }
}

extension GivenNameTests {
  @Test func oneGivenNameAloneTellsTheSex() {
    let article = Reading.article(
      """
      "I love this school," said Maya, a junior. Principal Victor Anand listened.

      "I think they heard us," she said.
      """)
    #expect(Reading.speaker(article, 1) == "Maya")
  }

  @Test func unnamedStudentIsNobody() {
    let article = Reading.article(
      """
      "I love this school," said Maya, a junior.

      A senior who asked not to be named said her friends had jobs. "I lose a shift a week," \
      she said.
      """)
    #expect(Reading.speaker(article, 1) == nil)
  }

  @Test func unnamedOfficialDescribedByTheirEmployer() {
    let article = Reading.article(
      """
      White House spokesperson Tessa Marchetti said the position had not changed.

      A senior administration official said, speaking on condition of anonymity, that a deal \
      was close. "The number was never the point," the official said.
      """)
    #expect(Reading.speaker(article) == nil)
  }
}

extension GivenNameTests {
  @Test func whomSomethingWasToldIsNoLaterShe() {
    let article = Reading.article(
      """
      U.S. District Judge Anita Ferreira spoke first.

      Lorraine Whitcombe, sentenced separately, wept as she told the judge she had been afraid.

      "I knew it was wrong by the second year," she said.
      """)
    #expect(Reading.speaker(article) == "Lorraine Whitcombe")
  }
}

extension GivenNameTests {
  @Test func oneNameDescribedAsSomeone() {
    let article = Reading.article(
      """
      Theo, a sophomore who plays on the soccer team, said practices would end after dark. \
      "Nobody's thought about us," he said.
      """)
    #expect(Reading.speaker(article) == "Theo")
  }
}
