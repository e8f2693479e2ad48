import LineEditor
import QueryLanguage

/// The read–run loop at the prompt: reads lines until a statement is complete, runs it, and
/// carries on after errors; Ctrl-C abandons what is being typed; ends on end of input or `.quit`.
///
/// Terminal-free: lines come from `readLine`, so the loop is tested with scripted input.
final class InteractiveLoop {
  /// Shown when a new statement starts.
  static let prompt = "newsq> "
  /// Shown while a statement is not complete yet (open bracket or quote, trailing operator).
  static let continuationPrompt = "   ...> "

  let session: Session
  /// Earlier lines of the statement being typed (empty at the main prompt).
  private(set) var pending = ""

  init(session: Session) {
    self.session = session
  }

  /// Runs until end of input or `.quit`.
  ///
  /// - Parameters:
  ///   - readLine: one line with the given prompt.
  ///   - remember: called with each complete statement before it runs (history), so even a
  ///     statement that brings the shell down is kept.
  func run(readLine: (String) -> ReadResult, remember: (String) -> Void) {
    while true {
      let prompt = pending.isEmpty ? Self.prompt : Self.continuationPrompt
      switch readLine(prompt) {
      case .endOfInput:
        return
      case .interrupted:
        pending = ""
      case .line(let line):
        pending += pending.isEmpty ? line : "\n" + line
        guard StatementCompleteness.isComplete(pending) else { continue }
        let statement = pending
        pending = ""
        guard statement.contains(where: { !$0.isWhitespace }) else { continue }
        remember(statement)
        _ = Interrupt.reset()
        if session.run(source: statement, fileName: nil) == .quit { return }
      }
    }
  }
}
