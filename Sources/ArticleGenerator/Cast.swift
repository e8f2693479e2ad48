/// The invented people, organisations and places one generated article talks about.
struct Cast {
  /// One invented person with the description written beside their name.
  struct Person {
    var given: String
    var surname: String
    var role: String
    var pronoun: String

    var fullName: String { "\(given) \(surname)" }
  }

  var people: [Person]
  var orgs: [String]
  var places: [String]

  init(random: inout SeededRandom) {
    people = (0..<random.between(2...5)).map { _ in
      Person(
        given: Cast.word(&random, syllables: 2), surname: Cast.word(&random, syllables: 2...3),
        role: random.pick(Vocabulary.roles), pronoun: random.chance(50) ? "she" : "he")
    }
    places = (0..<random.between(1...3)).map { _ in
      Cast.word(&random, syllables: 1...2) + random.pick(Vocabulary.placeEndings)
    }
    orgs = (0..<random.between(1...3)).map { _ in
      let base = Cast.word(&random, syllables: 2...3)
      return random.chance(50)
        ? "\(base) \(random.pick(Vocabulary.orgKinds))"
        : "\(random.pick(Vocabulary.orgKinds)) of \(random.pick([base, base + "land"]))"
    }
  }

  /// A capitalised invented word of `syllables` syllables.
  static func word(_ random: inout SeededRandom, syllables: ClosedRange<Int>) -> String {
    let text = (0..<random.between(syllables)).map { _ in random.pick(Vocabulary.nameSyllables) }
      .joined()
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  static func word(_ random: inout SeededRandom, syllables: Int) -> String {
    word(&random, syllables: syllables...syllables)
  }
}
