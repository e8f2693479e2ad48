/// Whether typed text is a whole statement, ready to run, or the shell should ask for more.
///
/// Decided from the tokens, as `sqlite3_complete` does: incomplete while a bracket or quote
/// is open, or when the last token waits for more (an operator, a comma, a keyword such as
/// `where`, `and`, `by`, `in`, `contains`). A `;` ends a statement; text after it is judged
/// on its own. Empty and comment-only text is complete (there is nothing to run), and a
/// dot-command (a line starting with `.`) is complete at the end of its line.
public enum StatementCompleteness {
  /// True when `text` can be run as it is.
  public static func isComplete(_ text: String) -> Bool {
    var lexer = Lexer(text)
    var depth = 0
    var last: Token?
    while true {
      let token = lexer.next()
      if token.isEnd { break }
      if token.startsLine, token.is(.dot) {
        lexer.resume(at: lexer.endOfLine(from: token.range.start))
        depth = 0
        last = nil
        continue
      }
      if case .invalid(.unterminatedString) = token.kind { return false }
      if token.is(.semicolon) {
        depth = 0
        last = nil
        continue
      }
      depth = nesting(depth, after: token)
      last = token
    }
    guard depth == 0, let last else { return depth == 0 }
    return !expectsMore(last)
  }

  /// True when a statement ending in `token` is waiting for more.
  static func expectsMore(_ token: Token) -> Bool {
    switch token.kind {
    case .op: true
    case .punctuation(let mark): mark == .comma || mark == .dot || mark == .leftParen
    case .word: token.keyword?.expectsMore ?? false
    default: false
    }
  }

  /// The bracket depth after `token`; a stray `)` does not make it negative.
  static func nesting(_ depth: Int, after token: Token) -> Int {
    if token.is(.leftParen) { return depth + 1 }
    if token.is(.rightParen) { return max(0, depth - 1) }
    return depth
  }
}
