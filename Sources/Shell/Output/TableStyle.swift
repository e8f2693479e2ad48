/// How a table is laid out: the width to fit and whether to use colour.
struct TableStyle: Sendable {
  /// Terminal columns available.
  var width: Int
  /// Bold headers and dim rules; only on a terminal and never with `NO_COLOR` set.
  var colour: Bool
}
