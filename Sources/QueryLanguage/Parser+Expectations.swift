// What may follow each clause, so that a stray word gets an error naming the valid choices.

extension Parser {
  /// The last clause parsed: it decides what may come next.
  enum Stage {
    case collection
    case `where`
    case group
    /// `open`: the last order term has no direction yet, so `asc`/`desc` may follow.
    case order(open: Bool)
    case limit(hasOffset: Bool)
    case select

    /// Position in `Keyword.clauseOrder`.
    var index: Int {
      switch self {
      case .collection: -1
      case .where: 0
      case .group: 1
      case .order: 2
      case .limit(let hasOffset): hasOffset ? 4 : 3
      case .select: 5
      }
    }

    /// Words other than clause keywords that may follow.
    var extras: [String] {
      switch self {
      case .collection, .group: []
      case .where: ["and", "or"]
      case .order(let open): open ? ["asc", "desc", ","] : [","]
      case .limit(let hasOffset): hasOffset ? [] : ["offset"]
      case .select: [","]
      }
    }
  }

  /// How a clause keyword is written in messages.
  static func clauseName(_ keyword: Keyword) -> String {
    switch keyword {
    case .group: "group by"
    case .order: "order by"
    default: keyword.rawValue
    }
  }

  /// The error for a token left over after the clauses: a clause in the wrong place, a
  /// misspelt keyword, a multi-word bare value, or just something unexpected.
  func unexpectedAfter(_ stage: Stage) throws(ParseError) -> ParseError {
    let token = try peek()
    if case .where = stage, token.is(.rightParen) {
      return ParseError(.unmatchedClosingParenthesis, at: token.range)
    }
    if let keyword = token.keyword, let index = Keyword.clauseOrder.firstIndex(of: keyword) {
      let name = Self.clauseName(keyword)
      if keyword == .offset, stage.index < 3 {
        return ParseError(.offsetWithoutLimit, at: token.range)
      }
      if index == stage.index {
        return ParseError(.duplicateClause(name), at: token.range)
      }
      if index < stage.index {
        let current = Self.clauseName(Keyword.clauseOrder[stage.index])
        return ParseError(.clauseOutOfOrder(clause: name, before: current), at: token.range)
      }
    }
    if let error = bareWordError(token) { return error }

    let clauses = Keyword.clauseOrder.dropFirst(stage.index + 1).filter { $0 != .offset }
    var choices = stage.extras.map { "'\($0)'" }
    switch clauses.count {
    case 0: choices.append("the end of the statement")
    case 1: choices.append("'\(clauses[clauses.startIndex].rawValue)'")
    default: choices.append("a clause (\(clauses.map(Self.clauseName).joined(separator: ", ")))")
    }
    let expected =
      choices.count == 1
      ? choices[0] : choices.dropLast().joined(separator: ", ") + " or " + choices.last!
    let candidates = stage.extras.filter { $0 != "," } + clauses.map(\.rawValue)
    var hints: [String] = []
    if case .group = stage, token.is(.comma) {
      hints.append("'group by' takes a single field")
    }
    if case .order = stage, token.is(.leftParen),
      case .word(let name) = tokens[position - 1].kind, Keyword.asciiLowercased(name) == "count"
    {
      hints.append("after 'group by', sort by the count column: order by count desc")
    }
    if case .collection = stage, isPlainWord(token), startsComparison(at: position + 1) {
      hints.append("did you forget 'where'?")
    }
    return ParseError(
      .unexpected(
        expected: expected, found: describe(token)!,
        suggestion: suggestion(for: token, among: candidates), hints: hints),
      at: token.range)
  }

  /// True when the token at `index` is an operator, as after a field name.
  private func startsComparison(at index: Int) -> Bool {
    let token = tokens[index]
    if case .op = token.kind { return true }
    switch token.keyword {
    case .contains?, .starts?, .ends?, .matches?, .in?, .is?: return true
    default: return false
    }
  }
}
