import NewsModel

/// A quote the reader found, reduced to what scoring compares: where it is and who said it.
public struct PredictedQuote: Equatable, Sendable {
  public var text: String
  public var span: ScalarRange
  /// The name of the speaker entity, nil when the reader named nobody.
  public var speaker: String?

  public init(text: String, span: ScalarRange, speaker: String?) {
    self.text = text
    self.span = span
    self.speaker = speaker
  }

  /// The speech quotes (`direct` and `partial`) of `article`; `other` quotes are not speech.
  public static func speech(in article: Article) -> [PredictedQuote] {
    article.quotes.filter { $0.kind != .other }.map { quote in
      PredictedQuote(
        text: quote.text, span: ScalarRange(start: quote.span.start, end: quote.span.end),
        speaker: quote.speaker.flatMap {
          article.entities.indices.contains($0) ? article.entities[$0].name : nil
        })
    }
  }
}
