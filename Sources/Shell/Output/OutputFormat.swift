/// The shapes a result can be printed in (`--format`, `.mode`).
public enum OutputFormat: String, CaseIterable, Sendable {
  /// Aligned columns fitted to the terminal width, with a `(N rows)` footer.
  case table
  /// RFC 4180: header row, CRLF line ends, fields quoted when needed.
  case csv
  /// Tab-separated: header row, tabs and newlines inside fields escaped as `\t`, `\n`.
  case tsv
  /// One line per statement holding a JSON array of row objects.
  case json
  /// One JSON object per row.
  case jsonl
  /// A pipe table.
  case markdown

  /// The renderer that produces this format.
  func renderer(style: TableStyle) -> any ResultRenderer {
    switch self {
    case .table: TableRenderer(style: style)
    case .csv: DelimitedRenderer.csv
    case .tsv: DelimitedRenderer.tsv
    case .json: JSONRenderer(perRow: false)
    case .jsonl: JSONRenderer(perRow: true)
    case .markdown: MarkdownRenderer()
    }
  }
}
