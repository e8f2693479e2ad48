/// A quantity in the text: "nine million rounds", "4.8%", "more than three-year".
///
/// Stored in 56 bytes rather than 80: an article holds many of these, and on one long document
/// they were the model's largest array. The optional value keeps its presence in `flags`, and
/// unit and qualifier share one string (both are short, so that string is usually stored
/// inline); the public properties read and write them as before.
public struct NumberFact: Hashable, Sendable {
  /// The number as written ("nine million", "3,200").
  public var text: String
  public var span: TextSpan
  private var storedValue: Double
  /// The unit, the qualifier, or both joined by `separator`; nil when neither is known.
  private var labels: String?
  private var sentenceIndex: Int32
  private var flags: UInt8

  private static let hasValue: UInt8 = 1
  private static let hasUnit: UInt8 = 2
  private static let hasQualifier: UInt8 = 4
  /// Joins unit and qualifier in `labels`; neither is ever a control character.
  private static let separator: Character = "\u{1F}"

  /// The numeric value; nil for vague amounts ("thousands of troops").
  public var value: Double? {
    get { flags & Self.hasValue != 0 ? storedValue : nil }
    set {
      storedValue = newValue ?? 0
      flags = newValue == nil ? flags & ~Self.hasValue : flags | Self.hasValue
    }
  }

  /// The noun it counts, as written ("rounds", "year", "%").
  public var unit: String? {
    get { label(Self.hasUnit) }
    set { setLabels(unit: newValue, qualifier: qualifier) }
  }

  /// "more than", "around", "as many as", "less than".
  public var qualifier: String? {
    get { label(Self.hasQualifier) }
    set { setLabels(unit: unit, qualifier: newValue) }
  }

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
    self.storedValue = value ?? 0
    self.labels = nil
    self.sentenceIndex = Int32(sentence)
    self.flags = value == nil ? 0 : Self.hasValue
    setLabels(unit: unit, qualifier: qualifier)
  }

  private func label(_ which: UInt8) -> String? {
    guard flags & which != 0, let labels else { return nil }
    let both = Self.hasUnit | Self.hasQualifier
    guard flags & both == both else { return labels }
    let parts = labels.split(separator: Self.separator, omittingEmptySubsequences: false)
    return String(which == Self.hasUnit ? parts[0] : parts[1])
  }

  private mutating func setLabels(unit: String?, qualifier: String?) {
    flags &= Self.hasValue
    if unit != nil { flags |= Self.hasUnit }
    if qualifier != nil { flags |= Self.hasQualifier }
    switch (unit, qualifier) {
    case (let unit?, let qualifier?): labels = unit + String(Self.separator) + qualifier
    case (let unit?, nil): labels = unit
    case (nil, let qualifier?): labels = qualifier
    case (nil, nil): labels = nil
    }
  }
}
