extension Value {
  /// Text, or null when the model has none.
  init(_ text: String?) {
    self = text.map { .text($0) } ?? .null
  }

  /// The value as a number, when it is one.
  var number: Double? {
    switch self {
    case .integer(let value): Double(value)
    case .decimal(let value): value
    default: nil
    }
  }
}
