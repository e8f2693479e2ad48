import QueryEngine

/// Aligned columns in the manner of psql: a header, a rule, rows, and a `(N rows)` footer.
///
/// The table is fitted to `style.width`: when the natural widths do not fit, the widest columns
/// give up space first and their text wraps inside the cell, so a long quote stays readable
/// instead of running off the screen.
struct TableRenderer: ResultRenderer {
  let style: TableStyle

  /// The narrowest a column is squeezed to (or its natural width, if smaller).
  private static let minimumColumnWidth = 8
  private static let separator = " | "

  func render(_ result: ResultSet) -> String {
    let header = result.columns.map(\.name)
    let cells = result.rows.map { row in row.map { Self.flatten(ValueText.text($0) ?? "") } }
    let widths = fittedWidths(header: header, cells: cells)
    let rightAligned = result.columns.map(\.type.isNumeric)

    var output = ""
    output += renderRow(header, widths: widths, rightAligned: rightAligned.map { _ in false }) {
      style.colour ? "\u{1B}[1m" + $0 + "\u{1B}[0m" : $0
    }
    let rule = widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "+")
    output += (style.colour ? "\u{1B}[2m" + rule + "\u{1B}[0m" : rule) + "\n"
    for row in cells {
      output += renderRow(row, widths: widths, rightAligned: rightAligned) { $0 }
    }
    output += result.rows.count == 1 ? "(1 row)\n" : "(\(result.rows.count) rows)\n"
    return output
  }

  /// Natural widths, then shrink the widest column one step at a time until the table fits.
  private func fittedWidths(header: [String], cells: [[String]]) -> [Int] {
    var widths = header.map(DisplayWidth.of)
    for row in cells {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    let floors = zip(header, widths).map { name, natural in
      min(natural, max(DisplayWidth.of(name), Self.minimumColumnWidth))
    }
    let chrome = 3 * max(0, widths.count - 1) + 2
    var excess = widths.reduce(0, +) + chrome - style.width
    while excess > 0 {
      guard
        let widest = widths.indices.filter({ widths[$0] > floors[$0] })
          .max(by: { widths[$0] < widths[$1] })
      else { break }
      let others = widths.indices.filter { $0 != widest && widths[$0] > floors[$0] }
      let runnerUp = others.map { widths[$0] }.max() ?? floors[widest]
      let step = max(1, min(excess, widths[widest] - max(runnerUp, floors[widest])))
      widths[widest] -= step
      excess -= step
    }
    return widths
  }

  private func renderRow(
    _ row: [String], widths: [Int], rightAligned: [Bool], decorate: (String) -> String
  ) -> String {
    let wrapped = zip(row, widths).map { Self.wrap($0, width: $1) }
    let height = wrapped.map(\.count).max() ?? 1
    var output = ""
    for lineIndex in 0..<height {
      var parts: [String] = []
      for (column, lines) in wrapped.enumerated() {
        let text = lineIndex < lines.count ? lines[lineIndex] : ""
        let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(text)))
        parts.append(rightAligned[column] ? padding + decorate(text) : decorate(text) + padding)
      }
      var line = " " + parts.joined(separator: Self.separator)
      while line.last == " " { line.removeLast() }
      output += line + "\n"
    }
    return output
  }

  /// Line breaks and tabs inside a cell would break the grid: show them as spaces.
  static func flatten(_ text: String) -> String {
    guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return text }
    return String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }

  /// Word-wraps `text` into lines at most `width` columns wide, breaking long words.
  static func wrap(_ text: String, width: Int) -> [String] {
    guard DisplayWidth.of(text) > width, width > 0 else { return [text] }
    var lines: [String] = []
    var current = ""
    var currentWidth = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      var word = Substring(word)
      var wordWidth = DisplayWidth.of(word)
      if currentWidth > 0, currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = ""
        currentWidth = 0
      }
      while wordWidth > width {
        var head = ""
        var headWidth = 0
        while let next = word.first, headWidth + DisplayWidth.of(next) <= width - currentWidth {
          head.append(next)
          headWidth += DisplayWidth.of(next)
          word.removeFirst()
        }
        if head.isEmpty, let next = word.first {
          // A character wider than the column: take it anyway rather than loop forever.
          head.append(next)
          word.removeFirst()
        }
        lines.append(current + head)
        current = ""
        currentWidth = 0
        wordWidth = DisplayWidth.of(word)
      }
      if currentWidth > 0 {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
    }
    if !current.isEmpty || lines.isEmpty { lines.append(current) }
    return lines
  }
}
