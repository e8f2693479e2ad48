import QueryLanguage

/// Compiles a `where` expression into a row predicate, once per query: every field, literal and
/// pattern is checked and prepared up front, so type errors surface even on an empty corpus and
/// each row costs only its own values.
struct Evaluator {
  typealias Predicate = (Row) -> Bool

  let index: CorpusIndex
  let resolver: FieldResolver

  func compile(_ expression: Expression) throws(Diagnostic) -> Predicate {
    switch expression {
    case .comparison(let comparison):
      return try compile(comparison)
    case .and(let left, let right):
      let (left, right) = (try compile(left), try compile(right))
      return { left($0) && right($0) }
    case .or(let left, let right):
      let (left, right) = (try compile(left), try compile(right))
      return { left($0) || right($0) }
    case .not(let operand, _):
      let operand = try compile(operand)
      return { !operand($0) }
    }
  }

  private func compile(_ comparison: Comparison) throws(Diagnostic) -> Predicate {
    let field = try resolver.resolve(comparison.field)
    let (read, index) = (field.read, self.index)
    let op = comparison.op

    if op == .isNull || op == .isNotNull {
      guard comparison.operand == .none else {
        throw EngineError.unexpectedOperand(op).diagnostic(at: comparison.opRange)
      }
      // A list is never null, even when empty: only a missing value is.
      let wantNull = op == .isNull
      return { (read(index, $0) == .null) == wantNull }
    }

    let literals: [Literal]
    switch comparison.operand {
    case .none:
      throw EngineError.missingOperand(op).diagnostic(at: comparison.opRange)
    case .value(let literal):
      literals = [literal]
    case .list(let list, let range):
      guard op == .isIn else { throw EngineError.listNeedsIn(op).diagnostic(at: range) }
      literals = list
    }

    let test = try ComparisonCompiler(field: field, comparison: comparison, literals: literals)
      .scalarTest()
    // Null compares false; a list compares true when any element does.
    let holds: (Value) -> Bool = { value in
      switch value {
      case .null: false
      case .list(let elements): elements.contains(where: test)
      default: test(value)
      }
    }
    // `!=` is exactly `not =`: true for null, and for a list when no element equals.
    if op == .notEqual { return { !holds(read(index, $0)) } }
    return { holds(read(index, $0)) }
  }
}
