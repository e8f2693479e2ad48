import Testing

/// `matches`: a regular expression, case-insensitive, found anywhere in the text.
@Suite struct RegexTests {
  @Test func matchesIsCaseInsensitiveAndUnanchored() throws {
    #expect(try ids("sentences where text matches 'the .*claptrap'") == [3])
    #expect(try ids("sentences where text matches '^lawmaker'") == [2])
    #expect(try ids("sentences where text matches '[0-9]+(\\.[0-9]+)?%'") == [6])
    #expect(try ids("all_quotes where text matches '^oldboy$'") == [3])
  }

  @Test func patternsKeepTheirEscapes() throws {
    // Folding must not lowercase the pattern: \D is not \d.
    #expect(try ids("numbers where text matches '^\\D+$'") == [3])
  }

  @Test func typographicVariantsMatchAlike() throws {
    #expect(try ids("sentences where text matches \"KCNA's\"") == [4])
    #expect(try ids("quotes where text matches 'rebuild - slowly'") == [3])
  }

  @Test func anInvalidPatternIsADiagnosticAtTheLiteral() throws {
    let failure = try #require(diagnose("sentences where text matches 'a(b'"))
    #expect(failure.words == "'a(b'")
    #expect(failure.diagnostic.message.hasPrefix("invalid regular expression 'a(b': "))
    #expect(failure.diagnostic.message.count > "invalid regular expression 'a(b': ".count)
  }
}
