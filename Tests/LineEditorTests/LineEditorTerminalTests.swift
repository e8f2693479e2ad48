import Glibc
import LineEditor
import TerminalTesting
import Testing

/// Drives `lineeditor-demo` through a pseudo-terminal: real keys, real libedit.
/// Keys are typed only once the prompt (or another marker) is on the screen.
@Suite(.serialized) struct LineEditorTerminalTests {
  private let home = TemporaryDirectory()

  private func startDemo(
    history: String? = nil, redirections: [Int32: String] = [:]
  ) throws -> PseudoTerminal {
    let executable = try #require(
      BuiltProduct.path(named: "lineeditor-demo"),
      "lineeditor-demo is not built: run swift build --build-tests")
    var environment = ["HOME": home.path]
    if let history {
      environment["LINEEDITOR_DEMO_HISTORY"] = history
    }
    return try PseudoTerminal(
      executable: executable, environment: environment, redirections: redirections)
  }

  private func expect(
    _ terminal: PseudoTerminal, shows marker: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let found = terminal.waitFor(marker)
    try #require(
      found,
      "no \(marker.debugDescription) in \(terminal.unmatchedOutput.debugDescription)",
      sourceLocation: sourceLocation)
  }

  private func quit(_ terminal: PseudoTerminal, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    try expect(terminal, shows: "demo> ", sourceLocation: sourceLocation)
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0, sourceLocation: sourceLocation)
  }

  @Test func aTypedLineIsReturned() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("hello world\r")
    try expect(terminal, shows: "got: hello world\r\n")
    try quit(terminal)
  }

  @Test func pastedLinesAreReadInOrder() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("first\rsecond\rthird\r")  // typed ahead of the next prompts
    try expect(terminal, shows: "got: first\r\n")
    try expect(terminal, shows: "got: second\r\n")
    try expect(terminal, shows: "got: third\r\n")
    try quit(terminal)
  }

  @Test func ctrlDOnAnEmptyLineEndsInputWithStatus0() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0)
  }

  @Test func tabCompletesAUniquePrefix() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("from sel\t")
    try expect(terminal, shows: "ect ")
    terminal.send("\r")
    try expect(terminal, shows: "got: from select \r\n")
    try quit(terminal)
  }

  @Test func tabListsSeveralCandidatesThenCompletesTheNarrowedOne() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("l\t")
    try expect(terminal, shows: "limit  language\r\n")
    try expect(terminal, shows: "demo> l")  // the line is drawn again below the list
    terminal.send("im\t")
    try expect(terminal, shows: "it ")
    terminal.send("\r")
    try expect(terminal, shows: "got: limit \r\n")
    try quit(terminal)
  }

  @Test func manyCandidatesAreListedOnlyWhenConfirmed() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("item\t")
    try expect(terminal, shows: "Display all 150 possibilities? (y or n) ")
    terminal.send("n")
    try expect(terminal, shows: "demo> item")
    terminal.send("\t")
    try expect(terminal, shows: "Display all 150 possibilities? (y or n) ")
    terminal.send("y")
    try expect(terminal, shows: "item000")
    try expect(terminal, shows: "item149")
    try expect(terminal, shows: "demo> item")
    terminal.send("14\t")
    try expect(terminal, shows: "item140")  // ten candidates: listed without asking
    try expect(terminal, shows: "demo> item14")
    terminal.send("9\t\r")
    try expect(terminal, shows: "got: item149 \r\n")
    #expect(!terminal.text.contains("Display all 10 "))
    try quit(terminal)
  }

  @Test func completionCountsUnicodeScalars() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("from Py\t")
    try expect(terminal, shows: "’s ")
    terminal.send("\r")
    try expect(terminal, shows: "got: from Pyongyang’s \r\n")
    try quit(terminal)
  }

  @Test func ctrlCAbandonsTheLineAndTheNextLineWorks() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("half typed")
    try expect(terminal, shows: "half typed")
    terminal.send("\u{03}")
    try expect(terminal, shows: "^C\r\n")
    try expect(terminal, shows: "demo> ")
    terminal.send("next\r")
    try expect(terminal, shows: "got: next\r\n")
    #expect(!terminal.text.contains("got: half"))
    try quit(terminal)
  }

  @Test func aNonASCIILineRoundTrips() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("Pyongyang’s café\r")
    try expect(terminal, shows: "got: Pyongyang’s café\r\n")
    try quit(terminal)
  }

  @Test func historyWrittenByOneRunIsRecalledByTheNext() throws {
    let history = home.file("state/demo/history")
    let first = try startDemo(history: history)
    try expect(first, shows: "demo> ")
    first.send("select history_marker_4711\r")
    try expect(first, shows: "got: select history_marker_4711\r\n")
    try quit(first)
    #expect(TemporaryDirectory.mode(history) == 0o600)
    #expect(TemporaryDirectory.mode(home.file("state/demo")) == 0o700)

    let second = try startDemo(history: history)
    try expect(second, shows: "demo> ")
    second.send("\u{10}")  // Ctrl-P
    try expect(second, shows: "history_marker_4711")
    second.send("\r")
    try expect(second, shows: "got: select history_marker_4711\r\n")
    try quit(second)
  }

  @Test func aMultiLineStatementIsRecalledAsOneEntry() throws {
    let history = home.file("history")
    let first = try startDemo(history: history)
    try expect(first, shows: "demo> ")
    first.send("select quote \\\r")
    try expect(first, shows: "...> ")
    first.send("from quotes_9158\r")
    try expect(first, shows: "got: select quote \r\nfrom quotes_9158\r\n")
    try quit(first)

    let second = try startDemo(history: history)
    try expect(second, shows: "demo> ")
    second.send("\u{10}")
    try expect(second, shows: "quotes_9158")
    second.send("\r")
    try expect(second, shows: "got: select quote \r\nfrom quotes_9158\r\n")
    try quit(second)
  }

  @Test func ctrlRSearchesHistoryBackwards() throws {
    let history = home.file("history")
    let first = try startDemo(history: history)
    for line in ["alpha_one", "beta_two", "gamma_three"] {
      try expect(first, shows: "demo> ")
      first.send("\(line)\r")
      try expect(first, shows: "got: \(line)\r\n")
    }
    try expect(first, shows: "demo> ")
    first.send("\u{12}bet")
    try expect(first, shows: "beta_two")
    first.send("\r")  // Enter ends the search and accepts the line found
    try expect(first, shows: "got: beta_two\r\n")
    try quit(first)
  }

  @Test func aForeignHistoryFileIsReportedAndLeftUntouched() throws {
    let content: [UInt8] = Array("#!/bin/sh\nrm -rf /tmp/x\n".utf8) + [0, 1, 2, 0xFF]
    let history = home.write(content, to: "foreign_history", mode: 0o644)
    let terminal = try startDemo(history: history)
    try expect(terminal, shows: "warning: history file \(history): it is not a history file")
    try expect(terminal, shows: "demo> ")
    terminal.send("select 1\r")
    try expect(terminal, shows: "got: select 1\r\n")
    try quit(terminal)
    #expect(TemporaryDirectory.read(history) == content)
    #expect(TemporaryDirectory.mode(history) == 0o644)
  }

  @Test func theCandidateListFollowsAResizedWindow() throws {
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.resize(columns: 12, rows: 30)
    terminal.send("l\t")
    try expect(terminal, shows: "limit\r\nlanguage\r\n")
    try expect(terminal, shows: "demo> l")
    terminal.send("a\t\r")
    try expect(terminal, shows: "got: language \r\n")
    try quit(terminal)
  }

  @Test func ctrlZLeavesTheLineIntact() throws {
    // The child's process group is orphaned (its own session), so the kernel discards
    // the stop: this checks that suspending restores the line and the editing mode.
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("ab")
    try expect(terminal, shows: "ab")
    terminal.send("\u{1A}")
    try expect(terminal, shows: "demo> ab")  // redrawn
    terminal.send("cd\r")
    try expect(terminal, shows: "got: abcd\r\n")
    try quit(terminal)
  }

  @Test func withStandardOutputPipedTheEditorDrawsOnStandardError() throws {
    let output = home.file("stdout")
    let terminal = try startDemo(redirections: [1: output])
    try expect(terminal, shows: "demo> ")
    terminal.send("piped\r")
    try expect(terminal, shows: "demo> ")
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0)
    #expect(!terminal.text.contains("got:"))
    #expect(TemporaryDirectory.read(output) == Array("got: piped\n".utf8))
  }

  @Test func inputThatIsNotATerminalIsReadPlainly() throws {
    let history = home.file("history")
    let input = home.write(Array("first\nPyongyang’s\nlast".utf8), to: "script")
    let terminal = try startDemo(history: history, redirections: [0: input])
    #expect(terminal.waitForExit() == 0)
    #expect(terminal.text == "got: first\r\ngot: Pyongyang’s\r\ngot: last\r\n")
    #expect(TemporaryDirectory.mode(history) == nil)  // no history without a terminal
  }

  @Test func viModeFromEditrcKeepsCompletionAndCtrlC() throws {
    home.write(Array("bind -v\n".utf8), to: ".editrc")
    let terminal = try startDemo()
    try expect(terminal, shows: "demo> ")
    terminal.send("xx sel\t")
    try expect(terminal, shows: "ect ")
    terminal.send("\u{1B}0x\r")  // vi: to command mode, start of line, delete a character
    try expect(terminal, shows: "got: x select \r\n")
    try expect(terminal, shows: "demo> ")
    terminal.send("gone")
    try expect(terminal, shows: "gone")
    terminal.send("\u{03}")
    try expect(terminal, shows: "^C\r\n")
    try quit(terminal)
    #expect(!terminal.text.contains("got: gone"))
  }
}
