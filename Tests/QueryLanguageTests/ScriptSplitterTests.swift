import QueryLanguage
import Testing

@Suite struct ScriptSplitterTests {
  /// The items of `source`, as `S:text` (statement) or `D:text` (dot-command).
  func split(_ source: String) -> [String] {
    ScriptSplitter.split(source).map {
      ($0.kind == .statement ? "S:" : "D:") + $0.text(in: source)
    }
  }

  @Test func newlinesAndSemicolonsEndStatements() {
    #expect(split("quotes\npeople") == ["S:quotes", "S:people"])
    #expect(split("quotes; people;orgs") == ["S:quotes", "S:people", "S:orgs"])
    #expect(split("quotes;\n") == ["S:quotes"])
  }

  @Test func clauseAndBooleanLinesContinue() {
    let script = """
      quotes
        where speaker = Kim
        and kind = direct
        or not via is null
        group by speaker
        order by count desc
        limit 5
        offset 1
        select speaker, count
      people
      """
    let items = split(script)
    #expect(items.count == 2)
    #expect(items[0].hasPrefix("S:quotes\n  where"))
    #expect(items[0].hasSuffix("select speaker, count"))
    #expect(items[1] == "S:people")
    #expect(split("quotes\nWHERE x = 1") == ["S:quotes\nWHERE x = 1"])
  }

  @Test func openBracketsAndDanglingOperatorsContinue() {
    #expect(
      split("quotes where (a = 1\nor b = 2)\npeople") == [
        "S:quotes where (a = 1\nor b = 2)", "S:people",
      ])
    #expect(
      split("quotes where kind in (\n  direct,\n  partial\n)") == [
        "S:quotes where kind in (\n  direct,\n  partial\n)"
      ])
    #expect(
      split("quotes where speaker =\n  Kim\npeople") == [
        "S:quotes where speaker =\n  Kim", "S:people",
      ])
    #expect(split("quotes select speaker\n  , text") == ["S:quotes select speaker\n  , text"])
  }

  @Test func semicolonEndsAStatementEvenInsideBrackets() {
    #expect(split("quotes where (a = 1; people") == ["S:quotes where (a = 1", "S:people"])
  }

  @Test func blankLinesCommentsAndEmptyStatementsAreSkipped() {
    let script = """
      # a script

      quotes  # all of them
      ;;
         # indented comment
      people;;;
      """
    #expect(split(script) == ["S:quotes", "S:people"])
    #expect(split("") == [])
    #expect(split(" \n\t\n# x\n;") == [])
  }

  @Test func commentsInsideAStatementAreKeptButNotAtItsEdges() {
    #expect(split("quotes # x\n  where a = 1 # y\n") == ["S:quotes # x\n  where a = 1"])
  }

  @Test func dotCommands() {
    let script = """
      .mode json
      quotes
        .headers on   # comment
      people where x = 1
      .output "a #b.txt"
      .open a#b
      """
    #expect(
      split(script) == [
        "D:.mode json", "S:quotes", "D:.headers on", "S:people where x = 1",
        "D:.output \"a #b.txt\"", "D:.open a#b",
      ])
  }

  @Test func dotCommandEndsAStatementEvenWhileContinuing() {
    #expect(
      split("quotes where\n.mode csv\npeople") == [
        "S:quotes where", "D:.mode csv", "S:people",
      ])
  }

  @Test func stringsMayHoldSemicolonsHashesAndNewlines() {
    #expect(
      split("quotes where text = \"a; b # c\nd\"; people") == [
        "S:quotes where text = \"a; b # c\nd\"", "S:people",
      ])
    #expect(
      split("quotes where text = 'x;y'\npeople") == [
        "S:quotes where text = 'x;y'", "S:people",
      ])
  }

  @Test func unterminatedStringStopsAtItsLine() throws {
    let source = "quotes\nquotes where text = \"oops\npeople\norgs"
    let items = ScriptSplitter.split(source)
    #expect(
      items.map { $0.text(in: source) } == [
        "quotes", "quotes where text = \"oops", "people", "orgs",
      ])
    #expect(throws: Diagnostic.self) { try Parser.parseQuery(source, range: items[1].range) }
    do {
      _ = try Parser.parseQuery(source, range: items[1].range)
    } catch {
      #expect(error.message == "unterminated string")
      #expect(error.range == SourceRange(start: 27, end: 32))
    }
  }

  @Test func rangesAreUTF8Offsets() {
    let source = "people where name = Séoul\nquotes"
    let items = ScriptSplitter.split(source)
    #expect(
      items == [
        ScriptItem(kind: .statement, range: SourceRange(start: 0, end: 26)),
        ScriptItem(kind: .statement, range: SourceRange(start: 27, end: 33)),
      ])
  }

  @Test func itemsParseOneByOne() throws {
    let source = "quotes limit 1; people where name = Kim\norgs wher x = 1\nplaces"
    let items = ScriptSplitter.split(source)
    #expect(items.count == 4)
    var results: [String] = []
    for item in items {
      do {
        results.append(ASTDump.dump(try Parser.parseQuery(source, range: item.range)))
      } catch {
        results.append("error: \(error.message) at \(error.range.start)")
      }
    }
    #expect(
      results == [
        "(query quotes (limit 1))",
        "(query people (where (= name (word \"Kim\"))))",
        "error: expected a clause (where, group by, order by, limit, select) but found 'wher' at 45",
        "(query places)",
      ])
  }

  @Test func windowsLineEndings() {
    #expect(
      split("quotes\r\n  where x = 1\r\n.mode csv\r\npeople\r\n") == [
        "S:quotes\r\n  where x = 1", "D:.mode csv", "S:people",
      ])
  }
}
