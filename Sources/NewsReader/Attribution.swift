/// Who said a quote, as found by `SpeakerAttributor`.
struct Attribution {
  /// The speech cue as a lower-case phrase ("said", "according to").
  var cue: String
  /// Index of the resolved entity, or nil when the words at the cue fit nothing.
  var speaker: Int?
  /// The words naming the speaker at the cue ("he", "Lee", "the commentary").
  var mention: String?
  /// Who relayed the words, when the cue itself says so ("ACI quoted him as saying").
  var relayedBy: Int? = nil
}
