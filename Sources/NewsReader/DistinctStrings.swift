/// Strings in the order first inserted, each once.
///
/// An entity has a handful of distinct surface forms, where comparing against the few kept
/// costs less than a `Set` (allocated, and every string hashed) for each of thousands of
/// entities; past a few dozen a set takes over, so a long list stays linear.
struct DistinctStrings {
  private(set) var strings: [String] = []
  private var index: Set<String> = []
  private static let linearLimit = 24

  mutating func insert(_ string: String) {
    if strings.count < Self.linearLimit {
      if !strings.contains(string) { strings.append(string) }
      return
    }
    if index.isEmpty { index = Set(strings) }
    if index.insert(string).inserted { strings.append(string) }
  }
}
