/// Writes one paragraph at a time from templates: quotes attributed in the common news
/// patterns, partial quotes, scare quotes, and narrative with numbers and dates.
struct ParagraphMaker {
  var cast: Cast
  var style: QuoteStyle
  var year: Int

  /// One paragraph; the template is picked at random with weights close to real news, where
  /// roughly half the paragraphs carry a quote.
  func paragraph(_ random: inout SeededRandom) -> String {
    switch random.below(10) {
    case 0, 1: return quoteThenSpeaker(&random)
    case 2: return speakerThenQuote(&random)
    case 3: return partialQuote(&random)
    case 4: return accordingTo(&random)
    case 5: return scareQuote(&random)
    default: return narrative(&random)
    }
  }

  /// The closing part of a multi-paragraph quote: the mark opens but is not closed, as in print.
  func runOnQuote(_ random: inout SeededRandom) -> (String, String) {
    let person = random.pick(cast.people)
    let first =
      "\(person.fullName), the \(person.role), \(random.pick(Vocabulary.cues)): "
      + style.open + sentence(&random, capitalised: true) + " "
      + sentence(&random, capitalised: true)
    let second = style.open + sentence(&random, capitalised: true) + style.close
    return (first, second)
  }

  private func quoteThenSpeaker(_ random: inout SeededRandom) -> String {
    let person = random.pick(cast.people)
    let words = utterance(&random)
    let name = random.chance(40) ? person.surname : person.fullName
    let tail =
      random.chance(50)
      ? "\(name) \(random.pick(Vocabulary.cues))"
      : "said \(name), \(article(person.role)) \(person.role) at the \(random.pick(cast.orgs))"
    return style.wrap(words + ",") + " " + tail + " " + dateWords(&random) + "."
  }

  private func speakerThenQuote(_ random: inout SeededRandom) -> String {
    let person = random.pick(cast.people)
    return "\(person.surname) \(random.pick(Vocabulary.cues)) \(dateWords(&random)): "
      + style.wrap(utterance(&random) + ".") + " " + narrativeSentence(&random)
  }

  private func partialQuote(_ random: inout SeededRandom) -> String {
    let person = random.pick(cast.people)
    if random.chance(50) {
      return "\(person.role.prefix(1).uppercased() + person.role.dropFirst()) \(person.fullName) "
        + "\(random.pick(Vocabulary.partialCues)) "
        + style.wrap(
          "\(random.pick(Vocabulary.baseVerbs)) \(random.pick(Vocabulary.objects))")
        + " by the end of \(random.pick(Vocabulary.months)), \(person.pronoun) said."
    }
    return "\(person.fullName) \(random.pick(Vocabulary.hailCues)) "
      + style.wrap(random.pick(Vocabulary.adjectives)) + ", adding that "
      + "\(number(&random)) \(random.pick(Vocabulary.units)) would be affected."
  }

  private func accordingTo(_ random: inout SeededRandom) -> String {
    "Some \(number(&random)) \(random.pick(Vocabulary.units)) in \(random.pick(cast.places)) "
      + "face " + style.wrap(random.pick(Vocabulary.fillers)) + ", according to the "
      + "\(random.pick(cast.orgs))."
  }

  private func scareQuote(_ random: inout SeededRandom) -> String {
    let name = Cast.word(&random, syllables: 2) + " " + random.pick(["Plan", "Corridor", "Pact"])
    return "The so-called " + style.wrap(name) + " was first proposed in "
      + "\(random.pick(Vocabulary.months)) \(year - random.between(1...4)) and would cost about "
      + "\(random.between(2...900)).\(random.below(10)) million, the \(random.pick(cast.orgs)) said."
  }

  private func narrative(_ random: inout SeededRandom) -> String {
    (0..<random.between(1...4)).map { _ in narrativeSentence(&random) }.joined(separator: " ")
  }

  private func narrativeSentence(_ random: inout SeededRandom) -> String {
    let subject = random.pick(Vocabulary.subjects)
    let place = random.pick(cast.places)
    switch random.below(4) {
    case 0:
      return "In \(place), \(subject) \(random.pick(Vocabulary.verbs)) "
        + "\(random.pick(Vocabulary.objects)) \(dateWords(&random))."
    case 1:
      return "More than \(number(&random)) \(random.pick(Vocabulary.units)) were affected, up from "
        + "\(number(&random)) in \(year - 1)."
    case 2:
      let person = random.pick(cast.people)
      return "\(person.fullName), who became \(person.role) in \(year - random.between(1...9)), "
        + "\(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects))."
    default:
      return "The \(random.pick(cast.orgs)) \(random.pick(Vocabulary.verbs)) "
        + "\(random.pick(Vocabulary.objects)) on \(random.between(1...28)) "
        + "\(random.pick(Vocabulary.months)), a decision worth $\(random.between(1...99)).\(random.below(10)) billion."
    }
  }

  /// One to three sentences of speech, the last one without its full stop (the caller adds
  /// the comma or stop that goes inside the marks).
  private func utterance(_ random: inout SeededRandom) -> String {
    var parts = (0..<random.below(3)).map { _ in sentence(&random, capitalised: true) }
    let last = sentence(&random, capitalised: true)
    parts.append(String(last.dropLast()))
    return parts.joined(separator: " ")
  }

  private func sentence(_ random: inout SeededRandom, capitalised: Bool) -> String {
    let text = random.pick(Vocabulary.fillers)
    return (capitalised ? text.prefix(1).uppercased() + text.dropFirst() : text) + "."
  }

  private func dateWords(_ random: inout SeededRandom) -> String {
    switch random.below(3) {
    case 0: return "on \(random.pick(Vocabulary.weekdays))"
    case 1: return "last week"
    default: return "in \(random.pick(Vocabulary.months)) \(year)"
    }
  }

  private func number(_ random: inout SeededRandom) -> String {
    switch random.below(3) {
    case 0: return String(random.between(2...99))
    case 1: return "\(random.between(1...99)),\(100 + random.below(900))"
    default: return random.pick(["two", "three", "seven", "twelve", "forty", "hundreds of"])
    }
  }

  /// The indefinite article for `word` ("union" takes "a", so `u` is not a vowel here).
  private func article(_ word: String) -> String {
    "aeio".contains(word.first ?? "x") ? "an" : "a"
  }
}
