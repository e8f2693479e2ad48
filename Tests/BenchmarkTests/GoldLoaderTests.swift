import ReaderScoring
import Testing

/// The gold JSON shape, read without Foundation, on the bench's fixtures and edge cases.
@Suite struct GoldLoaderTests {
  @Test func loadsEveryFixture() throws {
    let names = try FixtureFiles.names()
    #expect(names == ["dressing-room", "harbour-vote", "repeated-words"])
    for name in names {
      let gold = try GoldLoader.load(json: FixtureFiles.text("gold/\(name).json"))
      #expect(gold.article == "articles/\(name).txt")
      #expect(!gold.quotes.isEmpty)
    }
  }

  @Test func readsQuoteFields() throws {
    let gold = try GoldLoader.load(json: FixtureFiles.text("gold/harbour-vote.json"))
    #expect(gold.quotes.count == 4)
    #expect(gold.quotes[0].text == "keep every berth open")
    #expect(gold.quotes[0].kind == "partial")
    #expect(gold.quotes[0].paragraph == 1)
    #expect(gold.quotes[0].acceptedSpeakers == ["Ilsa Brennholt", "Portvale Harbour Board"])
    #expect(gold.quotes[3].text == "a gamble with other people\u{2019}s money")
    #expect(gold.otherQuotes == ["blue book"])
    #expect(gold.title == nil)
  }

  @Test func readsTitleAndNullSpeaker() throws {
    let gold = try GoldLoader.load(json: FixtureFiles.text("gold/dressing-room.json"))
    #expect(gold.title == "The coach who kept the keys")
    #expect(gold.quotes[2].speaker == nil)
    #expect(gold.quotes[2].acceptedSpeakers == [nil])
  }

  @Test func otherQuotesMayBeObjectsAndOtherKindMoves() throws {
    let json = #"""
      {"quotes": [{"text": "Iron Lady", "kind": "other"}, {"text": "go", "speaker": "A"}],
       "other_quotes": [{"text": "blue book"}, "red line"]}
      """#
    let gold = try GoldLoader.load(json: json)
    #expect(gold.quotes.map(\.text) == ["go"])
    #expect(gold.otherQuotes == ["Iron Lady", "blue book", "red line"])
  }

  @Test func malformedGoldIsAnError() {
    #expect(throws: GoldLoadError.self) { try GoldLoader.load(json: #"{"quotes": [ {"text": "a"#) }
    #expect(throws: GoldLoadError.self) { try GoldLoader.load(json: #"{"metadata": {}}"#) }
  }

  @Test func parserHandlesEscapes() throws {
    let value = try JSONParser.parse(#"["a\"b\\c\u2019\n", 1.5e2, -3, true, null, {}]"#)
    #expect(
      value
        == .array([
          .string("a\"b\\c\u{2019}\n"), .number(150), .number(-3), .bool(true), .null,
          .object([:]),
        ]))
    #expect(try JSONParser.parse(#""\ud83d\ude00""#) == .string("\u{1F600}"))
  }
}
