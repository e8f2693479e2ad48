/// "Did you mean …?": the candidate closest to a misspelt word.
///
/// Distance is Damerau–Levenshtein (optimal string alignment: insertions, deletions,
/// substitutions and swaps of neighbours each cost 1), over characters, ignoring case. The
/// parser uses it for keywords and operators; the query engine for field and collection names.
public enum Suggestions {
  /// The candidate closest to `word`, or nil when none is close enough to be a likely typo
  /// (see `maximumDistance(for:)`). Ties go to the earliest candidate, so pass candidates in a
  /// stable order. A candidate equal to `word` but for case is returned (`Speaker` → `speaker`).
  /// An abbreviation of exactly one candidate (`speaker_m`) means that one, however far it is.
  public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    let lowered = word.lowercased()
    let extensions = candidates.filter { $0.lowercased().hasPrefix(lowered) }
    if lowered.count >= 2, extensions.count == 1 { return extensions[0] }
    let limit = maximumDistance(for: word)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let found = distance(word, candidate)
      if found <= limit, found < (best?.distance ?? Int.max) {
        best = (candidate, found)
      }
    }
    return best?.candidate
  }

  /// How many edits still look like a typo of `word`: none for one character (anything is one
  /// edit from a one-letter word), 1 up to four characters, 2 up to eight, then 3.
  public static func maximumDistance(for word: String) -> Int {
    switch word.count {
    case ...1: 0
    case 2...4: 1
    case 5...8: 2
    default: 3
    }
  }

  /// The Damerau–Levenshtein (optimal string alignment) distance between `a` and `b`,
  /// ignoring case.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a.lowercased())
    let b = Array(b.lowercased())
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rolling rows: the swap rule looks two rows back.
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
