import QueryLanguage

/// A stand-in for the real parser (being written in QueryLanguage) so engine tests can be
/// written as query text: it builds the AST by hand from a small subset of the grammar, with
/// true UTF-8 byte ranges so diagnostics can be checked against the words they point at.
///
/// Not a reference for the language: keywords are lower case only, and errors are
/// `preconditionFailure`s, because a test with a malformed query is a broken test.
struct TestQueryParser {
  private struct Token {
    enum Kind: Equatable {
      case word
      case string
      case integer
      case decimal
      case date
      case symbol
    }
    var kind: Kind
    var text: String
    var range: SourceRange
  }

  private var tokens: [Token]
  private var position = 0
  private let end: Int

  static func parse(_ source: String) -> Query {
    var parser = TestQueryParser(source)
    return parser.query()
  }

  private init(_ source: String) {
    tokens = Self.tokenize(Array(source.utf8))
    end = source.utf8.count
  }

  // MARK: Grammar

  private mutating func query() -> Query {
    var query = Query(collection: identifier(), range: SourceRange(start: 0, end: end))
    while let token = peek() {
      switch token.text {
      case "where":
        advance()
        query.filter = expression()
      case "group":
        advance()
        expect("by")
        query.groupBy = path()
      case "order":
        advance()
        expect("by")
        repeat { query.orderBy.append(orderTerm()) } while accept(",")
      case "limit":
        advance()
        query.limit = integer()
      case "offset":
        advance()
        query.offset = integer()
      case "select":
        advance()
        query.select = []
        repeat { query.select?.append(selectItem()) } while accept(",")
      default:
        preconditionFailure("unexpected '\(token.text)'")
      }
    }
    return query
  }

  private mutating func expression() -> Expression {
    var left = conjunction()
    while accept("or") { left = .or(left, conjunction()) }
    return left
  }

  private mutating func conjunction() -> Expression {
    var left = negation()
    while accept("and") { left = .and(left, negation()) }
    return left
  }

  private mutating func negation() -> Expression {
    if let not = peek(), not.text == "not", not.kind == .word {
      advance()
      let operand = negation()
      return .not(operand, range: not.range.union(operand.range))
    }
    if accept("(") {
      let inner = expression()
      expect(")")
      return inner
    }
    return .comparison(comparison())
  }

  private mutating func comparison() -> Comparison {
    let field = path()
    let first = next()
    var op: ComparisonOperator
    var opRange = first.range
    switch first.text {
    case "starts", "ends":
      opRange = opRange.union(expect("with"))
      op = first.text == "starts" ? .startsWith : .endsWith
    case "is":
      if accept("not") {
        op = .isNotNull
      } else {
        op = .isNull
      }
      opRange = opRange.union(expect("null"))
    default:
      guard let simple = ComparisonOperator(rawValue: first.text) else {
        preconditionFailure("not an operator: '\(first.text)'")
      }
      op = simple
    }
    var operand = Operand.none
    if op != .isNull && op != .isNotNull {
      if let open = peek(), open.text == "(", open.kind == .symbol {
        advance()
        var list = [literal()]
        while accept(",") { list.append(literal()) }
        operand = .list(list, range: open.range.union(expect(")")))
      } else {
        operand = .value(literal())
      }
    }
    let lastRange: SourceRange =
      switch operand {
      case .none: opRange
      case .value(let literal): literal.range
      case .list(_, let range): range
      }
    return Comparison(
      field: field, op: op, opRange: opRange, operand: operand,
      range: field.range.union(lastRange))
  }

  private mutating func literal() -> Literal {
    let token = next()
    let kind: Literal.Kind =
      switch token.kind {
      case .string: .string(token.text)
      case .word: .word(token.text)
      case .integer: .integer(Int(token.text)!)
      case .decimal: .decimal(token.text)
      case .date: .date(token.text)
      case .symbol: preconditionFailure("not a literal: '\(token.text)'")
      }
    return Literal(kind: kind, range: token.range)
  }

  private mutating func orderTerm() -> OrderTerm {
    let field = path()
    var range = field.range
    var descending = false
    if let direction = peek(), direction.text == "asc" || direction.text == "desc" {
      advance()
      descending = direction.text == "desc"
      range = range.union(direction.range)
    }
    return OrderTerm(field: field, descending: descending, range: range)
  }

