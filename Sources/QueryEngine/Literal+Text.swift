import QueryLanguage

extension Literal {
  /// The literal as text: what text fields compare with, and what messages quote.
  var text: String {
    switch kind {
    case .string(let text), .word(let text), .decimal(let text), .date(let text): text
    case .integer(let value): String(value)
    }
  }

  /// The literal as a number, when it reads as one (`3`, `4.8`, `"1000"`); dates never do.
  var number: Double? {
    switch kind {
    case .integer(let value): Double(value)
    case .decimal(let text), .string(let text), .word(let text):
      // "inf" and "nan" parse as Doubles but are no numbers anyone writes in a query.
      Double(text).flatMap { $0.isFinite ? $0 : nil }
    case .date: nil
    }
  }
}
