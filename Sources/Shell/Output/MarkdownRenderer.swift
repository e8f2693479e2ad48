import QueryEngine

/// A GitHub-flavoured pipe table; numeric columns right-aligned.
struct MarkdownRenderer: ResultRenderer {
  func render(_ result: ResultSet) -> String {
    var output = "| " + result.columns.map { cell($0.name) }.joined(separator: " | ") + " |\n"
    output +=
      "|" + result.columns.map { $0.type.isNumeric ? " ---: " : " --- " }.joined(separator: "|")
      + "|\n"
    for row in result.rows {
      output += "| " + row.map { cell(ValueText.text($0) ?? "") }.joined(separator: " | ") + " |\n"
    }
    return output
  }

  /// Pipes would end the cell and line breaks the row: escape the one, flatten the other.
  private func cell(_ text: String) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "|": escaped += "\\|"
      case "\n", "\r", "\r\n": escaped += " "
      default: escaped.append(character)
      }
    }
    return escaped
  }
}