  private mutating func selectItem() -> SelectItem {
    if tokens.count > position + 1, peek()?.text == "count", tokens[position + 1].text == "(" {
      let start = next().range
      advance()
      return .count(range: start.union(expect(")")))
    }
    return .field(path())
  }

  private mutating func path() -> FieldPath {
    var components = [identifier()]
    while accept(".") { components.append(identifier()) }
    return FieldPath(components: components)
  }

  private mutating func identifier() -> Identifier {
    let token = next()
    precondition(token.kind == .word, "expected a name, found '\(token.text)'")
    return Identifier(name: token.text, range: token.range)
  }

  private mutating func integer() -> IntegerLiteral {
    let token = next()
    precondition(token.kind == .integer, "expected an integer, found '\(token.text)'")
    return IntegerLiteral(value: Int(token.text)!, range: token.range)
  }

  // MARK: Tokens

  private func peek() -> Token? { position < tokens.count ? tokens[position] : nil }

  private mutating func advance() { position += 1 }

  private mutating func next() -> Token {
    guard let token = peek() else { preconditionFailure("unexpected end of query") }
    position += 1
    return token
  }

  private mutating func accept(_ text: String) -> Bool {
    guard let token = peek(), token.text == text, token.kind == .word || token.kind == .symbol
    else { return false }
    position += 1
    return true
  }

  @discardableResult
  private mutating func expect(_ text: String) -> SourceRange {
    let token = next()
    precondition(token.text == text, "expected '\(text)', found '\(token.text)'")
    return token.range
  }

  private static func tokenize(_ bytes: [UInt8]) -> [Token] {
    var tokens: [Token] = []
    var index = 0
    func isDigit(_ at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }
    func isWordByte(_ byte: UInt8) -> Bool {
      byte >= 0x80 || byte == 0x5F || byte == 0x2D || (byte >= 0x30 && byte <= 0x39)
        || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
    }
    func text(_ from: Int, _ to: Int) -> String {
      String(decoding: bytes[from..<to], as: UTF8.self)
    }
    while index < bytes.count {
      let start = index
      let byte = bytes[index]
      if byte == 0x20 || byte == 0x0A || byte == 0x09 {
        index += 1
        continue
      }
      if byte == 0x22 || byte == 0x27 {  // " or '
        var value: [UInt8] = []
        index += 1
        while bytes[index] != byte {
          // A backslash escapes a quote mark or itself; before anything else it stays, so
          // regular expressions keep their `\d`.
          if bytes[index] == 0x5C, [byte, 0x5C].contains(bytes[index + 1]) { index += 1 }
          value.append(bytes[index])
          index += 1
        }
        index += 1
        tokens.append(
          Token(
            kind: .string, text: String(decoding: value, as: UTF8.self),
            range: SourceRange(start: start, end: index)))
      } else if isDigit(index) || (byte == 0x2D && isDigit(index + 1)) {
        index += 1
        while isDigit(index) { index += 1 }
        var kind = Token.Kind.integer
        if index - start == 4, index < bytes.count, bytes[index] == 0x2D {  // 2025-05-06, 2025-W18
          while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
          kind = .date
        } else if index < bytes.count, bytes[index] == 0x2E, isDigit(index + 1) {
          index += 1
          while isDigit(index) { index += 1 }
          kind = .decimal
        }
        tokens.append(
          Token(kind: kind, text: text(start, index), range: SourceRange(start: start, end: index)))
      } else if isWordByte(byte) {
        while index < bytes.count, isWordByte(bytes[index]) { index += 1 }
        tokens.append(
          Token(
            kind: .word, text: text(start, index), range: SourceRange(start: start, end: index)))
      } else {
        let pair = index + 1 < bytes.count ? text(index, index + 2) : ""
        index += ["==", "!=", "<=", ">="].contains(pair) ? 2 : 1
        tokens.append(
          Token(
            kind: .symbol, text: text(start, index), range: SourceRange(start: start, end: index)))
      }
    }
    return tokens
  }
}
