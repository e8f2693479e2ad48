/// What one call to ``LineEditor/readLine(prompt:)`` produced.
public enum ReadResult: Equatable, Sendable {
  /// A line the user accepted with Enter, without its line terminator. It may contain
  /// newlines when the user recalled a multi-line history entry.
  case line(String)
  /// The user pressed Ctrl-C: the line being edited was abandoned.
  case interrupted
  /// Ctrl-D on an empty line, or the end of a non-terminal input.
  case endOfInput
}
