import QueryLanguage

/// Why the engine rejects a query, each reason beside its message. Thrown as a `Diagnostic`
/// pointing at the words at fault.
enum EngineError {
  case unknownCollection(String)
  /// `owner` is the collection, or the dotted path the field was looked up under.
  case unknownField(String, owner: String)
  case noSubfields(field: String, type: FieldType)
  case notANumber(literal: String, field: String, type: FieldType)
  case notForNumbers(ComparisonOperator, field: String, type: FieldType)
  case missingOperand(ComparisonOperator)
  case unexpectedOperand(ComparisonOperator)
  case listNeedsIn(ComparisonOperator)
  case invalidRegex(pattern: String, reason: String)
  case countMixedWithFields
  case notAGroupColumn(String, group: String)
  case negative(clause: String, value: Int)
  /// The caller's cancellation check turned true (Ctrl-C while the query ran).
  case interrupted

  var message: String {
    switch self {
    case .interrupted:
      "interrupted"
    case .unknownCollection(let name):
      "unknown collection '\(name)'"
    case .unknownField(let name, let owner):
      "unknown field '\(name)' in \(owner)"
    case .noSubfields(let field, let type):
      "'\(field)' has no fields after a dot; it is \(type.phrase)"
    case .notANumber(let literal, let field, let type):
      "'\(literal)' is not a number; '\(field)' is \(type.phrase)"
    case .notForNumbers(let op, let field, let type):
      "'\(op.rawValue)' compares text; '\(field)' is \(type.phrase)"
    case .missingOperand(let op):
      "'\(op.rawValue)' needs a value to compare with"
    case .unexpectedOperand(let op):
      "'\(op.rawValue)' takes no value"
    case .listNeedsIn(let op):
      "a list of values needs 'in', not '\(op.rawValue)'"
    case .invalidRegex(let pattern, let reason):
      "invalid regular expression '\(pattern)': \(reason)"
    case .countMixedWithFields:
      "count() cannot be selected with fields unless there is a group by"
    case .notAGroupColumn(let name, let group):
      "'\(name)' is not a column after 'group by \(group)'"
    case .negative(let clause, let value):
      "\(clause) must be 0 or more, not \(value)"
    }
  }

  func diagnostic(at range: SourceRange, hints: [String] = []) -> Diagnostic {
    Diagnostic(message: message, range: range, hints: hints)
  }

  /// The hint lines for an unknown name: the closest candidate, then every valid choice.
  static func nameHints(for name: String, among candidates: [String], listing label: String)
    -> [String]
  {
    var hints: [String] = []
    if let suggestion = Suggestions.closest(to: name, among: candidates) {
      hints.append("did you mean '\(suggestion)'?")
    }
    hints.append("\(label): \(candidates.joined(separator: ", "))")
    return hints
  }
}

extension FieldType {
  /// The type as a phrase after "is": "an integer", "text", "a list of text".
  var phrase: String {
    switch self {
    case .integer: "an integer"
    case .decimal: "a number"
    case .text: "text"
    case .date: "a date"
    case .entity: "an entity"
    case .list(let element): "a list of \(element.pluralPhrase)"
    }
  }

  private var pluralPhrase: String {
    switch self {
    case .integer: "integers"
    case .decimal: "numbers"
    case .text: "text"
    case .date: "dates"
    case .entity: "entities"
    case .list(let element): "lists of \(element.pluralPhrase)"
    }
  }

  /// The type of the elements a comparison looks at: a list's elements, anything else itself.
  var elementType: FieldType {
    if case .list(let element) = self { return element.elementType }
    return self
  }
}
