// The condition rules of `Grammar/newsq.ebnf`: precedence or < and < not < comparison.

extension Parser {
  /// A parsed condition and the depth of its tree, so that long `and`/`or` chains are held to
  /// the same limit as brackets (the tree is walked recursively later).
  struct Condition {
    var expression: Expression
    var depth: Int
  }

  /// condition ::= conjunction ( 'or' conjunction )*
  mutating func parseCondition(after previous: String) throws(ParseError) -> Condition {
    var left = try parseConjunction(after: previous)
    while try peek().is(.or) {
      let keyword = tokens[position]
      position += 1
      let right = try parseConjunction(after: "or")
      left = try join(left, right, at: keyword.range, makeOr: true)
    }
    return left
  }

  /// conjunction ::= negation ( 'and' negation )*
  mutating func parseConjunction(after previous: String) throws(ParseError) -> Condition {
    var left = try parseNegation(after: previous)
    while try peek().is(.and) {
      let keyword = tokens[position]
      position += 1
      let right = try parseNegation(after: "and")
      left = try join(left, right, at: keyword.range, makeOr: false)
    }
    return left
  }

  /// negation ::= 'not' negation | primary
  mutating func parseNegation(after previous: String) throws(ParseError) -> Condition {
    let keyword = try peek()
    guard keyword.is(.not) else { return try parsePrimary(after: previous) }
    position += 1
    try enterNesting(at: keyword.range)
    defer { depth -= 1 }
    let operand = try parseNegation(after: "not")
    let range = keyword.range.union(operand.expression.range)
    return Condition(expression: .not(operand.expression, range: range), depth: operand.depth + 1)
  }

  /// primary ::= '(' condition ')' | comparison
  mutating func parsePrimary(after previous: String) throws(ParseError) -> Condition {
    let open = try peek()
    guard open.is(.leftParen) else {
      return Condition(expression: .comparison(try parseComparison(after: previous)), depth: 1)
    }
    position += 1
    try enterNesting(at: open.range)
    defer { depth -= 1 }
    let inner = try parseCondition(after: "(")
    let close = try peek()
    guard close.is(.rightParen) else {
      if let error = bareWordError(close) { throw error }
      let suggestion = close.keyword == nil ? suggestion(for: close, among: ["and", "or"]) : nil
      if let suggestion {
        throw ParseError(
          .unexpected(
            expected: "'and', 'or' or ')'", found: describe(close)!, suggestion: suggestion,
            hints: []), at: close.range)
      }
      // At the end, underline from the `(` that is never closed.
      let range = close.isEnd ? open.range.union(previousRange) : close.range
      throw ParseError(.unclosedParenthesis(found: describe(close)), at: range)
    }
    position += 1
    return inner
  }

  /// comparison ::= field ( comparisonOperator value | 'in' valueList | 'is' 'not'? 'null' )
  mutating func parseComparison(after previous: String) throws(ParseError) -> Comparison {
    lastBareWord = nil
    let first = try peek()
    switch first.kind {
    case .string, .integer, .decimal, .date:
      throw ParseError(.literalAsField(describe(first)!), at: first.range)
    default:
      break
    }
    let field = try parseField(after: previous)
    let (op, opRange) = try parseComparisonOperator(after: field)
    let operand: Operand
    switch op {
    case .isNull, .isNotNull:
      operand = .none
    case .isIn:
      operand = try parseValueList()
      lastBareWord = nil
    default:
      let isEquality = op == .equal || op == .exactEqual || op == .notEqual
      if isEquality, try peek().is(.null) {
        throw ParseError(
          .comparedWithNull(op: op.rawValue, field: field.dotted, negated: op == .notEqual),
          at: tokens[position].range)
      }
      let value = try parseValue(after: written(opRange))
      if case .word = value.kind { lastBareWord = value }
      operand = .value(value)
    }
    return Comparison(
      field: field, op: op, opRange: opRange, operand: operand,
      range: field.range.union(previousRange))
  }

  /// comparisonOperator ::= '=' | '==' | '!=' | '<' | '<=' | '>' | '>=' | 'contains'
  ///   | 'starts' 'with' | 'ends' 'with' | 'matches' | 'in' | 'is' 'not'? 'null'
  mutating func parseComparisonOperator(
    after field: FieldPath
  ) throws(ParseError) -> (ComparisonOperator, SourceRange) {
    let token = try peek()
    switch (token.kind, token.keyword) {
    case (.op(let text), _):
      guard let op = ComparisonOperator(rawValue: text) else {
        let suggestion =
          Self.operatorRewrites[text]
          ?? Suggestions.closest(to: text, among: Self.symbolicOperators)
        throw ParseError(
          .unknownOperator(text, suggestion: suggestion, hints: []), at: token.range)
      }
      position += 1
      return (op, token.range)
    case (_, .contains?), (_, .matches?), (_, .in?):
      position += 1
      let op: ComparisonOperator =
        token.is(.contains) ? .contains : token.is(.matches) ? .matches : .isIn
      return (op, token.range)
    case (.word(let text), .starts?), (.word(let text), .ends?):
      position += 1
      let with = try peek()
      guard with.is(.with) else {
        throw ParseError(.expectedWith(after: text, found: describe(with)), at: errorRange(with))
      }
      position += 1
      return (token.is(.starts) ? .startsWith : .endsWith, token.range.union(with.range))
    case (_, .is?):
      position += 1
      let negated = try peek().is(.not)
      if negated { position += 1 }
      let null = try peek()
      guard null.is(.null) else {
        throw ParseError(
          .expectedNull(
            found: describe(null), suggestion: suggestion(for: null, among: ["null", "not"])),
          at: errorRange(null))
      }
      position += 1
      return (negated ? .isNotNull : .isNull, token.range.union(null.range))
    case (_, .not?):
      throw ParseError(
        .unknownOperator(
          "not", suggestion: nil,
          hints: ["put 'not' before the condition: not \(field.dotted) …"]), at: token.range)
    case (.word(let text), _):
      if let suggestion = Suggestions.closest(to: text, among: Self.wordOperators) {
        throw ParseError(
          .unknownOperator(text, suggestion: suggestion, hints: []), at: token.range)
      }
      fallthrough
    default:
      throw ParseError(
        .expectedOperator(after: field.dotted, found: describe(token)), at: errorRange(token))
    }
  }

