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
      members.append(JSONText.string(column.name) + ":" + Self.json(value))
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  /// A value as JSON: entities by name, lists as arrays, integral decimals without a fraction.
  static func json(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .integer(let number): String(number)
    case .decimal(let number): number.isFinite ? ValueText.decimal(number) : "null"
    case .text(let text): JSONText.string(text)
    case .entity(let entity): JSONText.string(entity.name)
    case .list(let elements): "[" + elements.map(json).joined(separator: ",") + "]"
    }
  }

}
