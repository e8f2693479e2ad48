import Testing

/// Numbers compare numerically; null compares false with everything but `!=`; lists compare
/// true when any element does.
@Suite struct NumericAndNullTests {
  @Test func integersAndDecimals() throws {
    #expect(try ids("sentences where id > 5") == [6, 7])
    #expect(try ids("sentences where id <= 2") == [1, 2])
    #expect(try ids("sentences where id < 2.5") == [1, 2])
    #expect(try ids("numbers where value >= 600") == [1])
    #expect(try ids("numbers where value = 4.8") == [2])
    #expect(try ids("numbers where value == 600") == [1])
    #expect(try ids("numbers where value > 4.79 and value < 4.81") == [2])
    #expect(try ids("numbers where value < 1000000") == [1, 2])
  }

  @Test func quotedNumbersAreNumbers() throws {
    #expect(try ids("sentences where id = '3'") == [3])
    #expect(try ids("sentences where id in (1, \"7\")") == [1, 7])
  }

  @Test func nullNeverComparesTrue() throws {
    #expect(try ids("numbers where value < 5") == [2])
    #expect(try ids("numbers where value >= 0") == [1, 2])
    #expect(try ids("people where role = President") == [1, 4])
    #expect(try ids("people where role contains p") == [1, 4])
    #expect(try ids("people where role matches '.*'") == [1, 2, 4])
  }

  @Test func notEqualHoldsForNull() throws {
    #expect(try ids("numbers where value != 600") == [2, 3])
    #expect(try ids("people where role != President") == [2, 3])
  }

  @Test func isNullAndIsNotNull() throws {
    #expect(try ids("numbers where value is null") == [3])
    #expect(try ids("numbers where qualifier is not null") == [1])
    #expect(try ids("people where role is null") == [3])
    #expect(try ids("paragraphs where heading is not null") == [3])
  }

  @Test func listsCompareTrueWhenAnyElementDoes() throws {
    #expect(try ids("people where aliases = lee") == [1])
    #expect(try ids("orgs where aliases contains state") == [2])
    #expect(try ids("articles where headings = 'deepening TIES'") == [1])
    #expect(try ids("entities where aliases in (kcna, 'van laar')") == [5, 6])
    #expect(try ids("entities where aliases == kcna").isEmpty)
  }

  @Test func listNotEqualIsNoElementEqual() throws {
    #expect(try ids("people where aliases != lee") == [2, 3, 4])
    #expect(try ids("articles where headings != 'deepening ties'") == [2])
  }

  @Test func aListIsNeverNullEvenWhenEmpty() throws {
    #expect(try ids("entities where aliases is null").isEmpty)
    #expect(try ids("articles where headings is not null") == [1, 2])
  }
}
