import QueryLanguage

/// Builds the test one comparison applies to a single value (a list's element, or a value that
/// is not a list), by the field's type: numbers compare numerically, text and dates as folded
/// text, entities by name, aliases and name words. `!=` is built as `=`; the caller negates.
struct ComparisonCompiler {
  typealias Test = (Value) -> Bool

  let field: ResolvedField
  let comparison: Comparison
  let literals: [Literal]

  private var op: ComparisonOperator { comparison.op }

  func scalarTest() throws(Diagnostic) -> Test {
    switch field.type.elementType {
    case .integer, .decimal: try numericTest()
    case .entity: try entityTest()
    case .text, .date, .list: try textValueTest()
    }
  }

  // MARK: Numbers

  private func numericTest() throws(Diagnostic) -> Test {
    var numbers: [Double] = []
    for literal in literals {
      guard let number = literal.number else {
        throw EngineError.notANumber(literal: literal.text, field: field.name, type: field.type)
          .diagnostic(at: literal.range)
      }
      numbers.append(number)
    }
    let compare: (Double, Double) -> Bool
    switch op {
    case .equal, .exactEqual, .notEqual, .isIn: compare = (==)
    case .less: compare = (<)
    case .lessOrEqual: compare = (<=)
    case .greater: compare = (>)
    case .greaterOrEqual: compare = (>=)
    case .contains, .startsWith, .endsWith, .matches, .isNull, .isNotNull:
      throw EngineError.notForNumbers(op, field: field.name, type: field.type).diagnostic(
        at: comparison.opRange, hints: ["numbers take =, ==, !=, <, <=, >, >= and in"])
    }
    return { value in
      guard let number = value.number else { return false }
      return numbers.contains { compare(number, $0) }
    }
  }

  // MARK: Text and dates

  private func textValueTest() throws(Diagnostic) -> Test {
    let test = try textTest()
    return { value in
      if case .text(let text) = value { return test(text) }
      return false
    }
  }

  /// The test on one string, shared by text fields and an entity's name and aliases.
  private func textTest() throws(Diagnostic) -> (String) -> Bool {
    let texts = literals.map(\.text)
    let folded = texts.map(TextFolding.fold)
    switch op {
    case .equal, .notEqual, .isIn:
      // Folding while comparing settles most rows at their first letters, with no copy.
      return { text in folded.contains { TextFolding.foldedEquals(text, $0) } }
    case .exactEqual:
      let wanted = Set(texts)
      return { wanted.contains($0) }
    case .contains:
      return { text in
        let text = TextFolding.fold(text)
        return folded.contains { TextFolding.contains(text, $0) }
      }
    case .startsWith:
      return { text in
        let text = TextFolding.fold(text)
        return folded.contains { TextFolding.hasPrefix(text, $0) }
      }
    case .endsWith:
      return { text in
        let text = TextFolding.fold(text)
        return folded.contains { TextFolding.hasSuffix(text, $0) }
      }
    case .matches:
      let regexes = try literals.map { literal throws(Diagnostic) in try Self.regex(literal) }
      return { text in
        let text = TextFolding.plain(text)
        return regexes.contains { text.contains($0) }
      }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      let accepts = Self.accepts(op)
      return { text in
        let text = TextFolding.fold(text)
        return folded.contains { accepts(TextFolding.byteOrder(text, $0)) }
      }
    case .isNull, .isNotNull:
      preconditionFailure("null tests are handled before values are compared")
    }
  }

  /// Which results of a three-way comparison (value against literal) an ordering operator
  /// accepts.
  private static func accepts(_ op: ComparisonOperator) -> (Int) -> Bool {
    switch op {
    case .less: { $0 < 0 }
    case .lessOrEqual: { $0 <= 0 }
    case .greater: { $0 > 0 }
    default: { $0 >= 0 }
    }
  }

  /// Compiles a `matches` pattern, case-insensitive, with typographic variants folded like the
  /// text it is matched against.
  private static func regex(_ literal: Literal) throws(Diagnostic) -> Regex<AnyRegexOutput> {
    do {
      return try Regex(TextFolding.plain(literal.text)).ignoresCase()
    } catch {
      throw EngineError.invalidRegex(pattern: literal.text, reason: "\(error)").diagnostic(
        at: literal.range)
    }
  }

  // MARK: Entities

  private func entityTest() throws(Diagnostic) -> Test {
    let test: (EntityValue) -> Bool
    switch op {
    case .equal, .notEqual, .isIn:
      let matchers = literals.map { EntityMatcher($0.text) }
      test = { entity in matchers.contains { $0.matches(entity) } }
    case .exactEqual:
      let names = Set(literals.map(\.text))
      test = { names.contains($0.name) }
    case .contains, .startsWith, .endsWith, .matches:
      let text = try textTest()
      test = { entity in text(entity.name) || entity.aliases.contains(where: text) }
    case .less, .lessOrEqual, .greater, .greaterOrEqual:
      // Ordering an entity means ordering its name.
      let text = try textTest()
      test = { text($0.name) }
    case .isNull, .isNotNull:
      preconditionFailure("null tests are handled before values are compared")
    }
    return { value in
      if case .entity(let entity) = value { return test(entity) }
      return false
    }
  }
}
