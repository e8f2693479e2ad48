/// The sex a person's given name tells, as the pronoun that fits them.
///
/// A name the text gives a title or a role for keeps that evidence, which outranks the name.
/// A lone surname ("Thomas said") resolves to the person already named, whose sex is
/// settled, so only people named by one given name alone take it from the word.
enum GivenNames {
  /// "he" for a man's given name, "she" for a woman's, nil when the name says neither.
  /// `nameWords` are the folded words of the full name; a person named by one word ("said
  /// Maya, a junior") is named by a given name when it is one.
  static func pronoun(forName nameWords: [String]) -> String? {
    guard let first = nameWords.first else { return nil }
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
