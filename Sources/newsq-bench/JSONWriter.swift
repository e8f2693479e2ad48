import Shell

/// Builds JSON text by hand; the bench's output is small and flat enough not to need an encoder.
enum JSONWriter {
  static func string(_ text: String) -> String { JSONText.string(text) }

  static func optional(_ text: String?) -> String { text.map(string) ?? "null" }

  /// Numbers keep full precision; non-finite ones have no JSON form and become null.
  static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "null" }

  static func object(_ members: [(String, String)]) -> String {
    "{" + members.map { string($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
  }

  static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
}