  /// valueList ::= '(' value ( ',' value )* ')'
  mutating func parseValueList() throws(ParseError) -> Operand {
    let open = try peek()
    guard open.is(.leftParen) else {
      throw ParseError(.expectedListOpen(found: describe(open)), at: errorRange(open))
    }
    position += 1
    var values: [Literal] = []
    var previous = "("
    while true {
      let value = try parseValue(after: previous)
      lastBareWord = nil
      if case .word = value.kind { lastBareWord = value }
      values.append(value)
      let next = try peek()
      if next.is(.rightParen) {
        position += 1
        return .list(values, range: open.range.union(next.range))
      }
      guard next.is(.comma) else {
        if let error = bareWordError(next) { throw error }
        throw ParseError(.expectedListContinuation(found: describe(next)), at: errorRange(next))
      }
      position += 1
      previous = ","
    }
  }

  /// value ::= STRING | WORD - keyword | NUMBER | DATE
  mutating func parseValue(after previous: String) throws(ParseError) -> Literal {
    let token = try peek()
    let kind: Literal.Kind
    switch token.kind {
    case .string(let text): kind = .string(text)
    case .word(let text) where token.keyword == nil: kind = .word(text)
    case .integer(let value): kind = .integer(value)
    case .decimal(let text): kind = .decimal(text)
    case .date(let text): kind = .date(text)
    case .word(let text):
      throw ParseError(
        .expectedValue(after: previous, found: describe(token), keyword: text, list: false),
        at: token.range)
    default:
      throw ParseError(
        .expectedValue(
          after: previous, found: describe(token), keyword: nil, list: token.is(.leftParen)),
        at: errorRange(token))
    }
    position += 1
    return Literal(kind: kind, range: token.range)
  }

  // MARK: - Helpers

  static let symbolicOperators = ["=", "==", "!=", "<", "<=", ">", ">="]
  static let wordOperators = [
    "contains", "starts with", "ends with", "matches", "in", "is null", "is not null",
  ]
  /// Operators from other languages, and their newsq spelling.
  static let operatorRewrites = [
    "<>": "!=", "=<": "<=", "=>": ">=", "!": "!=", "~": "matches", "=~": "matches",
    "~=": "matches", "~~": "matches",
  ]

  /// Counts one more level of brackets or `not`, refusing to go past the limit.
  private mutating func enterNesting(at range: SourceRange) throws(ParseError) {
    depth += 1
    if depth > Parser.maximumDepth {
      throw ParseError(.nestingTooDeep(limit: Parser.maximumDepth), at: range)
    }
  }

  private func join(
    _ left: Condition, _ right: Condition, at range: SourceRange, makeOr: Bool
  ) throws(ParseError) -> Condition {
    let depth = max(left.depth, right.depth) + 1
    if depth > Parser.maximumDepth {
      throw ParseError(.nestingTooDeep(limit: Parser.maximumDepth), at: range)
    }
    let expression: Expression =
      makeOr ? .or(left.expression, right.expression) : .and(left.expression, right.expression)
    return Condition(expression: expression, depth: depth)
  }

  /// When `token` is a plain word right after a bare-word value (`Kim Jong Un`), the error
  /// that says to quote the whole name; it covers the run of words that follows.
  func bareWordError(_ token: Token) -> ParseError? {
    guard let value = lastBareWord, isPlainWord(token),
      suggestion(for: token, among: ["and", "or"] + Keyword.clauseOrder.map(\.rawValue)) == nil
    else { return nil }
    var last = position
    while isPlainWord(tokens[last + 1]) { last += 1 }
    let quoted = written(value.range.union(tokens[last].range))
    guard case .word(let word) = token.kind else { return nil }
    return ParseError(
      .bareValueIsOneWord(word: word, quoted: quoted), at: token.range.union(tokens[last].range))
  }

  func isPlainWord(_ token: Token) -> Bool {
    if case .word = token.kind { return token.keyword == nil }
    return false
  }

  /// A keyword among `candidates` close to what `token` spells, if it is a word.
  func suggestion(for token: Token, among candidates: [String]) -> String? {
    guard case .word(let text) = token.kind else { return nil }
    return Suggestions.closest(to: text, among: candidates)
  }
}
