import QueryLanguage
import Testing

@Suite struct SuggestionsTests {
  @Test func distance() {
    #expect(Suggestions.distance("", "abc") == 3)
    #expect(Suggestions.distance("kitten", "sitting") == 3)
    #expect(Suggestions.distance("where", "where") == 0)
    #expect(Suggestions.distance("WHERE", "where") == 0)
    // A swap of neighbours is one edit (Damerau), not two.
    #expect(Suggestions.distance("spekaer", "speaker") == 1)
    #expect(Suggestions.distance("adn", "and") == 1)
    #expect(Suggestions.distance("startswith", "starts with") == 1)
  }

  @Test func closest() {
    let fields = ["id", "article", "text", "kind", "speaker", "speaker_mention", "via"]
    #expect(Suggestions.closest(to: "spekaer", among: fields) == "speaker")
    #expect(Suggestions.closest(to: "Speaker", among: fields) == "speaker")
    #expect(Suggestions.closest(to: "txet", among: fields) == "text")
    #expect(Suggestions.closest(to: "artcle", among: fields) == "article")
    #expect(Suggestions.closest(to: "banana", among: fields) == nil)
    #expect(Suggestions.closest(to: "wher", among: ["where", "group", "order"]) == "where")
    #expect(Suggestions.closest(to: "x", among: ["id", "a"]) == nil)
    #expect(Suggestions.closest(to: "x", among: ["X"]) == "X")
    #expect(Suggestions.closest(to: "quotse", among: ["quotes", "quoted"]) == "quotes")
  }

  @Test func anAbbreviationOfOneCandidateMeansIt() {
    let fields = ["id", "article", "text", "speaker", "speaker_mention", "cue"]
    #expect(Suggestions.closest(to: "speaker_m", among: fields) == "speaker_mention")
    #expect(Suggestions.closest(to: "TXET", among: fields) == "text")
    #expect(Suggestions.closest(to: "ud", among: fields) == "id")
    #expect(Suggestions.closest(to: "zzzzzz", among: fields) == nil)
    #expect(Suggestions.closest(to: "", among: fields) == nil)
  }

  @Test func tiesGoToTheEarliestCandidate() {
    #expect(Suggestions.closest(to: "cat", among: ["bat", "hat"]) == "bat")
    #expect(Suggestions.closest(to: "cat", among: ["hat", "bat"]) == "hat")
  }

  @Test func thresholdGrowsWithLength() {
    #expect(Suggestions.maximumDistance(for: "a") == 0)
    #expect(Suggestions.maximumDistance(for: "wher") == 1)
    #expect(Suggestions.maximumDistance(for: "speakr") == 2)
    #expect(Suggestions.maximumDistance(for: "speakermention") == 3)
    #expect(Suggestions.closest(to: "or", among: ["by"]) == nil)
    #expect(Suggestions.closest(to: "spkr", among: ["speaker"]) == nil)
  }

  @Test func nonASCII() {
    #expect(Suggestions.distance("Séoul", "seoul") == 1)
    #expect(Suggestions.closest(to: "Zelenskiy", among: ["Zelenskyy", "Zelensky"]) == "Zelenskyy")
  }
}
