/// A stable, readable s-expression form of a parsed query, for golden tests and debugging:
///
///     quotes where speaker = Kim order by speaker desc limit 5
///     (query quotes (where (= speaker (word "Kim"))) (order (speaker desc)) (limit 5))
///
/// Clauses appear in the order of the grammar; multi-word operators are hyphenated
/// (`starts-with`, `is-not-null`); strings are quoted with `\"`, `\\`, `\n`, `\t` and
/// `\u{…}` (for other control characters) escaped, so a dump is always one line.
public enum ASTDump {
  /// The dump of `query`.
  public static func dump(_ query: Query) -> String {
    var parts = ["query", query.collection.name]
    if let filter = query.filter { parts.append("(where \(dump(filter)))") }
    if let group = query.groupBy { parts.append("(group \(group.dotted))") }
    if !query.orderBy.isEmpty {
      let terms = query.orderBy.map { "(\($0.field.dotted) \($0.descending ? "desc" : "asc"))" }
      parts.append("(order \(terms.joined(separator: " ")))")
    }
    if let limit = query.limit { parts.append("(limit \(limit.value))") }
    if let offset = query.offset { parts.append("(offset \(offset.value))") }
    if let select = query.select {
      let items = select.map { item in
        switch item {
        case .field(let path): path.dotted
        case .count: "(count)"
        }
      }
      parts.append("(select \(items.joined(separator: " ")))")
    }
    return "(\(parts.joined(separator: " ")))"
  }

  /// The dump of a condition: `(and A B)`, `(not A)`, `(= speaker (word "Kim"))`.
  public static func dump(_ expression: Expression) -> String {
    switch expression {
    case .and(let left, let right): "(and \(dump(left)) \(dump(right)))"
    case .or(let left, let right): "(or \(dump(left)) \(dump(right)))"
    case .not(let operand, _): "(not \(dump(operand)))"
    case .comparison(let comparison): dump(comparison)
    }
  }

  static func dump(_ comparison: Comparison) -> String {
    let op = comparison.op.rawValue.replacingSpaces(with: "-")
    let field = comparison.field.dotted
    switch comparison.operand {
    case .none: return "(\(op) \(field))"
    case .value(let literal): return "(\(op) \(field) \(dump(literal)))"
    case .list(let literals, _):
      return "(\(op) \(field) (list \(literals.map(dump).joined(separator: " "))))"
    }
  }

  /// The dump of a literal: `(string "…")`, `(word "Kim")`, `(int 5)`, `(decimal 4.8)`,
  /// `(date 2024-05-01)`.
  public static func dump(_ literal: Literal) -> String {
    switch literal.kind {
    case .string(let text): "(string \(quoted(text)))"
    case .word(let text): "(word \(quoted(text)))"
    case .integer(let value): "(int \(value))"
    case .decimal(let text): "(decimal \(text))"
    case .date(let text): "(date \(text))"
    }
  }

  /// `text` in double quotes, escaped so that the dump stays on one line.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F:
        result += "\\u{\(String(scalar.value, radix: 16))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

extension String {
  fileprivate func replacingSpaces(with replacement: String) -> String {
    split(separator: " ").joined(separator: replacement)
  }
}
