/// Number words and the qualifiers that hedge a quantity.
enum NumberWords {
  static let units: WordMap<Double> = [
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "dozen": 12,
  ]

  static let multipliers: WordMap<Double> = [
    "hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "mn": 1_000_000,
  ]

  /// Powers of ten of the multipliers.
  static let exponents: WordMap<Int> = [
    "hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12, "bn": 9, "mn": 6,
  ]

  /// Plural multipliers make a vague amount ("thousands of troops"): no value.
  static let vague: WordSet = [
    "hundreds", "thousands", "millions", "billions", "dozens", "tens", "scores",
  ]

  /// Hedges before a number, longest first so "as many as" wins over a shorter match.
  static let qualifiers: [[String]] = [
    ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["as", "little", "as"],
    ["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"], ["at", "least"],
    ["at", "most"], ["close", "to"], ["just", "over"], ["just", "under"], ["an", "estimated"],
    ["around"], ["about"], ["nearly"], ["almost"], ["approximately"], ["roughly"], ["some"],
    ["over"], ["under"], ["only"], ["just"], ["exactly"],
  ]

  /// A qualifier with its words written out ("as many as"), made once rather than at each
  /// match.
  struct Qualifier: Sendable {
    let words: [String]
    let text: String
  }

  /// The qualifiers by their last word (every hedge ends in one of a few words: anything else
  /// before a number is none), each word's in the order of `qualifiers`, longest first.
  static let qualifiersByLastWord: WordMap<[Qualifier]> = {
    var lastWords: [String] = []
    var byLast: [String: [Qualifier]] = [:]
    for words in qualifiers {
      guard let last = words.last else { continue }
      if byLast[last] == nil { lastWords.append(last) }
      byLast[last, default: []].append(Qualifier(words: words, text: words.joined(separator: " ")))
    }
    return WordMap(lastWords.map { ($0, byLast[$0] ?? []) })
  }()

  /// Words skipped when looking for the counted noun ("eight other countries",
  /// "600 North Korean soldiers").
  static let unitSkips: WordSet = [
    "other", "more", "additional", "new", "extra", "further", "fewer", "less", "such",
    "different", "separate", "major", "small", "large", "big", "key", "main", "top",
  ]

  /// Words that cannot be the counted noun.
  static let unitStops: WordSet = [
    "of", "to", "in", "on", "at", "by", "for", "from", "with", "and", "or", "but", "the", "a",
    "an", "have", "has", "had", "were", "was", "are", "is", "be", "been", "will", "would",
    "could", "can", "may", "might", "should", "that", "which", "who", "than", "as", "said",
    "says", "it", "they", "he", "she", "its", "their", "his", "her", "this", "these", "those",
    "ago", "times",
  ]
}
