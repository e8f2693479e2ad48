import QueryLanguage

/// Renders a query error in the contract's layout:
///
///     [FILE:LINE:COL: ]error: MESSAGE
///     the statement line
///                  ^^^^^^
///     hint: did you mean 'speaker'?
///
/// The `FILE:LINE:COL: ` prefix is given for scripts and stdin, not for `-c` or the prompt.
struct DiagnosticRenderer {
  /// Red "error:", bold carets; only when the error stream is a terminal without `NO_COLOR`.
  var colour: Bool

  func render(_ diagnostic: Diagnostic, source: String, fileName: String?) -> String {
    var output = ""
    if let fileName {
      let location = SourceLocation(offset: diagnostic.range.start, in: source)
      output += "\(fileName):\(location.line):\(location.column): "
    }
    output += paint("error:", "1;31") + " " + diagnostic.message + "\n"
    let line = SourceLine(containing: diagnostic.range.start, in: source)
    output += Self.expandTabs(line.text) + "\n"
    output += caretLine(for: diagnostic.range, on: line, source: source) + "\n"
    for hint in diagnostic.hints {
      output += paint("hint:", "1;36") + " " + hint + "\n"
    }
    return output
  }

  /// Spaces up to the range's first column, then one caret per column it covers on that line
  /// (at least one, so an error at the end of input still has a mark).
  private func caretLine(for range: SourceRange, on line: SourceLine, source: String) -> String {
    let utf8 = source.utf8
    let start = min(max(range.start, line.startOffset), line.startOffset + line.text.utf8.count)
    let end = min(max(range.end, start), line.startOffset + line.text.utf8.count)
    let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
    let lineStart = index(line.startOffset)
    let indent = DisplayWidth.of(Self.expandTabs(source[lineStart..<index(start)]))
    let covered = DisplayWidth.of(Self.expandTabs(source[index(start)..<index(end)]))
    return String(repeating: " ", count: indent)
      + paint(String(repeating: "^", count: max(1, covered)), "1;32")
  }

  private func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Tabs become single spaces so the caret line stays aligned whatever the tab stops.
  private static func expandTabs(_ text: Substring) -> String {
    String(text.map { $0 == "\t" ? " " : $0 })
  }
}
