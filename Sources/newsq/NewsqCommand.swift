import ArgumentParser
import Shell

#if canImport(Glibc)
  import Glibc
#endif

/// The command line: `newsq [--format F] [-c QUERY]… [-f FILE]… [PATH…]`.
struct NewsqCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsq",
    abstract: "Query news articles: quotes and who said them, people, places, numbers, dates.",
    discussion: """
      With no PATH, newsq opens its bundled example article. With -c or -f it runs the \
      statements and exits; with neither and standard input not a terminal, it reads \
      statements from standard input; otherwise it starts the interactive shell.

      Exit status: 0 every statement ran; 1 a statement failed; 2 usage error or unreadable input.
      """,
    version: NewsqVersion.current)

  @Option(name: .long, help: "How results are printed.")
  var format: OutputFormat = .table

  @Option(
    name: [.customShort("c"), .customLong("command")],
    help: ArgumentHelp("Run a statement and exit (repeatable).", valueName: "query"))
  var commands: [String] = []

  @Option(
    name: [.customShort("f"), .customLong("file")],
    help: ArgumentHelp(
      "Run a script file and exit (repeatable; - is standard input).", valueName: "file"))
  var files: [String] = []

  @Argument(
    help: ArgumentHelp("Article files, or folders searched for .txt articles.", valueName: "path"))
  var paths: [String] = []

  /// Parses the arguments and runs; returns the exit status the contract fixes.
  static func runFromCommandLine() -> Int32 {
    let command: NewsqCommand
    do {
      command = try parse()
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        OutputStream.standardOutput.write(fullMessage(for: error) + "\n")
        OutputStream.standardOutput.flush()
        return 0
      }
      // swift-argument-parser uses 64 for usage errors; the contract says 2.
      OutputStream.standardError.write(fullMessage(for: error) + "\n")
      OutputStream.standardError.flush()
      return 2
    }
    return command.execute()
  }

  func execute() -> Int32 {
    let session: Session
    let scripts: [ScriptSource]
    do throws(InputError) {
      session = try Session.open(paths: paths, format: format)
      // Every script is read before any runs: a missing file is a usage error (exit 2), and
      // must not leave half the statements run.
      scripts = try ScriptSource.inCommandLineOrder(commands: commands, files: files)
    } catch {
      return fail(error.message)
    }
    let status: RunStatus
    if !scripts.isEmpty {
      status = runScripts(scripts, in: session)
    } else if !TerminalInfo.isTerminal(STDIN_FILENO) {
      do throws(InputError) {
        status = session.run(source: try StandardInput.readAll(), fileName: "<stdin>")
      } catch {
        return fail(error.message)
      }
    } else {
      status = InteractiveShell(session: session).run()
    }
    OutputStream.standardOutput.flush()
    return status == .failure ? 1 : 0
  }

  private func runScripts(_ scripts: [ScriptSource], in session: Session) -> RunStatus {
    for script in scripts {
      let status = session.run(source: script.text, fileName: script.fileName)
      if status != .success { return status }
    }
    return .success
  }

  private func fail(_ message: String) -> Int32 {
    OutputStream.standardError.write("newsq: \(message)\n")
    OutputStream.standardError.flush()
    return 2
  }
}

extension OutputFormat: ExpressibleByArgument {}
