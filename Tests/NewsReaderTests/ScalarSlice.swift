import NewsModel

/// Cuts a span out of a text by Unicode-scalar offsets, the way the model counts them.
enum ScalarSlice {
  static func text(_ text: String, _ span: TextSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    guard span.start >= 0, span.end <= scalars.count, span.start <= span.end else { return "" }
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[span.start..<span.end])
    return String(out)
  }
}
