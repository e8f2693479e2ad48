import QueryEngine

/// csv (RFC 4180) and tsv output: a header row, then one line per row.
struct DelimitedRenderer: ResultRenderer, Sendable {
  let separator: Character
  let lineEnd: String
  let escape: @Sendable (String) -> String

  /// RFC 4180: CRLF line ends; a field holding a comma, quote or line break is quoted.
  static let csv = DelimitedRenderer(separator: ",", lineEnd: "\r\n") { field in
    guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }

  /// Tabs, line breaks and backslashes inside a field are escaped, so each row stays one line.
  static let tsv = DelimitedRenderer(separator: "\t", lineEnd: "\n") { field in
    var escaped = ""
    for character in field {
      switch character {
      case "\\": escaped += "\\\\"
      case "\t": escaped += "\\t"
      case "\n": escaped += "\\n"
      case "\r": escaped += "\\r"
      case "\r\n": escaped += "\\r\\n"
      default: escaped.append(character)
      }
    }
    return escaped
  }

  func render(_ result: ResultSet) -> String {
    var output = line(result.columns.map(\.name))
    for row in result.rows {
      output += line(row.map { ValueText.text($0) ?? "" })
    }
    return output
  }

  private func line(_ fields: [String]) -> String {
    fields.map(escape).joined(separator: String(separator)) + lineEnd
  }
}
