#if canImport(Glibc)
  import Glibc
#endif

/// The interactive front end: prompts on the terminal and runs what is typed.
public struct InteractiveShell {
  let session: Session

  public init(session: Session) {
    self.session = session
  }

  /// Runs until end of input or `.quit`; errors never end an interactive session.
  public func run() -> RunStatus {
    // The prompt goes where the user looks: the terminal, even when results are piped.
    let promptStream =
      TerminalInfo.isTerminal(STDOUT_FILENO) ? OutputStream.standardOutput : .standardError
    let loop = InteractiveLoop(session: session) { prompt in
      promptStream.write(prompt)
      promptStream.flush()
      return Swift.readLine(strippingNewline: true)
    }
    loop.run()
    return .success
  }
}
