import Testing

/// Entity-valued fields (`speaker`, `via`, `entity`): `=` takes the name, an alias, or a run of
/// whole words of the name; `==` only the exact name.
@Suite struct EntityComparisonTests {
  @Test(arguments: [
    ("Lee", [1]),
    ("Jae-myung", [1]),
    ("'Lee Jae-myung'", [1]),
    ("'lee jae-myung'", [1]),
    ("Jae", []),
    ("'van Laar'", [3]),
    ("laar", [3]),
    ("Pieter", [3]),
    ("'Pieter Laar'", []),
    ("'Laar van'", []),
    ("KCNA", [2]),
    ("kcna", [2]),
    ("'Korean Central'", [2]),
    ("'Central News Agency'", [2]),
    ("\"Pyongyang's state media\"", [2]),
    ("Agen", []),
  ])
  func equalMatchesNameAliasOrWholeWords(value: String, expected: [Int]) throws {
    #expect(try ids("quotes where speaker = \(value)") == expected)
  }

  @Test func aSurnameSharedByTwoPeopleMatchesBoth() throws {
    // Lee Seong-kweun is mentioned but never quoted: `speaker = Lee` finds Lee Jae-myung only,
    // while mentions of either Lee match.
    #expect(try ids("mentions where entity = Lee") == [1, 4, 9])
    #expect(try ids("mentions where entity = Seong-kweun") == [4])
  }

  @Test func exactEqualIsTheNameCaseSensitive() throws {
    #expect(try ids("quotes where speaker == 'Lee Jae-myung'") == [1])
    #expect(try ids("quotes where speaker == 'lee jae-myung'").isEmpty)
    #expect(try ids("quotes where speaker == Lee").isEmpty)
    #expect(try ids("quotes where speaker == KCNA").isEmpty)
  }

  @Test func notEqualIsNotEqualAndKeepsNullSpeakers() throws {
    #expect(try ids("quotes where speaker != Lee") == [2, 3, 4])
    #expect(try ids("quotes where via != Yonhap") == [2, 3, 4])
  }

  @Test func inUsesEntityEquality() throws {
    #expect(try ids("quotes where speaker in (KCNA, 'van Laar')") == [2, 3])
    #expect(try ids("quotes where speaker in (Jae)").isEmpty)
  }

  @Test func textOperatorsTestNameAndAliases() throws {
    #expect(try ids("quotes where speaker contains central") == [2])
    #expect(try ids("quotes where speaker starts with kc") == [2])
    #expect(try ids("quotes where speaker ends with \"state media\"") == [2])
    #expect(try ids("quotes where speaker matches '^pieter'") == [3])
    #expect(try ids("quotes where speaker contains Jae") == [1])
  }

  @Test func orderingComparesTheName() throws {
    #expect(try ids("quotes where speaker < L") == [2])
  }

  @Test func nullTests() throws {
    #expect(try ids("quotes where speaker is null") == [4])
    #expect(try ids("quotes where speaker is not null") == [1, 2, 3])
    #expect(try ids("quotes where via is null") == [2, 3, 4])
    #expect(try ids("quotes where speaker = Lee or speaker is null") == [1, 4])
  }
}
