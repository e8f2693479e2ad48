/// An error in a query, as a value: what went wrong, where, and what might help.
///
/// Raised by the parser and the query engine, rendered once by the shell (message, the
/// statement line, a caret underline as wide as `range`, then the hints).
public struct Diagnostic: Error, Hashable, Sendable {
  public var message: String
  public var range: SourceRange
  /// Extra lines, each shown as `hint: …` ("did you mean 'speaker'?", the valid choices).
  public var hints: [String]

  public init(message: String, range: SourceRange, hints: [String] = []) {
    self.message = message
    self.range = range
    self.hints = hints
  }
}
