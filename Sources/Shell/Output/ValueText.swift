import QueryEngine

/// The plain-text form of values, shared by every text-based output format.
enum ValueText {
  /// Separator between the elements of a list-valued field in csv, tsv, table and markdown.
  static let listSeparator = "; "

  /// `value` as text; `nil` for null, so each format decides how to show a missing value.
  static func text(_ value: Value) -> String? {
    switch value {
    case .null: nil
    case .integer(let number): String(number)
    case .decimal(let number): decimal(number)
    case .text(let string): string
    case .entity(let entity): entity.name
    case .list(let elements): elements.compactMap(text).joined(separator: listSeparator)
    }
  }

  /// Integral values print without a fraction (9000000, not 9e+06 or 9000000.0).
  static func decimal(_ number: Double) -> String {
    if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    return String(number)
  }
}
