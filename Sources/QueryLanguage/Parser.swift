/// Recursive-descent parser for newsq statements; one method per rule of `Grammar/newsq.ebnf`.
public struct Parser {
  /// Parses the single statement that occupies `range` of `source`.
  public static func parseQuery(_ source: String, range: SourceRange) throws(Diagnostic) -> Query {
    // Scaffold: replaced by the real parser.
    throw Diagnostic(message: "not implemented", range: range)
  }
}
