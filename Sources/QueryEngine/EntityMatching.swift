/// The contract's `=` for entity-valued fields.
///
/// A value names an entity when, folded, it equals the entity's name, one of its aliases, or a
/// run of whole consecutive words of its name: "Lee" and "Jae-myung" name Lee Jae-myung, "Jae"
/// does not (words are split at spaces only), "van Laar" names Pieter van Laar.
struct EntityMatcher {
  private let folded: String
  private let words: [Substring]

  /// Prepares `value` once so each row costs only the entity's own folding.
  init(_ value: String) {
    folded = TextFolding.fold(value)
    words = folded.split(separator: " ")
  }

  /// Whether the prepared value names `entity`.
  func matches(_ entity: EntityValue) -> Bool {
    let name = TextFolding.fold(entity.name)
    if name == folded { return true }
    if entity.aliases.contains(where: { TextFolding.fold($0) == folded }) { return true }
    return Self.containsRun(words, in: name.split(separator: " "))
  }

  /// Whether `run` occurs as consecutive whole elements of `words`.
  private static func containsRun(_ run: [Substring], in words: [Substring]) -> Bool {
    guard !run.isEmpty, run.count <= words.count else { return false }
    for start in 0...(words.count - run.count)
    where words[start..<(start + run.count)].elementsEqual(run) {
      return true
    }
    return false
  }
}
