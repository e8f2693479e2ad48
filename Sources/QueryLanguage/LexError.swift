/// Why the lexer could not read some text. Kept in the token stream (`Token.Kind.invalid`)
/// so that the script splitter and the completeness check can lex any input; the parser
/// turns the first one it meets into a `Diagnostic`.
public enum LexError: Hashable, Sendable {
  /// No closing quote before the end; `range` runs from the opening quote to the end.
  case unterminatedString(closingQuote: String, range: SourceRange)
  case invalidUnicodeEscape(String, range: SourceRange)
  case unexpectedCharacter(String, range: SourceRange)
  case integerTooLarge(String, range: SourceRange)
  case invalidDate(String, range: SourceRange)

  public var range: SourceRange {
    switch self {
    case .unterminatedString(_, let range),
      .invalidUnicodeEscape(_, let range), .unexpectedCharacter(_, let range),
      .integerTooLarge(_, let range), .invalidDate(_, let range):
      range
    }
  }

  /// The error as the shell shows it.
  public var diagnostic: Diagnostic {
    switch self {
    case .unterminatedString(let quote, let range):
      return Diagnostic(
        message: "unterminated string", range: range, hints: ["close it with \(quote)"])
    case .invalidUnicodeEscape(let text, let range):
      return Diagnostic(
        message: "invalid unicode escape '\(text)'", range: range,
        hints: [#"write \u{…} with 1 to 8 hex digits naming a character, e.g. \u{2019}"#])
    case .unexpectedCharacter(let text, let range):
      var hints: [String] = []
      if text == "*" {
        // SQL habit: `select *`. Leaving out `select` already means all fields.
        hints.append("leave out 'select' to get all fields")
      }
      return Diagnostic(message: "unexpected character '\(text)'", range: range, hints: hints)
    case .integerTooLarge(let text, let range):
      return Diagnostic(message: "integer '\(text)' is too large", range: range)
    case .invalidDate(let text, let range):
      return Diagnostic(
        message: "invalid date '\(text)'", range: range,
        hints: ["dates are written YYYY-MM-DD, YYYY-MM or YYYY-Www, e.g. 2024-05-01"])
    }
  }
}
