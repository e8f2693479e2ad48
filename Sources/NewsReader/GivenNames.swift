/// The sex a person's given name tells, as the pronoun that fits them.
///
/// Used only for people named in full: a lone word may be a surname ("Jordan said"), and a
/// name the text gives a title or a pronoun for keeps that evidence, which outranks the name.
enum GivenNames {
  /// "he" for a man's given name, "she" for a woman's, nil when the name says neither or is
  /// a single word. `nameWords` are the folded words of the full name.
  static func pronoun(forName nameWords: [String]) -> String? {
    guard nameWords.count >= 2, let first = nameWords.first else { return nil }
    return table[first]
  }

  /// Whether `word` (folded) is a given name that tells its bearer's sex.
  static func isGivenName(_ word: String) -> Bool { table[word] != nil }

  private static let table: WordMap<String> = {
    var pairs: [(String, String)] = []
    for (list, pronoun) in [(GivenNameData.male, "he"), (GivenNameData.female, "she")] {
      for line in DataText.split(Substring(list), on: "\n") {
        for name in DataText.split(line, on: " ") { pairs.append((String(name), pronoun)) }
      }
    }
    return WordMap(pairs)
  }()
}
