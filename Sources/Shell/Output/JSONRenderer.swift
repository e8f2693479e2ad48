import QueryEngine

/// `json` (one array per statement, on one line) and `jsonl` (one object per row).
struct JSONRenderer: ResultRenderer {
  let perRow: Bool

  func render(_ result: ResultSet) -> String {
    let objects = result.rows.map { object($0, columns: result.columns) }
    if perRow {
      return objects.map { $0 + "\n" }.joined()
    }
    return "[" + objects.joined(separator: ",") + "]\n"
  }

  private func object(_ row: [Value], columns: [ResultColumn]) -> String {
    var members: [String] = []
    members.reserveCapacity(columns.count)
    for (column, value) in zip(columns, row) {
      members.append(Self.string(column.name) + ":" + Self.json(value))
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  /// A value as JSON: entities by name, lists as arrays, integral decimals without a fraction.
  static func json(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .integer(let number): String(number)
    case .decimal(let number): number.isFinite ? ValueText.decimal(number) : "null"
    case .text(let text): string(text)
    case .entity(let entity): string(entity.name)
    case .list(let elements): "[" + elements.map(json).joined(separator: ",") + "]"
    }
  }

  /// A JSON string literal; non-ASCII text stays as UTF-8, control characters are escaped.
  static func string(_ text: String) -> String {
    var escaped = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped += "\\\""
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\t": escaped += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        escaped += "\\u" + hex4(scalar.value)
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped + "\""
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
