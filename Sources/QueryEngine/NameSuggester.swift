/// "Did you mean" for unknown names: the closest candidate by Damerau-Levenshtein distance.
///
/// Private to the engine for now; a shared `Suggestions` in QueryLanguage is on its way and the
/// two are to be merged then.
enum NameSuggester {
  /// The candidate closest to `name` (case-insensitive), if it is close enough to be a typo;
  /// ties go to the earlier candidate, so schema order decides.
  static func suggestion(for name: String, among candidates: [String]) -> String? {
    let typed = Array(name.lowercased())
    guard !typed.isEmpty else { return nil }
    // An abbreviation of exactly one name ("speaker_m") means that name, however far it is.
    let lowered = name.lowercased()
    let extended = candidates.filter { $0.lowercased().hasPrefix(lowered) }
    if typed.count >= 2, extended.count == 1 { return extended[0] }
    // Short names tolerate one slip; longer ones about one per three letters.
    let limit = typed.count <= 3 ? 1 : max(2, typed.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let distance = self.distance(typed, Array(candidate.lowercased()))
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
  /// neighbouring characters each cost one.
  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
