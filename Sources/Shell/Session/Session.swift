import LineEditor
import NewsModel
import QueryEngine
import QueryLanguage

/// One newsq session: the loaded corpus, the output settings, and the running of statements.
///
/// The same path serves `-c`, `-f`, piped stdin and the interactive prompt: source text is split
/// into statements and dot-commands, each is parsed, run and printed in turn, and the first
/// failure stops a script. Errors go to the error stream in the contract's layout.
public final class Session {
  public private(set) var corpus: Corpus
  public private(set) var engine: QueryEngine
  public var format: OutputFormat
  var output: OutputStream
  let errors: OutputStream
  /// Table width; nil means from the environment (`COLUMNS`, the terminal, else 100).
  public var tableWidth: Int?
  /// The interactive history, for `.history`; nil outside the interactive shell.
  var history: (() -> [String])?
  /// `.timer on`: report each statement's run time on the error stream.
  public var showsTimer = false
  /// Whether the last statement printed a table, so the next one is set apart by a blank line.
  private var needsSeparator = false

  public init(
    corpus: Corpus, format: OutputFormat = .table, output: OutputStream = .standardOutput,
    errors: OutputStream = .standardError, tableWidth: Int? = nil
  ) {
    self.tableWidth = tableWidth
    self.corpus = corpus
    self.engine = QueryEngine(corpus: corpus)
    self.format = format
    self.output = output
    self.errors = errors
  }

  /// Replaces the loaded articles (`.load`).
  public func replaceCorpus(_ corpus: Corpus) {
    self.corpus = corpus
    engine = QueryEngine(corpus: corpus)
  }

  /// Runs every statement of `source` in order, stopping at the first failure.
  ///
  /// - Parameter fileName: shown as `FILE:LINE:COL:` before errors (scripts and stdin); nil for
  ///   `-c` and the prompt, whose errors need no location beyond the caret.
  public func run(source: String, fileName: String?) -> RunStatus {
    for item in ScriptSplitter.split(source) {
      let status: RunStatus
      switch item.kind {
      case .statement:
        status = runStatement(source: source, range: item.range, fileName: fileName)
      case .dotCommand:
        status = runDotCommand(source: source, range: item.range, fileName: fileName)
      }
      output.flush()
      if output.isClosed { return .outputClosed }
      if status != .success { return status }
    }
    return .success
  }

  private func runStatement(source: String, range: SourceRange, fileName: String?) -> RunStatus {
    let started = MonotonicClock.now()
    do throws(Diagnostic) {
      let query = try Parser.parseQuery(source, range: range)
      let result = try engine.run(query, isCancelled: { Interrupt.isPending })
      write(result)
      if showsTimer {
        inform("Run Time: " + MonotonicClock.milliseconds(MonotonicClock.now() - started))
      }
      return .success
    } catch {
      if Interrupt.isPending {
        // Ctrl-C: the user knows what they did; no caret needed.
        inform("interrupted")
      } else {
        report(error, source: source, fileName: fileName)
      }
      return .failure
    }
  }

  /// Writes a result in the current format.
  func write(_ result: ResultSet) {
    let style = TableStyle(
      width: tableWidth ?? TerminalInfo.width(of: output.descriptor),
      colour: TerminalInfo.wantsColour(on: output.descriptor))
    if format == .table, needsSeparator { output.write("\n") }
    output.write(format.renderer(style: style).render(result))
    needsSeparator = format == .table
  }

  /// Prints a query error in the contract's layout.
  func report(_ diagnostic: Diagnostic, source: String, fileName: String?) {
    output.flush()
    let renderer = DiagnosticRenderer(colour: TerminalInfo.wantsColour(on: errors.descriptor))
    errors.write(renderer.render(diagnostic, source: source, fileName: fileName))
    errors.flush()
  }
}
