import Glibc
import TerminalTesting
import Testing

/// The real `newsq` binary at a real pseudo-terminal: what a person typing sees.
///
/// Every test anchors on output (the prompt, a result) before typing, never on time.
@Suite(.serialized)
struct InteractiveShellTests {
  /// A fresh home and history file per test, so runs never see each other's history.
  final class Shell {
    let home = TemporaryDirectory()
    var historyPath: String { home.file("history") }
    private(set) var terminal: PseudoTerminal

    init(home existing: TemporaryDirectory? = nil) throws {
      let executable = try #require(
        BuiltProduct.path(named: "newsq"), "newsq is not built: run swift build --build-tests")
      let home = existing ?? self.home
      terminal = try PseudoTerminal(
        executable: executable, arguments: ["--format", "json"],
        environment: ["HOME": home.path, "NEWSQ_HISTORY": home.file("history")])
    }

    /// Types `text` once the main prompt is up.
    func type(_ text: String) {
      #expect(terminal.waitFor("newsq> "), "no prompt: \(terminal.unmatchedOutput)")
      terminal.send(text)
    }

    func expect(_ marker: String, _ comment: Comment? = nil) {
      #expect(
        terminal.waitFor(marker), comment ?? "waiting for \(marker): \(terminal.unmatchedOutput)")
    }

    func quit() {
      type("\u{04}")
      #expect(terminal.waitForExit() == 0)
    }
  }

  @Test func tabCompletesACollection() throws {
    let shell = try Shell()
    // libedit draws only the inserted rest ("tes "), so the proof is the statement running.
    shell.type("quo\t")
    shell.expect("tes ")
    shell.terminal.send("select count()\r")
    shell.expect(#"[{"count":12}]"#)
    shell.quit()
  }

  @Test func tabCompletesAField() throws {
    let shell = try Shell()
    shell.type("quotes where sp\t")
    shell.expect("speaker_mention")  // both candidates are listed under the line
    shell.terminal.send(" = Kim select count()\r")
    shell.expect(#"[{"count":2}]"#)
    shell.quit()
  }

  @Test func tabOffersValuesFromTheArticle() throws {
    let shell = try Shell()
    shell.type("quotes where speaker = K\t")
    shell.expect(#""Kim Jong Un""#)
    shell.terminal.send("\u{03}")
    shell.type("people select count()\r")
    shell.expect(#"[{"count":8}]"#)
    shell.quit()
  }

  @Test func multiLineStatementUnderTheContinuationPrompt() throws {
    let shell = try Shell()
    shell.type("quotes where\r")
    shell.expect("   ...> ")
    shell.terminal.send("speaker = Kim select count()\r")
    shell.expect(#"[{"count":2}]"#)
    shell.quit()
  }

  @Test func ctrlCClearsAHalfTypedLine() throws {
    let shell = try Shell()
    shell.type("quotes wh")
    shell.expect("quotes wh")
    shell.terminal.send("\u{03}")
    shell.type("people select count()\r")
    shell.expect(#"[{"count":8}]"#)
    shell.quit()
  }

  @Test func ctrlDExitsZero() throws {
    let shell = try Shell()
    shell.quit()
  }

  @Test func errorsDoNotEndTheSession() throws {
    let shell = try Shell()
    shell.type("quotes where speakr = Kim\r")
    shell.expect("did you mean 'speaker'?")
    shell.type("people select count()\r")
    shell.expect(#"[{"count":8}]"#)
    shell.quit()
  }

  @Test func historyIsRecalledByTheNextRunAndPrivate() throws {
    let first = try Shell()
    first.type("people select count()\r")
    first.expect(#"[{"count":8}]"#)
    first.quit()
    var info = stat()
    #expect(stat(first.historyPath, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)

    let second = try Shell(home: first.home)
    second.type("\u{10}")  // Ctrl-P
    second.expect("people select count()")
    second.terminal.send("\r")
    second.expect(#"[{"count":8}]"#)
    second.quit()
  }

  @Test func nonASCIIQueriesRoundTrip() throws {
    let shell = try Shell()
    shell.type("sentences where text contains \"Pyongyang’s\" select count()\r")
    shell.expect(#"[{"count":2}]"#)
    shell.quit()
  }

  @Test func historyCommandListsTheStatements() throws {
    let shell = try Shell()
    shell.type("people select count()\r")
    shell.expect(#"[{"count":8}]"#)
    shell.type(".history\r")
    shell.expect("1  people select count()")
    shell.quit()
  }
}
