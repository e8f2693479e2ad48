/// One lexical token of a newsq statement, with the bytes it was read from.
///
/// Tokens keep the text as written where it matters for messages (`'wher'`), and the decoded
/// value where it matters for the AST (a string's escapes resolved).
public struct Token: Hashable, Sendable {
  /// What the lexer recognised.
  public enum Kind: Hashable, Sendable {
    /// A name, keyword or bare value, as written (`quotes`, `WHERE`, `Kim`). Whether it is a
    /// keyword depends on where the parser meets it; see `Token.keyword`.
    case word(String)
    /// A quoted string, escapes resolved.
    case string(String)
    case integer(Int)
    /// A decimal as written, sign included: `4.8`, `-0.5`.
    case decimal(String)
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Www`, as written.
    case date(String)
    /// A run of operator characters (`=`, `<=`, `!=`, but also `=<` or `~`); the parser
    /// decides whether it is a real operator, so a typo gets a "did you mean".
    case op(String)
    case punctuation(Punctuation)
    /// Text the lexer could not read; the error says why. Lexing goes on after it.
    case invalid(LexError)
    /// The end of the text being lexed.
    case end
  }

  public let kind: Kind
  public let range: SourceRange
  /// True when only whitespace and comments stand between the start of a line (or of the
  /// text) and this token; the script splitter decides statement ends from it.
  public let startsLine: Bool

  /// The keyword this token spells, ignoring case, if it is a word that is one. Worked out
  /// once here: the parser asks for it many times per token.
  public let keyword: Keyword?

  public init(kind: Kind, range: SourceRange, startsLine: Bool = false) {
    self.kind = kind
    self.range = range
    self.startsLine = startsLine
    if case .word(let text) = kind {
      keyword = Keyword(text)
    } else {
      keyword = nil
    }
  }

  /// True for the given punctuation mark.
  public func `is`(_ mark: Punctuation) -> Bool {
    if case .punctuation(let found) = kind { return found == mark }
    return false
  }

  /// True for a word spelling the given keyword.
  public func `is`(_ word: Keyword) -> Bool { keyword == word }

  public var isEnd: Bool {
    if case .end = kind { return true }
    return false
  }
}

/// Single-character punctuation.
public enum Punctuation: String, Hashable, Sendable, CaseIterable {
  case leftParen = "("
  case rightParen = ")"
  case comma = ","
  case dot = "."
  case semicolon = ";"
}
