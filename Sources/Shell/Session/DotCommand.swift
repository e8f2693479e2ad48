import QueryLanguage

/// A shell command that starts with a dot (`.mode json`): name, usage, help and handler in one
/// row of `DotCommand.all`, from which `.help`, prefix matching and completion are derived.
struct DotCommand: Sendable {
  /// Arguments as typed, with the source range of each for error carets.
  typealias Arguments = [Identifier]
  typealias Handler =
    @Sendable (Session, Arguments, DotCommandContext) throws(Diagnostic) -> RunStatus

  let name: String
  let usage: String
  let help: String
  /// What TAB completes the arguments from.
  let argumentKind: ArgumentKind
  let handler: Handler

  enum ArgumentKind: Sendable {
    case none
    case paths
    case formats
    case collections
    case onOff
  }
}

/// What a dot-command handler needs besides its arguments.
struct DotCommandContext {
  /// The range of the whole command line (a missing argument is reported at its end).
  var range: SourceRange
}
