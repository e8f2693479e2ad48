import Testing

@testable import NewsReader

/// `WordTable` replaces `Set<String>` and `Dictionary` for the word lists: it must answer
/// exactly as they would, by string and by bytes, however many words it holds.
@Suite struct WordTableTests {
  @Test func setAnswersLikeASet() {
    let words: WordSet = ["said", "told", "people's", "state-run", "ça"]
    #expect(words.contains("said"))
    #expect(words.contains("state-run"))
    #expect(words.contains("people's"))
    #expect(words.contains("ça"))
    #expect(!words.contains("sai"))
    #expect(!words.contains("saidx"))
    #expect(!words.contains("Said"))
    #expect(!words.contains(""))
    #expect(words.contains("people's minister".prefix(8)))
  }

  @Test func tableKeepsEveryWordWhenItGrows() {
    var table = WordTable<Int>()
    let words = (0..<5000).map { "w\($0)" }
    for (value, word) in words.enumerated() { table[word] = value }
    #expect(table.count == words.count)
    for (value, word) in words.enumerated() { #expect(table[word] == value) }
    #expect(table["w5000"] == nil)
    table["w7"] = 70
    #expect(table["w7"] == 70)
    #expect(table.count == words.count)
  }

  @Test func bytesFindTheSharedWord() {
    let map: WordMap<Int> = ["monday": 1, "may": 5]
    #expect(map["may"] == 5)
    #expect(map["june"] == nil)
    #expect(map.keys == ["monday", "may"])
    var table = WordTable<Int>()
    table["monday"] = 1
    let found = Array("monday".utf8).withUnsafeBufferPointer { table.entry(bytes: $0) }
    #expect(found?.word == "monday")
    #expect(found?.value == 1)
    let missing = Array("monda".utf8).withUnsafeBufferPointer { table.entry(bytes: $0) }
    #expect(missing == nil)
  }

  @Test func commonWordsKeepTheirFlags() {
    // Sharing strings for common words must not change what the lists say about them.
    #expect(WordFlags.of("the", hyphenated: false).contains(.determiner))
    #expect(WordFlags.of("said", hyphenated: false).contains(.roleStop))
    #expect(WordFlags.of("three-year", hyphenated: true) == .numberCompound)
    // A sentence starter, and in no other list.
    #expect(WordFlags.of("however", hyphenated: false) == .sentenceStarter)
  }
}
