/// Assembles one whole article: a header in one of the common shapes, paragraphs with the
/// odd heading and multi-paragraph quote, optionally hard-wrapped as in plain-text wires.
struct ArticleMaker {
  /// Builds the next article, drawing every choice from `random`.
  static func article(_ random: inout SeededRandom) -> String {
    let cast = Cast(random: &random)
    let year = random.between(2015...2027)
    let maker = ParagraphMaker(cast: cast, style: random.pick(QuoteStyle.all), year: year)
    let wrapWidth: Int? = random.chance(30) ? random.between(60...78) : nil
    let city = random.pick(cast.places)

    var blocks: [String] = []
    var lead = maker.paragraph(&random)
    switch random.below(4) {
    case 0:
      let date = "\(year)-\(pad(random.between(1...12)))-\(pad(random.between(1...28)))"
      lead = " date \(date) \(city.uppercased()): " + lead
    case 1:
      blocks.append(headline(&random, cast))
      lead = "\(city.uppercased()) (\(cast.orgs[0])) \u{2014} " + lead
    case 2:
      blocks.append(headline(&random, cast))
      blocks.append("By \(Cast.word(&random, syllables: 2)) \(Cast.word(&random, syllables: 2))")
    default:
      break
    }
    blocks.append(lead)

    let count = random.between(6...24)
    for index in 0..<count {
      // A heading never ends the article: it heads the paragraphs after it.
      if random.chance(6) && index < count - 1 {
        blocks.append(random.pick(Vocabulary.headings))
      } else if random.chance(5) {
        let (first, second) = maker.runOnQuote(&random)
        blocks.append(first)
        blocks.append(second)
      } else {
        blocks.append(maker.paragraph(&random))
      }
    }
    let body = blocks.map { block in wrapWidth.map { wrap(block, width: $0) } ?? block }
    return body.joined(separator: "\n\n") + "\n"
  }

  private static func headline(_ random: inout SeededRandom, _ cast: Cast) -> String {
    let subject = random.pick(cast.orgs)
    return "\(subject) \(random.pick(Vocabulary.verbs)) \(random.pick(Vocabulary.objects))"
  }

  private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

  /// Greedy word wrap at `width` characters, as plain-text wire copy is hard-wrapped.
  static func wrap(_ text: String, width: Int) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = String(word)
      } else {
        line += line.isEmpty ? String(word) : " " + word
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
