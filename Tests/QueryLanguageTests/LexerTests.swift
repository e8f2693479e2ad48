import QueryLanguage
import Testing

@Suite struct LexerTests {
  /// The kinds and `start-end` ranges of the tokens of `text`, without the final `.end`.
  func lex(_ text: String) -> [(Token.Kind, String)] {
    Lexer.tokenize(text).dropLast().map { ($0.kind, "\($0.range.start)-\($0.range.end)") }
  }

  func kinds(_ text: String) -> [Token.Kind] { lex(text).map(\.0) }

  @Test func tokensAndRanges() {
    let tokens = lex("quotes where speaker.type = Kim")
    #expect(
      tokens.map(\.0) == [
        .word("quotes"), .word("where"), .word("speaker"), .punctuation(.dot), .word("type"),
        .op("="), .word("Kim"),
      ])
    #expect(tokens.map(\.1) == ["0-6", "7-12", "13-20", "20-21", "21-25", "26-27", "28-31"])
  }

  @Test func endTokenSitsAtTheEnd() {
    let tokens = Lexer.tokenize("a  ")
    #expect(tokens.count == 2)
    #expect(tokens[1].isEnd)
    #expect(tokens[1].range == SourceRange(start: 3, end: 3))
  }

  @Test func nonASCIIStringRangesAreUTF8Bytes() {
    // ’ is three bytes in UTF-8: the string token is 1 + 11 + 3 + 1 + 1 bytes long.
    let tokens = Lexer.tokenize(#"text = "Pyongyang’s" x"#)
    #expect(tokens[2].kind == .string("Pyongyang’s"))
    #expect(tokens[2].range == SourceRange(start: 7, end: 22))
    #expect(tokens[3].kind == .word("x"))
    #expect(tokens[3].range == SourceRange(start: 23, end: 24))
  }

  @Test func typographicQuotes() {
    #expect(kinds("“Kim said”") == [.string("Kim said")])
    #expect(kinds("‘Pyongyang’s test’ x") == [.string("Pyongyang’s test"), .word("x")])
    #expect(kinds(#""a “b” c""#) == [.string("a “b” c")])
    let tokens = Lexer.tokenize("“é”")
    #expect(tokens[0].range == SourceRange(start: 0, end: 8))
  }

  @Test func escapes() {
    #expect(kinds(#""a\"b\\c\nd\te""#) == [.string("a\"b\\c\nd\te")])
    #expect(kinds(#"'it\'s'"#) == [.string("it's")])
    #expect(kinds(#""\u{41}\u{1F600}""#) == [.string("A😀")])
    #expect(kinds(#"“say \”hi\””"#) == [.string("say ”hi”")])
  }

  @Test func unknownEscapesAreKeptAsWrittenForRegularExpressions() {
    let tokens = Lexer.tokenize(#""a\qb \d+\." x"#)
    #expect(tokens[0].kind == .string(#"a\qb \d+\."#))
    #expect(tokens[1].kind == .word("x"))
  }

  @Test func unterminatedStringRunsToTheEnd() {
    let tokens = Lexer.tokenize("x = \"abc\ndef")
    #expect(
      tokens[2].kind
        == .invalid(.unterminatedString(closingQuote: "\"", range: SourceRange(start: 4, end: 12))))
    #expect(tokens[3].isEnd)
  }

  @Test func stringsSpanLinesAndHideCommentsAndSemicolons() {
    #expect(kinds("\"a;b\n#c\" d") == [.string("a;b\n#c"), .word("d")])
  }

  @Test func numbersAndDates() {
    #expect(
      kinds("1 -2 +3 4.5 -0.25 2024-05-01 2024-05 2024-W07 2024-w52")
        == [
          .integer(1), .integer(-2), .integer(3), .decimal("4.5"), .decimal("-0.25"),
          .date("2024-05-01"), .date("2024-05"), .date("2024-W07"), .date("2024-w52"),
        ])
    #expect(kinds("3rd") == [.word("3rd")])
    #expect(kinds("1.") == [.integer(1), .punctuation(.dot)])
    guard case .invalid(.invalidDate("2024-13", _)) = kinds("2024-13")[0] else {
      Issue.record("2024-13 should be an invalid date")
      return
    }
    guard case .invalid(.integerTooLarge) = kinds("99999999999999999999")[0] else {
      Issue.record("expected integerTooLarge")
      return
    }
  }

  @Test func words() {
    #expect(
      kinds("Jae-myung O'Brien Pyongyang’s Séoul _x a1") == [
        .word("Jae-myung"), .word("O'Brien"), .word("Pyongyang’s"), .word("Séoul"), .word("_x"),
        .word("a1"),
      ])
    // A hyphen or apostrophe not between word characters is not part of the word.
    #expect(
      kinds("a- b") == [
        .word("a"), .invalid(.unexpectedCharacter("-", range: .init(start: 1, end: 2))), .word("b"),
      ])
    #expect(kinds("서울 東京") == [.word("서울"), .word("東京")])
  }

  @Test func operatorsAndPunctuation() {
    #expect(
      kinds("= == != < <= > >= =< ~ ( ) , . ;") == [
        .op("="), .op("=="), .op("!="), .op("<"), .op("<="), .op(">"), .op(">="), .op("=<"),
        .op("~"), .punctuation(.leftParen), .punctuation(.rightParen), .punctuation(.comma),
        .punctuation(.dot), .punctuation(.semicolon),
      ])
    #expect(kinds("a=-3") == [.word("a"), .op("="), .integer(-3)])
  }

  @Test func commentsAndUnicodeWhitespace() {
    #expect(kinds("a # b \"c\n d") == [.word("a"), .word("d")])
    #expect(kinds("\u{FEFF}a\u{00A0}b\u{3000}c") == [.word("a"), .word("b"), .word("c")])
  }

  @Test func startsLine() {
    let tokens = Lexer.tokenize("a b # x\n  c\n\"d\ne\" f")
    #expect(tokens.map(\.startsLine) == [true, false, true, true, false, false])
  }

  @Test func keywordsIgnoreCase() {
    #expect(Lexer.tokenize("WHERE")[0].keyword == .where)
    #expect(Lexer.tokenize("Order")[0].keyword == .order)
    #expect(Lexer.tokenize("count")[0].keyword == nil)
  }

  @Test func lexingARangeKeepsSourceOffsets() {
    let source = "é; quotes where x = 1"
    let tokens = Lexer.tokenize(source, range: SourceRange(start: 4, end: 16))
    #expect(tokens.map(\.kind) == [.word("quotes"), .word("where"), .end])
    #expect(tokens[0].range == SourceRange(start: 4, end: 10))
    #expect(tokens[2].range == SourceRange(start: 16, end: 16))
  }

  @Test func unexpectedCharactersAreWholeScalars() {
    #expect(
      kinds("a € b") == [
        .word("a"), .invalid(.unexpectedCharacter("€", range: .init(start: 2, end: 5))), .word("b"),
      ])
  }

  @Test func sourceLocations() {
    let source = "ab\nSéoul x\n"
    #expect(SourceLocation(offset: 0, in: source) == SourceLocation(line: 1, column: 1))
    #expect(SourceLocation(offset: 2, in: source) == SourceLocation(line: 1, column: 3))
    #expect(SourceLocation(offset: 3, in: source) == SourceLocation(line: 2, column: 1))
    // "Séoul " is 7 bytes but 6 characters.
    #expect(SourceLocation(offset: 10, in: source) == SourceLocation(line: 2, column: 7))
    #expect(SourceLocation(offset: 99, in: source) == SourceLocation(line: 3, column: 1))
  }

  @Test func otherTypographicQuoteConventions() {
    #expect(
      kinds("”a” ’b’ „c“ „d” «e»") == [
        .string("a"), .string("b"), .string("c"), .string("d"), .string("e"),
      ])
  }
}
