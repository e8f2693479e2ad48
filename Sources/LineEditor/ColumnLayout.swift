/// Lays out a list of words in columns, like `ls`, for the candidate list.
public enum ColumnLayout {
  /// The lines showing `items` down then across in as few rows as fit `width` terminal
  /// columns, columns separated by at least `gap` spaces. Lines carry no trailing spaces.
  /// An item wider than `width` gets a line of its own.
  public static func lines(_ items: [String], width: Int, gap: Int = 2) -> [String] {
    guard !items.isEmpty else { return [] }
    let widths = items.map(displayWidth)
    var rows = 1
    var columnWidths: [Int] = []
    while rows < items.count {
      columnWidths = stride(from: 0, to: items.count, by: rows).map { start in
        widths[start..<min(start + rows, items.count)].max() ?? 0
      }
      let total = columnWidths.reduce(0, +) + gap * (columnWidths.count - 1)
      if total <= width { break }
      rows += 1
    }
    if rows >= items.count {
      rows = items.count
      columnWidths = [widths.max() ?? 0]
    }
    var lines: [String] = []
    for row in 0..<rows {
      var line = ""
      var column = 0
      var index = row
      while index < items.count {
        if column > 0 {
          line += String(repeating: " ", count: gap)
        }
        line += items[index]
        let next = index + rows
        if next < items.count {
          line += String(repeating: " ", count: columnWidths[column] - widths[index])
        }
        column += 1
        index = next
      }
      lines.append(line)
    }
    return lines
  }

  /// Terminal columns `text` occupies: combining marks and format characters take none,
  /// East Asian wide characters and most emoji take two.
  public static func displayWidth(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  private static func width(of scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      return 0
    default:
      break
    }
    switch scalar.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0xA4CF, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }
}
