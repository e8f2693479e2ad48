/// Decides whether the reader's speaker is one a careful reader accepts.
public enum SpeakerMatch {
  /// True when `predicted` equals one of `accepted` after folding typographic quotes and
  /// apostrophes; a nil in `accepted` (gold speaker null) accepts only a nil prediction.
  public static func isAccepted(_ predicted: String?, _ accepted: [String?]) -> Bool {
    let folded = predicted.map(TextFolding.foldedName)
    return accepted.contains { $0.map(TextFolding.foldedName) == folded }
  }
}
