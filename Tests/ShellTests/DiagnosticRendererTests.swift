import QueryLanguage
import Testing

@testable import Shell

/// The contract's error layout: message, statement line, caret line, hints.
struct DiagnosticRendererTests {
  let renderer = DiagnosticRenderer(colour: false)

  @Test func caretUnderTheRange() {
    let source = "quotes where speakr = Kim"
    let diagnostic = Diagnostic(
      message: "unknown field 'speakr' in quotes", range: SourceRange(start: 13, end: 19),
      hints: ["did you mean 'speaker'?"])
    #expect(
      renderer.render(diagnostic, source: source, fileName: nil) == """
        error: unknown field 'speakr' in quotes
        quotes where speakr = Kim
                     ^^^^^^
        hint: did you mean 'speaker'?

        """)
  }

  @Test func scriptsGetFileLineColumn() {
    let source = "people\n# comment\nquotes where\n  speakr = Kim\n"
    let start = source.utf8.count - "speakr = Kim\n".utf8.count
    let diagnostic = Diagnostic(
      message: "unknown field", range: SourceRange(start: start, end: start + 6))
    let lines = renderer.render(diagnostic, source: source, fileName: "q.nq")
      .split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0] == "q.nq:4:3: error: unknown field")
    #expect(lines[1] == "  speakr = Kim")
    #expect(lines[2] == "  ^^^^^^")
  }

  @Test func columnsCountCharactersNotBytes() {
    let source = "sentences where text contains \"Pyongyang’s\" and speakr = 1"
    let start = source.utf8.count - "speakr = 1".utf8.count
    let diagnostic = Diagnostic(message: "m", range: SourceRange(start: start, end: start + 6))
    let rendered = renderer.render(diagnostic, source: source, fileName: "<stdin>")
    let lines = rendered.split(separator: "\n")
    #expect(lines[0] == "<stdin>:1:49: error: m")
    #expect(lines[2] == String(repeating: " ", count: 48) + "^^^^^^")
  }

  @Test func errorAtEndOfInputStillHasACaret() {
    let source = "quotes where"
    let end = source.utf8.count
    let diagnostic = Diagnostic(
      message: "expected a condition", range: SourceRange(start: end, end: end))
    let lines = renderer.render(diagnostic, source: source, fileName: nil).split(separator: "\n")
    #expect(lines[2] == String(repeating: " ", count: 12) + "^")
  }
}
