import QueryLanguage

/// The read–run loop at the prompt: reads lines until a statement is complete, runs it, and
/// carries on after errors; ends on end of input or `.quit`.
public struct InteractiveLoop {
  /// Shown when a new statement starts.
  public static let prompt = "newsq> "
  /// Shown while a statement is not complete yet (open bracket or quote, trailing operator).
  public static let continuationPrompt = "   ...> "

  let session: Session
  /// Reads one line with the given prompt; nil at end of input.
  let readLine: (String) -> String?

  public init(session: Session, readLine: @escaping (String) -> String?) {
    self.session = session
    self.readLine = readLine
  }

  public func run() {
    var pending = ""
    while true {
      let prompt = pending.isEmpty ? Self.prompt : Self.continuationPrompt
      guard let line = readLine(prompt) else { return }
      pending += pending.isEmpty ? line : "\n" + line
      guard StatementCompleteness.isComplete(pending) else { continue }
      let statement = pending
      pending = ""
      if session.run(source: statement, fileName: nil) == .quit { return }
    }
  }
}
