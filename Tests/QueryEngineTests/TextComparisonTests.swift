import Testing

/// Text fields: case and typographic variants are ignored by every operator except `==`.
@Suite struct TextComparisonTests {
  @Test func equalIgnoresCase() throws {
    #expect(try ids("quotes where cue = SAID") == [1, 3, 4])
    #expect(try ids("quotes where cue = 'Said'") == [1, 3, 4])
  }

  @Test func exactEqualIsCaseSensitive() throws {
    #expect(try ids("quotes where cue == said") == [1, 3, 4])
    #expect(try ids("quotes where cue == Said").isEmpty)
  }

  @Test func notEqualIsNotEqual() throws {
    #expect(try ids("quotes where cue != said") == [2])
    // null is never `=`, so it is always `!=`.
    #expect(try ids("all_quotes where cue != said") == [2, 3])
    #expect(try ids("all_quotes where not cue = said") == [2, 3])
  }

  @Test func containsStartsWithEndsWith() throws {
    #expect(try ids("sentences where text contains SEOUL") == [1])
    #expect(try ids("sentences where text starts with 'the korean'") == [3])
    #expect(try ids("sentences where text ends with 'friday.'") == [7])
    #expect(try ids("sentences where text contains 'Ukraine'").isEmpty)
  }

  @Test func typographicVariantsCompareAlike() throws {
    // The text has KCNA’s (U+2019); the query writes a plain apostrophe, and the reverse.
    #expect(try ids("sentences where text contains \"KCNA's\"") == [4])
    #expect(try ids("people where aliases contains 'Pyongyang\\'s'").isEmpty)
    #expect(try ids("orgs where aliases = \"pyongyang's state media\"") == [2])
    #expect(try ids("quotes where text contains 'rebuild - slowly'") == [3])
    #expect(try ids("quotes where text contains 'rebuild — slowly'") == [3])
    #expect(try ids("sentences where text contains '\"No comment,\"'") == [7])
    #expect(try ids("sentences where text contains '‘deter'").isEmpty)
  }

  @Test func inMatchesAnyListedValue() throws {
    #expect(try ids("quotes where cue in (called, SAID)") == [1, 2, 3, 4])
    #expect(try ids("quotes where kind in (direct)") == [3, 4])
    #expect(try ids("quotes where kind in (other)").isEmpty)
  }

  @Test func orderingOperatorsCompareFoldedText() throws {
    #expect(try ids("quotes where cue < d") == [2])
    #expect(try ids("quotes where cue >= SAID") == [1, 3, 4])
    #expect(try ids("people where name <= 'lee jae-myung'") == [1, 4])
  }

  @Test func datesCompareAsText() throws {
    #expect(try ids("dates where resolved > 2025-01-01") == [2])
    #expect(try ids("dates where resolved < 2025") == [1])
    #expect(try ids("dates where resolved = 2024") == [1])
    // An unknown date is neither before nor after anything.
    #expect(try ids("articles where date > 2025-01-01") == [1])
    #expect(try ids("articles where date <= 2025-01-01").isEmpty)
  }

  @Test func numbersWrittenInATextComparisonAreText() throws {
    #expect(try ids("numbers where text = 600") == [1])
    #expect(try ids("numbers where text = '4.8%'") == [2])
  }

  @Test func booleanCombinations() throws {
    #expect(try ids("quotes where cue = said and kind = direct") == [3, 4])
    #expect(try ids("quotes where cue = called or kind = direct") == [2, 3, 4])
    #expect(try ids("quotes where not (cue = called or kind = direct)") == [1])
  }
}
