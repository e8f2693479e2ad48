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
    let location = SourceLocation(offset: diagnostic.range.start, in: source)
    var output = ""
    if let fileName {
      output += "\(fileName):\(location.line):\(location.column): "
    }
    output += paint("error:", "1;31") + " " + diagnostic.message + "\n"
    let shownLine = Self.expandTabs(location.lineText)
    output += shownLine + "\n"
    output += caretLine(for: diagnostic.range, location: location, source: source) + "\n"
    for hint in diagnostic.hints {
      output += paint("hint:", "1;36") + " " + hint + "\n"
    }
    return output
  }

  /// Spaces up to the range's first column, then one caret per column it covers on that line
  /// (at least one, so an error at the end of input still has a mark).
  private func caretLine(for range: SourceRange, location: SourceLocation, source: String) -> String
  {
    let lineText = location.lineText
    let prefix = lineText.prefix(location.column - 1)
    let utf8 = source.utf8
    let lineStartOffset = utf8.distance(from: utf8.startIndex, to: location.lineStart)
    let lineEndOffset = lineStartOffset + lineText.utf8.count
    let coveredEnd = min(max(range.end, range.start), lineEndOffset)
    var coveredWidth = 0
    if coveredEnd > range.start {
      let from = utf8.index(utf8.startIndex, offsetBy: range.start)
      let to = utf8.index(utf8.startIndex, offsetBy: coveredEnd)
      coveredWidth = DisplayWidth.of(Self.expandTabs(source[from..<to]))
    }
    let indent = String(repeating: " ", count: DisplayWidth.of(Self.expandTabs(prefix)))
    return indent + paint(String(repeating: "^", count: max(1, coveredWidth)), "1;32")
  }

  private func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Tabs become single spaces so the caret line stays aligned whatever the tab stops.
  private static func expandTabs(_ text: Substring) -> String {
    String(text.map { $0 == "\t" ? " " : $0 })
  }
}
