import QueryLanguage
import Testing

@Suite struct ParserTests {
  @Test func rangesPointIntoTheWholeSource() throws {
    let source = "xx; quotes where speaker.type = “Séoul” order by date desc limit 5 select count()"
    let start = 4
    let query = try Parser.parseQuery(
      source, range: SourceRange(start: start, end: source.utf8.count))
    #expect(query.collection.range == SourceRange(start: 4, end: 10))
    #expect(query.range == SourceRange(start: 4, end: source.utf8.count))
    guard case .comparison(let comparison)? = query.filter else {
      Issue.record("expected a comparison")
      return
    }
    #expect(comparison.field.range == SourceRange(start: 17, end: 29))
    #expect(comparison.field.dotted == "speaker.type")
    #expect(comparison.opRange == SourceRange(start: 30, end: 31))
    // “Séoul” is 3 + 6 + 3 bytes.
    #expect(
      comparison.operand
        == .value(Literal(kind: .string("Séoul"), range: .init(start: 32, end: 44))))
    #expect(comparison.range == SourceRange(start: 17, end: 44))
    #expect(query.orderBy[0].range == SourceRange(start: 54, end: 63))
    #expect(query.limit?.range == SourceRange(start: 70, end: 71))
    #expect(query.select?[0].range == SourceRange(start: 79, end: 86))
  }

  @Test func operatorRangesCoverBothWords() throws {
    let query = try Parser.parseQuery("q where t starts with x and v is not null and k in (a, b)")
    guard
      case .and(.and(.comparison(let starts), .comparison(let isNull)), .comparison(let list))? =
        query.filter
    else {
      Issue.record("unexpected shape")
      return
    }
    #expect(starts.opRange == SourceRange(start: 10, end: 21))
    #expect(isNull.opRange == SourceRange(start: 30, end: 41))
    #expect(isNull.range == SourceRange(start: 28, end: 41))
    #expect(
      list.operand
        == .list(
          [
            Literal(kind: .word("a"), range: .init(start: 52, end: 53)),
            Literal(kind: .word("b"), range: .init(start: 55, end: 56)),
          ],
          range: SourceRange(start: 51, end: 57)))
  }

  @Test func notRangeCoversKeywordAndOperand() throws {
    let query = try Parser.parseQuery("q where not (a = 1)")
    guard case .not(_, let range)? = query.filter else {
      Issue.record("expected not")
      return
    }
    #expect(range == SourceRange(start: 8, end: 18))
  }

  @Test func absurdNestingIsACleanError() {
    let source = "quotes where " + String(repeating: "(", count: 100_000) + "a = 1"
    #expect(throws: Diagnostic.self) { try Parser.parseQuery(source) }
    do {
      _ = try Parser.parseQuery(source)
    } catch {
      #expect(error.message == "condition is nested too deeply (more than 200 levels)")
    }
    let nots = "quotes where " + String(repeating: "not ", count: 100_000) + "a = 1"
    #expect(throws: Diagnostic.self) { try Parser.parseQuery(nots) }
  }

  @Test func longAndChainsAreHeldToTheSameLimit() throws {
    let terms = (0..<5_000).map { "a = \($0)" }.joined(separator: " and ")
    #expect(throws: Diagnostic.self) { try Parser.parseQuery("quotes where " + terms) }
    let fine = (0..<150).map { "a = \($0)" }.joined(separator: " or ")
    _ = try Parser.parseQuery("quotes where " + fine)
  }

  @Test func nestingJustUnderTheLimitParses() throws {
    let depth = Parser.maximumDepth
    let source =
      "quotes where " + String(repeating: "(", count: depth) + "a = 1"
      + String(repeating: ")", count: depth)
    let query = try Parser.parseQuery(source)
    #expect(query.filter != nil)
  }

  @Test func emptyStatement() {
    #expect(throws: Diagnostic.self) { try Parser.parseQuery("") }
    #expect(throws: Diagnostic.self) { try Parser.parseQuery("  # nothing") }
  }

  @Test func bareWordAfterOperatorIsAValue() throws {
    let query = try Parser.parseQuery("quotes where speaker = text")
    #expect(ASTDump.dump(query) == #"(query quotes (where (= speaker (word "text"))))"#)
  }

  @Test func hintsOfAMisspeltClause() {
    do {
      _ = try Parser.parseQuery("quotes wher speaker = Kim")
      Issue.record("should fail")
    } catch {
      #expect(
        error.message
          == "expected a clause (where, group by, order by, limit, select) but found 'wher'")
      #expect(error.range == SourceRange(start: 7, end: 11))
      #expect(error.hints == ["did you mean 'where'?"])
    }
  }

  @Test func dumpEscapesStrings() throws {
    let query = try Parser.parseQuery(#"q where t = "a\"b\\c\nd\te\u{1}""#)
    #expect(ASTDump.dump(query) == #"(query q (where (= t (string "a\"b\\c\nd\te\u{1}"))))"#)
  }
}
