/// Recursive-descent parser for newsq statements; one method per rule of `Grammar/newsq.ebnf`,
/// named as the rule (`orderClause` ↔ `parseOrderClause()`).
///
/// Errors are values: the first problem stops the parse and is thrown as a `Diagnostic`
/// whose range points into the source.
public struct Parser {
  /// How deep conditions may nest (brackets, `not`, chains of `and`/`or`). Deep enough for any
  /// query a person writes, shallow enough that neither the parser nor anything walking the
  /// tree later can run out of stack.
  public static let maximumDepth = 200

  let source: String
  var tokens: [Token]
  var position = 0
  /// Current bracket and `not` nesting while parsing a condition.
  var depth = 0
  /// The last value, when it was a bare word: a word right after it was probably meant to be
  /// part of it (`speaker = Kim Jong Un`).
  var lastBareWord: Literal?

  init(_ source: String, range: SourceRange?) {
    self.source = source
    self.tokens = Lexer.tokenize(source, range: range)
  }

  /// Parses the single statement that occupies `range` of `source`. Ranges in the result
  /// and in a thrown diagnostic are UTF-8 byte offsets into the whole `source`.
  public static func parseQuery(_ source: String, range: SourceRange) throws(Diagnostic) -> Query {
    var parser = Parser(source, range: range)
    do {
      return try parser.parseQuery()
    } catch {
      throw error.diagnostic
    }
  }

  /// Parses `source` as one statement.
  public static func parseQuery(_ source: String) throws(Diagnostic) -> Query {
    try parseQuery(source, range: SourceRange(start: 0, end: source.utf8.count))
  }

  // MARK: - Rules

  /// query ::= collection whereClause? groupClause? orderClause? limitClause? selectClause? ';'*
  mutating func parseQuery() throws(ParseError) -> Query {
    let collection = try parseCollection()
    var query = Query(collection: collection, range: collection.range)
    var stage = Stage.collection
    if try peek().is(.where) {
      query.filter = try parseWhereClause()
      stage = .where
    }
    if try peek().is(.group) {
      query.groupBy = try parseGroupClause()
      stage = .group
    }
    if try peek().is(.order) {
      query.orderBy = try parseOrderClause()
      // A term whose range is just its field has no `asc`/`desc` yet.
      stage = .order(open: query.orderBy.last.map { $0.range == $0.field.range } ?? false)
    }
    if try peek().is(.limit) {
      (query.limit, query.offset) = try parseLimitClause()
      stage = .limit(hasOffset: query.offset != nil)
    }
    if try peek().is(.select) {
      query.select = try parseSelectClause()
      stage = .select
    }
    query.range = query.range.union(previousRange)
    if try peek().is(.semicolon) {
      while try peek().is(.semicolon) { position += 1 }
      let next = try peek()
      if !next.isEnd { throw ParseError(.secondStatement(found: describe(next)!), at: next.range) }
    }
    if try !peek().isEnd { throw try unexpectedAfter(stage) }
    return query
  }

  /// collection ::= name
  mutating func parseCollection() throws(ParseError) -> Identifier {
    let token = try peek()
    guard case .word(let name) = token.kind, token.keyword == nil else {
      throw ParseError(.expectedCollection(found: describe(token)), at: errorRange(token))
    }
    position += 1
    return Identifier(name: name, range: token.range)
  }

  /// whereClause ::= 'where' condition
  mutating func parseWhereClause() throws(ParseError) -> Expression {
    position += 1  // `where`
    return try parseCondition(after: "where").expression
  }

  /// groupClause ::= 'group' 'by' field
  mutating func parseGroupClause() throws(ParseError) -> FieldPath {
    try expectBy(after: "group")
    return try parseField(after: "by")
  }

  /// orderClause ::= 'order' 'by' orderTerm ( ',' orderTerm )*
  mutating func parseOrderClause() throws(ParseError) -> [OrderTerm] {
    try expectBy(after: "order")
    var terms = [try parseOrderTerm(after: "by")]
    while try peek().is(.comma) {
      position += 1
      terms.append(try parseOrderTerm(after: ","))
    }
    return terms
  }

  /// orderTerm ::= field ( 'asc' | 'desc' )?
  mutating func parseOrderTerm(after previous: String) throws(ParseError) -> OrderTerm {
    let field = try parseField(after: previous)
    let direction = try peek()
    if direction.is(.asc) || direction.is(.desc) {
      position += 1
      return OrderTerm(
        field: field, descending: direction.is(.desc), range: field.range.union(direction.range))
    }
    return OrderTerm(field: field, descending: false, range: field.range)
  }

