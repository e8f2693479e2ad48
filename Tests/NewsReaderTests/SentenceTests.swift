import NewsReader
import Testing

@Suite struct SentenceTests {
  private func sentences(_ body: String) -> [String] {
    Reading.article(body).sentences.map(\.text)
  }

  @Test func titlesAndPlaceAbbreviations() {
    #expect(
      sentences("Dr. Ana Ruiz met Gov. Tom Hale in St. Paul on Friday. They talked.") == [
        "Dr. Ana Ruiz met Gov. Tom Hale in St. Paul on Friday.", "They talked.",
      ])
  }

  @Test func initials() {
    #expect(
      sentences("Mara T. Olsen spoke first. Then she left.") == [
        "Mara T. Olsen spoke first.", "Then she left.",
      ])
  }

  @Test func decimalsAndDottedCountries() {
    #expect(
      sentences("Growth hit 4.8 percent as the U.S. economy grew. Jobs rose.") == [
        "Growth hit 4.8 percent as the U.S. economy grew.", "Jobs rose.",
      ])
  }

  @Test func monthAbbreviationsAndNumbers() {
    #expect(
      sentences("The law took effect Jan. 5 under No. 12 of the code. Few noticed.") == [
        "The law took effect Jan. 5 under No. 12 of the code.", "Few noticed.",
      ])
  }

  @Test func quotedSentenceWithAttribution() {
    #expect(
      sentences("\"We will win,\" he said. \"We always do.\"") == [
        "\"We will win,\" he said.", "\"We always do.\"",
      ])
  }

  @Test func quotedQuestionWithAttribution() {
    #expect(
      sentences("“Why now?” she asked. Nobody answered.") == [
        "“Why now?” she asked.", "Nobody answered.",
      ])
  }

  @Test func sentenceInsideClosingQuote() {
    #expect(
      sentences("He said: “The deal is done.” The talks ended.") == [
        "He said: “The deal is done.”", "The talks ended.",
      ])
  }
}
