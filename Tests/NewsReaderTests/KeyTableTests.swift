import Testing

@testable import NewsReader

/// `KeyTable` replaces `Dictionary<LookupKey, _>` in the alias resolver, and `DistinctStrings`
/// a `Set` beside an array for alias lists: they must answer exactly as those would.
@Suite struct KeyTableTests {
  @Test func tableAnswersLikeADictionaryWhenItGrows() {
    var table = KeyTable<Int>(capacity: 2)
    var reference: [String: Int] = [:]
    let kinds: [LookupKey.Kind] = [.person, .word, .role]
    for number in 0..<3000 {
      let kind = kinds[number % kinds.count]
      table[LookupKey(kind, "w\(number / 3)")] = number
      reference["\(kind.rawValue):w\(number / 3)"] = number
    }
    #expect(table.count == reference.count)
    for number in 0..<3000 {
      let kind = kinds[number % kinds.count]
      #expect(
        table[LookupKey(kind, "w\(number / 3)")] == reference["\(kind.rawValue):w\(number / 3)"])
    }
    // The same word under another kind is another key.
    #expect(table[LookupKey(.org, "w1")] == nil)
    #expect(table[LookupKey(.person, "")] == nil)
    table[LookupKey(.word, "w0")] = -5
    #expect(table[LookupKey(.word, "w0")] == -5)
    #expect(table.count == reference.count)
  }

  @Test func valueForKeyFilesOnlyANewKey() {
    var table = KeyTable<Int32>()
    #expect(table.value(for: LookupKey(.head, "ministry"), orInsert: 7) == 7)
    #expect(table.value(for: LookupKey(.head, "ministry"), orInsert: 9) == 7)
    #expect(
      table.value(for: LookupKey(.head, "a much longer word than fifteen bytes"), orInsert: 3) == 3)
    #expect(table[LookupKey(.head, "a much longer word than fifteen bytes")] == 3)
    #expect(table.count == 2)
  }

  @Test func distinctStringsKeepFirstUseOrderPastTheLinearLimit() {
    var strings = DistinctStrings()
    let words = (0..<100).map { "alias \($0 % 40)" }
    for word in words { strings.insert(word) }
    #expect(strings.strings == (0..<40).map { "alias \($0)" })
    strings.insert("alias 3")
    strings.insert("new")
    #expect(strings.strings.count == 41)
    #expect(strings.strings.last == "new")
  }
}
