import Foundation
import NewsModel
import NewsReader
import Testing

/// Reads the bundled reference article and compares the model with its gold file.
@Suite struct GoldArticleTests {
  let text: String
  let article: Article
  let gold: GoldFile

  init() throws {
    text = try RepoFiles.text("examples/articles/kim-shoigu.txt")
    article = ArticleReader().read(text: text, path: "examples/articles/kim-shoigu.txt")
    gold = try GoldFile.load("examples/articles/kim-shoigu.gold.json")
  }

  private func name(_ index: Int?) -> String? {
    index.map { article.entities[$0].name }
  }

  private func entities(_ type: Entity.Kind) -> [Entity] {
    article.entities.filter { $0.type == type }
  }

  @Test func metadata() {
    #expect(article.date == gold.metadata.date)
    #expect(article.dateline == gold.metadata.dateline)
    #expect(article.headings.map(\.text) == gold.metadata.headings)
    #expect(article.paragraphs.count == gold.metadata.paragraphs)
    #expect(article.sentences.count == gold.metadata.sentences)
    #expect(article.title == nil)
  }

  @Test func headerIsNotParagraphText() {
    #expect(article.paragraphs[0].text.hasPrefix("North Korean leader Kim Jong Un"))
    #expect(article.paragraphs[12].heading == 0)
    #expect(article.paragraphs[10].heading == nil)
  }

  @Test func spansSliceToTheirText() {
    for paragraph in article.paragraphs {
      #expect(ScalarSlice.text(text, paragraph.span) == paragraph.text)
    }
    for sentence in article.sentences {
      #expect(ScalarSlice.text(text, sentence.span) == sentence.text)
    }
    for quote in article.quotes {
      #expect(ScalarSlice.text(text, quote.span) == quote.text)
    }
    for mention in article.mentions {
      #expect(ScalarSlice.text(text, mention.span) == mention.text)
    }
    for number in article.numbers {
      #expect(ScalarSlice.text(text, number.span) == number.text)
    }
    for date in article.dates {
      #expect(ScalarSlice.text(text, date.span) == date.text)
    }
  }

  @Test func quotes() {
    let speech = article.quotes.filter { $0.kind != .other }
    #expect(speech.count == gold.quotes.count)
    for (found, expected) in zip(speech, gold.quotes) {
      #expect(found.text == expected.text)
      #expect(found.kind.rawValue == expected.kind, "kind of \(expected.text)")
      #expect(found.paragraph + 1 == expected.paragraph, "paragraph of \(expected.text)")
      #expect(
        expected.acceptedSpeakers.contains(name(found.speaker) ?? "-"),
        "speaker of \(expected.text): \(name(found.speaker) ?? "nil")")
      #expect(found.cue?.lowercased() == expected.cue, "cue of \(expected.text)")
      if let mention = expected.speakerMention {
        #expect(found.speakerMention == mention, "speaker mention of \(expected.text)")
      }
      if let via = expected.via {
        #expect(name(found.via) == via, "via of \(expected.text)")
      }
      #expect(article.sentences[found.sentence].paragraph == found.paragraph)
    }
  }

  @Test func people() {
    let people = entities(.person)
    #expect(people.map(\.name) == gold.people.map(\.name))
    for expected in gold.people {
      guard let found = people.first(where: { $0.name == expected.name }) else { continue }
      #expect(Set(found.aliases) == Set(expected.aliases), "aliases of \(expected.name)")
      #expect(found.role == expected.role, "role of \(expected.name)")
    }
  }

  @Test func organisations() {
    let orgs = entities(.org)
    for expected in gold.orgs {
      let found = orgs.first { $0.name == expected.name }
      #expect(found != nil, "org \(expected.name)")
      #expect(Set(found?.aliases ?? []) == Set(expected.aliases), "aliases of \(expected.name)")
    }
    let allowed = Set(gold.orgs.map(\.name) + gold.orgsOptional)
    for org in orgs {
      #expect(allowed.contains(org.name), "unexpected org \(org.name)")
    }
  }

  @Test func places() {
    let places = entities(.place).map(\.name)
    let optional = Set(gold.orgsOptional)
    #expect(Set(places).subtracting(optional) == Set(gold.places))
    for (place, aliases) in gold.placeAliases {
      let found = article.entities.first { $0.name == place }
      #expect(Set(aliases).isSubset(of: Set(found?.aliases ?? [])), "aliases of \(place)")
    }
  }

  @Test func numbers() {
    func key(_ text: String, _ value: Double?, _ unit: String?, _ qualifier: String?) -> String {
      "\(text)|\(value.map { String($0) } ?? "nil")|\(unit ?? "nil")|\(qualifier ?? "nil")"
    }
    let found = article.numbers.map { key($0.text, $0.value, $0.unit, $0.qualifier) }.sorted()
    let expected = gold.numbers.map { key($0.text, $0.value, $0.unit, $0.qualifier) }.sorted()
    #expect(found == expected)
  }

  @Test func dates() {
    #expect(article.dates.map(\.text) == gold.dates.map(\.text))
    #expect(article.dates.map(\.resolved) == gold.dates.map(\.resolved))
  }

  @Test func quoteCounts() {
    let kim = article.entities.first { $0.name == "Kim Jong Un" }
    #expect(kim?.quoteCount == 2)
    let macron = article.entities.first { $0.name == "Emmanuel Macron" }
    #expect(macron?.quoteCount == 0)
  }
}