  /// limitClause ::= 'limit' INTEGER ( 'offset' INTEGER )?
  mutating func parseLimitClause() throws(ParseError) -> (IntegerLiteral, IntegerLiteral?) {
    position += 1  // `limit`
    let limit = try expectCount(clause: "limit")
    guard try peek().is(.offset) else { return (limit, nil) }
    position += 1
    return (limit, try expectCount(clause: "offset"))
  }

  /// selectClause ::= 'select' selectItem ( ',' selectItem )*
  mutating func parseSelectClause() throws(ParseError) -> [SelectItem] {
    position += 1  // `select`
    var items = [try parseSelectItem(after: "select")]
    while try peek().is(.comma) {
      position += 1
      items.append(try parseSelectItem(after: ","))
    }
    return items
  }

  /// selectItem ::= countCall | field
  mutating func parseSelectItem(after previous: String) throws(ParseError) -> SelectItem {
    let token = try peek()
    if case .word(let name) = token.kind, Keyword.asciiLowercased(name) == "count",
      tokens[position + 1].is(.leftParen)
    {
      return .count(range: try parseCountCall())
    }
    guard case .word = token.kind, token.keyword == nil else {
      throw ParseError(
        .expectedSelectItem(after: previous, found: describe(token)), at: errorRange(token))
    }
    return .field(try parseField(after: previous))
  }

  /// countCall ::= 'count' '(' ')'
  mutating func parseCountCall() throws(ParseError) -> SourceRange {
    let start = tokens[position].range
    position += 2  // `count (`
    // Raw access: `count(*)` should say count takes no arguments, not that `*` is unknown.
    let token = tokens[position]
    if token.isEnd {
      throw ParseError(.unclosedParenthesis(found: nil), at: start.union(previousRange))
    }
    guard token.is(.rightParen) else {
      var end = token.range
      if let close = tokens[position...].first(where: { $0.is(.rightParen) || $0.isEnd }),
        !close.isEnd
      {
        end = close.range
      }
      throw ParseError(.countTakesNoArguments, at: token.range.union(end))
    }
    position += 1
    return start.union(token.range)
  }

  /// field ::= name ( '.' name )*
  mutating func parseField(after previous: String) throws(ParseError) -> FieldPath {
    var components = [try parseName(after: previous)]
    while try peek().is(.dot) {
      position += 1
      components.append(try parseName(after: "."))
    }
    return FieldPath(components: components)
  }

  /// name ::= WORD - keyword
  mutating func parseName(after previous: String) throws(ParseError) -> Identifier {
    let token = try peek()
    guard case .word(let name) = token.kind, token.keyword == nil else {
      throw ParseError(
        .expectedField(after: previous, found: describe(token)), at: errorRange(token))
    }
    position += 1
    return Identifier(name: name, range: token.range)
  }

  // MARK: - Helpers

  /// The `by` of `group by` / `order by`.
  private mutating func expectBy(after keyword: String) throws(ParseError) {
    position += 1  // `group` / `order`
    let token = try peek()
    guard token.is(.by) else {
      throw ParseError(.expectedBy(after: keyword, found: describe(token)), at: errorRange(token))
    }
    position += 1
  }

  /// The integer of `limit` / `offset`.
  private mutating func expectCount(clause: String) throws(ParseError) -> IntegerLiteral {
    let token = try peek()
    guard case .integer(let value) = token.kind, value >= 0 else {
      throw ParseError(
        .expectedCount(clause: clause, found: describe(token)), at: errorRange(token))
    }
    position += 1
    return IntegerLiteral(value: value, range: token.range)
  }

  /// The current token; lexical errors surface here, when the parse reaches them.
  func peek() throws(ParseError) -> Token {
    let token = tokens[position]
    if case .invalid(let error) = token.kind { throw ParseError(.lexical(error), at: error.range) }
    return token
  }

  /// The range of the token before the current one.
  var previousRange: SourceRange {
    position > 0 ? tokens[position - 1].range : tokens[position].range
  }

  /// Where to point for a problem with `token`: the token itself, or just after the previous
  /// token at the end of the statement (an empty range means "here").
  func errorRange(_ token: Token) -> SourceRange {
    guard token.isEnd, position > 0 else { return token.range }
    let end = tokens[position - 1].range.end
    return SourceRange(start: end, end: end)
  }

  /// `token` as messages quote it, nil at the end of the statement.
  func describe(_ token: Token) -> String? {
    if token.isEnd { return nil }
    var text = written(token.range)
    if text.count > 40 { text = String(text.prefix(39)) + "…" }
    if case .string = token.kind { return text }
    return "'\(text)'"
  }

  /// The source text of `range`.
  func written(_ range: SourceRange) -> String {
    let utf8 = source.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.start)
    let upper = utf8.index(lower, offsetBy: range.end - range.start)
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }
}
