/// How running a statement or a script ended; the front end maps it to an exit status.
public enum RunStatus: Equatable, Sendable {
  /// Every statement ran.
  case success
  /// A statement failed; its error has been printed. Scripts stop here (exit 1).
  case failure
  /// The reader of our output went away (closed pipe): stop quietly.
  case outputClosed
  /// `.quit` or `.exit` was run.
  case quit
}
