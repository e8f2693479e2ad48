/// The contract's `=` for entity-valued fields.
///
/// A value names an entity when, folded, it equals the entity's name, one of its aliases, or a
/// run of whole consecutive words of its name: "Lee" and "Jae-myung" name Lee Jae-myung, "Jae"
/// does not (words are split at spaces only), "van Laar" names Pieter van Laar.
struct EntityMatcher {
  /// The value folded, its words joined by single spaces.
  private let folded: String

  /// Prepares `value` once so each row costs only the entity's own folding.
  init(_ value: String) {
    folded = TextFolding.fold(value).split(separator: " ").joined(separator: " ")
  }

  /// Whether the prepared value names `entity`.
  func matches(_ entity: EntityValue) -> Bool {
    guard !folded.isEmpty else { return false }
    // The whole name is a run of all its words, so one search covers both rules.
    if TextFolding.containsWords(TextFolding.fold(entity.name), folded) { return true }
    return entity.aliases.contains { TextFolding.foldedEquals($0, folded) }
  }
}
