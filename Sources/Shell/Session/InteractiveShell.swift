import LineEditor

#if canImport(Glibc)
  import Glibc
#endif

/// The interactive front end: libedit line editing with history and TAB completion.
public struct InteractiveShell {
  let session: Session

  public init(session: Session) {
    self.session = session
  }

  /// Runs until Ctrl-D or `.quit`; errors never end an interactive session.
  public func run() -> RunStatus {
    let loop = InteractiveLoop(session: session)
    let completer = QueryCompleter { [session] in session.engine }
    let editor = LineEditor(
      programName: "newsq", historyPath: HistoryLocation.path(),
      completer: { line, cursor in
        completer.complete(pending: loop.pending, line: line, cursor: cursor)
      })
    session.history = { editor.history.entries }
    if let warning = editor.takeHistoryWarning() {
      session.inform("newsq: " + warning)
    }
    Interrupt.installHandler()
    session.inform(banner())
    loop.run(
      readLine: { prompt in editor.readLine(prompt: prompt) },
      remember: { statement in
        editor.addHistory(statement)
        if let warning = editor.takeHistoryWarning() {
          session.inform("newsq: " + warning)
        }
      })
    session.output.flush()
    return .success
  }

  private func banner() -> String {
    let articles = session.corpus.articles
    let what =
      articles.count == 1
      ? articles[0].path : "\(articles.count) articles"
    return "newsq \(NewsqVersion.current) on \(what). Type .help for help; TAB completes."
  }
}
