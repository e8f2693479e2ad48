/// A quantity in the text: "nine million rounds", "4.8%", "more than three-year".
public struct NumberFact: Hashable, Sendable {
  /// The number as written ("nine million", "3,200").
  public var text: String
  public var span: TextSpan
  /// Index into `Article.sentences`.
  public var sentence: Int
  /// The numeric value; nil for vague amounts ("thousands of troops").
  public var value: Double?
  /// The noun it counts, as written ("rounds", "year", "%").
  public var unit: String?
  /// "more than", "around", "as many as", "less than".
  public var qualifier: String?

  public init(
    text: String, span: TextSpan, sentence: Int, value: Double?, unit: String? = nil,
    qualifier: String? = nil
  ) {
    self.text = text
    self.span = span
    self.sentence = sentence
    self.value = value
    self.unit = unit
    self.qualifier = qualifier
  }
}
