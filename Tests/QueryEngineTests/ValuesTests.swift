import QueryEngine
import Testing

/// `values(of:in:)`: distinct values for completion.
@Suite struct ValuesTests {
  let engine = QueryEngine(corpus: Fixture.corpus)

  @Test func entityFieldsGiveNamesAndAliases() {
    #expect(
      engine.values(of: "speaker", in: "quotes") == [
        "KCNA", "Korean Central News Agency", "Lee", "Lee Jae-myung", "Pieter van Laar",
        "Pyongyang’s state media", "van Laar",
      ])
  }

  @Test func textIsDistinctAndSortedIgnoringCase() {
    #expect(engine.values(of: "cue", in: "quotes") == ["called", "said"])
    #expect(engine.values(of: "type", in: "Entities") == ["org", "person", "place"])
    #expect(
      engine.values(of: "name", in: "people") == [
        "Lee Jae-myung", "Lee Seong-kweun", "Pieter van Laar",
      ])
  }

  @Test func listsGiveTheirElementsAndNullsAreLeftOut() {
    #expect(engine.values(of: "aliases", in: "people") == ["Lee", "van Laar"])
    #expect(engine.values(of: "role", in: "people") == ["Lawmaker", "President"])
    #expect(engine.values(of: "headings", in: "articles") == ["Deepening ties"])
  }

  @Test func numbersAsWritten() {
    #expect(engine.values(of: "value", in: "numbers") == ["4.8", "600"])
    #expect(engine.values(of: "number", in: "paragraphs") == ["1", "2", "3"])
  }

  @Test func dottedPaths() {
    #expect(engine.values(of: "speaker.type", in: "quotes") == ["org", "person"])
    #expect(engine.values(of: "article.date", in: "quotes") == ["2025-05-06"])
  }

  @Test func unknownNamesGiveNothing() {
    #expect(engine.values(of: "speakr", in: "quotes").isEmpty)
    #expect(engine.values(of: "speaker", in: "quots").isEmpty)
    #expect(engine.values(of: "text.x", in: "quotes").isEmpty)
    #expect(engine.values(of: "", in: "quotes").isEmpty)
  }
}
