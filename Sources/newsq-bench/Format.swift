/// Number formatting for the report, without Foundation's formatters.
enum Format {
  /// `value` rounded to `digits` decimals ("0.973").
  static func fixed(_ value: Double, _ digits: Int) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled - Double(whole) * scale)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    guard digits > 0 else { return sign + grouped(whole) }
    let fractionText = String(fraction)
    let padding = String(repeating: "0", count: max(0, digits - fractionText.count))
    return sign + grouped(whole) + "." + padding + fractionText
  }

  /// Thousands separated by commas ("1,234,567").
  static func grouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
      result.append(digit)
    }
    return (value < 0 ? "-" : "") + result
  }

  /// `text` padded with spaces to `width` on the right (left-aligned).
  static func left(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// `text` padded with spaces to `width` on the left (right-aligned).
  static func right(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  /// `text` on one line and at most `limit` characters, for the verbose miss list.
  static func clip(_ text: String, _ limit: Int = 90) -> String {
    let flat = String(text.map { $0.isNewline ? " " : $0 })
    return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "\u{2026}"
  }
}
