/// A quantity in the text: "nine million rounds", "4.8%", "more than three-year".
public struct NumberFact: Hashable, Sendable {
  /// The number as written ("nine million", "3,200").
  public var text: String
  public var span: TextSpan
  private var sentenceIndex: Int32
  /// The numeric value; nil for vague amounts ("thousands of troops").
  public var value: Double?
  /// The noun it counts, as written ("rounds", "year", "%").
  public var unit: String?
  /// "more than", "around", "as many as", "less than".
  public var qualifier: String?

  /// Index into `Article.sentences` (stored in 32 bits: an article holds many of these).
  public var sentence: Int {
    get { Int(sentenceIndex) }
    set { sentenceIndex = Int32(newValue) }
  }

  public init(
    text: String, span: TextSpan, sentence: Int, value: Double?, unit: String? = nil,
    qualifier: String? = nil
  ) {
    self.text = text
    self.span = span
    self.sentenceIndex = Int32(sentence)
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
  }
}
