import LineEditor
import Testing

@testable import Shell

/// The prompt loop with scripted lines: continuation, Ctrl-C, errors that do not end it.
struct InteractiveLoopTests {
  private func run(_ lines: [ReadResult]) -> (
    prompts: [String], remembered: [String], output: String, errors: String
  ) {
    let output = OutputStream(capturing: ())
    let errors = OutputStream(capturing: ())
    let session = Session(
      corpus: SessionRunner.corpus, format: .json, output: output, errors: errors, tableWidth: 100)
    let loop = InteractiveLoop(session: session)
    var remaining = lines[...]
    var prompts: [String] = []
    var remembered: [String] = []
    loop.run(
      readLine: { prompt in
        prompts.append(prompt)
        return remaining.popFirst() ?? .endOfInput
      },
      remember: { remembered.append($0) })
    output.flush()
    errors.flush()
    return (prompts, remembered, output.captured, errors.captured)
  }

  @Test func incompleteStatementsContinue() {
    let result = run([.line("quotes where"), .line("  speaker = Kim")])
    #expect(result.prompts == ["newsq> ", "   ...> ", "newsq> "])
    #expect(result.remembered == ["quotes where\n  speaker = Kim"])
    #expect(result.output.hasPrefix("[{\"id\":1,"))
  }

  @Test func ctrlCAbandonsTheStatement() {
    let result = run([.line("quotes where"), .interrupted, .line("people select count()")])
    #expect(result.prompts == ["newsq> ", "   ...> ", "newsq> ", "newsq> "])
    #expect(result.output == "[{\"count\":8}]\n")
  }

  @Test func errorsDoNotEndTheSession() {
    let result = run([.line("quots"), .line("people select count()")])
    #expect(result.errors.hasPrefix("error: unknown collection 'quots'"))
    #expect(result.output == "[{\"count\":8}]\n")
  }

  @Test func quitEndsTheLoop() {
    let result = run([.line(".quit"), .line("people select count()")])
    #expect(result.output.isEmpty)
    #expect(result.prompts.count == 1)
  }
}
