import QueryEngine

/// Turns a result set into the text of one output format.
protocol ResultRenderer {
  /// The complete text for `result`, ending in a newline unless nothing is printed at all.
  func render(_ result: ResultSet) -> String
}
