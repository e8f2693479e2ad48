/// The bar the reader must eventually clear (issue text); the bench reports against it.
enum Targets {
  static let quoteF1 = 0.97
  static let speakerAccuracy = 0.93
  static let endToEndF1 = 0.90
  static let wordsPerSecond = 1_000_000.0
  /// Peak memory per byte of text.
  static let memoryPerByte = 5.0

  /// "ok" or "BELOW" for a figure where higher is better.
  static func verdict(_ value: Double, atLeast target: Double) -> String {
    value >= target ? "ok" : "BELOW"
  }

  /// "ok" or "ABOVE" for a figure where lower is better.
  static func verdict(_ value: Double, atMost target: Double) -> String {
    value <= target ? "ok" : "ABOVE"
  }
}
