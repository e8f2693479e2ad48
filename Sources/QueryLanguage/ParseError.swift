/// Why a statement does not parse, and where. Each reason carries its message beside it;
/// `diagnostic` turns it into the value the shell renders.
struct ParseError: Error {
  enum Reason {
    case lexical(LexError)
    case expectedCollection(found: String?)
    /// Something other than what may follow here: `expected` is the phrase naming what may
    /// (`a clause (where, group by, …)`), `suggestion` a close keyword.
    case unexpected(expected: String, found: String, suggestion: String?, hints: [String])
    case clauseOutOfOrder(clause: String, before: String)
    case duplicateClause(String)
    case offsetWithoutLimit
    case expectedBy(after: String, found: String?)
    case expectedField(after: String, found: String?)
    case literalAsField(String)
    case unknownOperator(String, suggestion: String?, hints: [String])
    case expectedOperator(after: String, found: String?)
    case expectedWith(after: String, found: String?)
    case expectedNull(found: String?, suggestion: String?)
    case secondStatement(found: String)
    /// `list`: a bracket was found, as if the operator were `in`.
    case expectedValue(after: String, found: String?, keyword: String?, list: Bool)
    case bareValueIsOneWord(word: String, quoted: String)
    /// `via = null`: comparisons with null are false, so this is surely meant as `is null`.
    case comparedWithNull(op: String, field: String, negated: Bool)
    case expectedListOpen(found: String?)
    case expectedListContinuation(found: String?)
    case unclosedParenthesis(found: String?)
    case unmatchedClosingParenthesis
    case nestingTooDeep(limit: Int)
    case expectedCount(clause: String, found: String?)
    case expectedSelectItem(after: String, found: String?)
    case countTakesNoArguments
  }

  var reason: Reason
  var range: SourceRange

  init(_ reason: Reason, at range: SourceRange) {
    self.reason = reason
    self.range = range
  }

  static let operatorChoices =
    "expected one of: =, ==, !=, <, <=, >, >=, contains, starts with, ends with, matches, in, "
    + "is null, is not null"

  static let clauseOrderHint =
    "clauses go in this order: where, group by, order by, limit, offset, select"

  var diagnostic: Diagnostic {
    switch reason {
    case .lexical(let error):
      return error.diagnostic
    case .expectedCollection(let found):
      return make(
        "expected a collection name\(Self.but(found))",
        hints: ["a statement starts with the collection to list, then its clauses"])
    case .unexpected(let expected, let found, let suggestion, let hints):
      return make(
        "expected \(expected) but found \(found)",
        hints: (suggestion.map { ["did you mean '\($0)'?"] } ?? []) + hints)
    case .clauseOutOfOrder(let clause, let before):
      return make("'\(clause)' must come before '\(before)'", hints: [Self.clauseOrderHint])
    case .duplicateClause(let clause):
      let hint =
        switch clause {
        case "where": "combine conditions with 'and' or 'or'"
        case "order by": "list several fields after one 'order by', separated by commas"
        case "select": "list several items after one 'select', separated by commas"
        default: Self.clauseOrderHint
        }
      return make("only one '\(clause)' clause is allowed", hints: [hint])
    case .offsetWithoutLimit:
      return make("'offset' needs a 'limit' before it", hints: ["write: limit N offset M"])
    case .expectedBy(let after, let found):
      return make("expected 'by' after '\(after)'\(Self.but(found))")
    case .expectedField(let after, let found):
      return make("expected a field after '\(after)'\(Self.but(found))")
    case .literalAsField(let found):
      return make(
        "expected a field but found \(found)",
        hints: ["the field goes on the left and the value on the right: speaker = \"Kim\""])
    case .unknownOperator(let text, let suggestion, let hints):
      return make(
        "unknown operator '\(text)'",
        hints: (suggestion.map { ["did you mean '\($0)'?"] } ?? []) + hints
          + [Self.operatorChoices])
    case .expectedOperator(let after, let found):
      return make(
        "expected an operator after '\(after)'\(Self.but(found))", hints: [Self.operatorChoices])
    case .expectedWith(let after, let found):
      return make("expected 'with' after '\(after)'\(Self.but(found))")
    case .expectedNull(let found, let suggestion):
      return make(
        "expected 'null' or 'not null' after 'is'\(Self.but(found))",
        hints: suggestion.map { ["did you mean '\($0)'?"] }
          ?? ["to compare with a value, use '=': kind = direct"])
    case .secondStatement(let found):
      return make(
        "expected the end of the statement after ';' but found \(found)",
        hints: ["parse one statement at a time; ScriptSplitter splits a script into statements"])
    case .expectedValue(let after, let found, let keyword, let list):
      var hints = keyword.map {
        ["'\($0)' is a keyword; to compare with the word, put it in quotes: \"\($0)\""]
      }
      if list { hints = ["a list of values needs 'in': field in (a, b)"] }
      return make("expected a value after '\(after)'\(Self.but(found))", hints: hints ?? [])
    case .bareValueIsOneWord(let word, let quoted):
      return make(
        "unexpected '\(word)': a bare value is one word; put it in quotes: \"\(quoted)\"")
    case .comparedWithNull(let op, let field, let negated):
      return make(
        "expected a value after '\(op)' but found 'null'",
        hints: ["to test for a missing value, write: \(field) is \(negated ? "not " : "")null"])
    case .expectedListOpen(let found):
      return make(
        "expected '(' after 'in'\(Self.but(found))",
        hints: ["write the choices in brackets: in (a, b, c)"])
    case .expectedListContinuation(let found):
      return make("expected ',' or ')' in the list\(Self.but(found))")
    case .unclosedParenthesis(let found):
      return make("expected ')' to close '('\(Self.but(found))")
    case .unmatchedClosingParenthesis:
      return make("unexpected ')' with no '(' to close")
    case .nestingTooDeep(let limit):
      return make(
        "condition is nested too deeply (more than \(limit) levels)",
        hints: ["split it up, or use 'in (a, b, c)' for a long list of alternatives"])
    case .expectedCount(let clause, let found):
      return make("'\(clause)' needs a non-negative integer\(Self.but(found))")
    case .expectedSelectItem(let after, let found):
      return make("expected a field or count() after '\(after)'\(Self.but(found))")
    case .countTakesNoArguments:
      return make("count() takes no arguments", hints: ["write count()"])
    }
  }

  private func make(_ message: String, hints: [String] = []) -> Diagnostic {
    Diagnostic(message: message, range: range, hints: hints)
  }

  /// ` but found 'x'`, or nothing at the end of the statement.
  private static func but(_ found: String?) -> String {
    found.map { " but found \($0)" } ?? ""
  }
}
