/// The quotation marks one generated article uses, so every convention the reader must handle
/// occurs in the input: straight, curly, British single with double inside, straight single.
struct QuoteStyle {
  var open: String
  var close: String

  static let all = [
    QuoteStyle(open: "\"", close: "\""),
    QuoteStyle(open: "\u{201C}", close: "\u{201D}"),
    QuoteStyle(open: "\u{2018}", close: "\u{2019}"),
    QuoteStyle(open: "'", close: "'"),
  ]

  func wrap(_ words: String) -> String { open + words + close }
}
