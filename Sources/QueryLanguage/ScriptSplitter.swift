/// One thing to run from a script: a statement or a dot-command, as a range of the source.
public struct ScriptItem: Hashable, Sendable {
  /// What the item is.
  public enum Kind: Hashable, Sendable {
    /// A query, for `Parser.parseQuery(_:range:)`.
    case statement
    /// A line starting with `.` (`.mode json`), for the shell; comments after it removed.
    case dotCommand
  }

  public var kind: Kind
  /// The item's text, without surrounding whitespace, comments or the ending `;`.
  public var range: SourceRange

  public init(kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }

  /// The item's text in `source`.
  public func text(in source: String) -> String {
    let utf8 = source.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
    let upper = utf8.index(lower, offsetBy: range.end - range.start)
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }
}

/// Splits a script (a `-c` argument, a script file, piped stdin) into statements and
/// dot-commands, so the shell can parse and run them one at a time.
///
/// Rules: a statement ends at `;` or at the end of a line, but the next line continues it
/// when a bracket is open, when this line ends waiting for more (an operator, a comma, a
/// keyword like `where` or `and`), or when the next line starts with a keyword, an operator,
/// a comma or `)` (none of which can begin a statement). A line whose first non-blank
/// character is `.` is a dot-command. Blank lines, comments and empty statements are skipped.
/// An unterminated string ends its statement at the end of its line, so it becomes an item
/// whose parse reports the error instead of swallowing the rest of the script.
public enum ScriptSplitter {
  /// The items of `source`, in order.
  public static func split(_ source: String) -> [ScriptItem] {
    var splitter = State(source)
    return splitter.run()
  }

  private struct State {
    let bytes: [UInt8]
    var lexer: Lexer
    var items: [ScriptItem] = []
    /// The statement being gathered: its first and last byte, bracket depth, last token.
    var start: Int?
    var end = 0
    var depth = 0
    var last: Token?

    init(_ source: String) {
      bytes = Array(source.utf8)
      lexer = Lexer(source)
    }

    mutating func run() -> [ScriptItem] {
      while true {
        let token = lexer.next()
        if token.isEnd { break }
        if token.startsLine {
          if token.is(.dot) {
            finishStatement()
            dotCommand(at: token.range.start)
            continue
          }
          if start != nil, !continues(with: token) { finishStatement() }
        }
        if token.is(.semicolon) {
          finishStatement()
          continue
        }
        start = start ?? token.range.start
        if case .invalid(.unterminatedString) = token.kind {
          let lineEnd = lexer.endOfLine(from: token.range.start)
          end = trimmedEnd(lineEnd, from: token.range.start)
          finishStatement()
          lexer.resume(at: lineEnd)
          continue
        }
        end = token.range.end
        depth = StatementCompleteness.nesting(depth, after: token)
        last = token
      }
      finishStatement()
      return items
    }

    /// True when a line starting with `token` continues the statement being gathered.
    func continues(with token: Token) -> Bool {
      if depth > 0 { return true }
      if let last, StatementCompleteness.expectsMore(last) { return true }
      switch token.kind {
      case .op: return true
      case .punctuation(let mark): return mark == .comma || mark == .rightParen
      case .word: return token.keyword != nil
      default: return false
      }
    }

    mutating func finishStatement() {
      if let start {
        items.append(ScriptItem(kind: .statement, range: .init(start: start, end: end)))
      }
      start = nil
      depth = 0
      last = nil
    }

    /// Takes the line from `offset` as a dot-command, up to a `#` comment (a `#` after a
    /// blank, outside quotes: `.output a#b.txt` keeps its `#`).
    mutating func dotCommand(at offset: Int) {
      let lineEnd = lexer.endOfLine(from: offset)
      var commandEnd = lineEnd
      var quote: UInt8?
      for i in offset..<lineEnd {
        let byte = bytes[i]
        if let open = quote {
          if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
          quote = byte
        } else if byte == UInt8(ascii: "#"),
          bytes[i - 1] == UInt8(ascii: " ")
            || bytes[i - 1] == UInt8(ascii: "\t")
        {
          commandEnd = i
          break
        }
      }
      let range = SourceRange(start: offset, end: trimmedEnd(commandEnd, from: offset))
      items.append(ScriptItem(kind: .dotCommand, range: range))
      lexer.resume(at: lineEnd)
    }

    /// `end` moved back over trailing blanks, not before `start`.
    func trimmedEnd(_ end: Int, from start: Int) -> Int {
      var end = end
      while end > start, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
      return end
    }
  }
}
