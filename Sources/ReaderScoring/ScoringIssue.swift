/// One thing the reader got wrong in an article, kept so `--verbose` can show failures.
public struct ScoringIssue: Equatable, Sendable {
  /// What went wrong.
  public enum Kind: String, Sendable {
    /// A gold quote's words do not occur in the article (a gold typo, usually).
    case goldNotInText = "gold not in text"
    /// A gold quote no predicted quote covers half of.
    case missed
    /// Matched, but the speaker is not one the gold accepts.
    case wrongSpeaker = "wrong speaker"
    /// A predicted quote matching no gold quote.
    case spurious
    /// A gold non-speech quote the reader took for speech.
    case leaked
  }

  public var kind: Kind
  public var goldText: String?
  public var predictedText: String?
  public var goldSpeakers: [String?]
  public var predictedSpeaker: String?

  public init(
    kind: Kind, goldText: String? = nil, predictedText: String? = nil,
    goldSpeakers: [String?] = [], predictedSpeaker: String? = nil
  ) {
    self.kind = kind
    self.goldText = goldText
    self.predictedText = predictedText
    self.goldSpeakers = goldSpeakers
    self.predictedSpeaker = predictedSpeaker
  }
}
