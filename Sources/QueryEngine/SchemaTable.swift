import NewsModel

// The schema as one table: every collection with its fields, in output order (the contract's
// fields first, extras after). Everything else (lookup, `.schema`, completion, evaluation)
// reads from here, so adding a field is one line.

extension Schema {
  static let table: [CollectionDefinition] = [
    articlesCollection,
    paragraphsCollection,
    sentencesCollection,
    quotesCollection(.quotes, "direct and partial quotes (speech)") { $0 != .other },
    quotesCollection(.allQuotes, "every quoted stretch, incl. titles and scare quotes (kind other)")
    {
      _ in true
    },
    entityCollection(.people, "people named in the articles") { $0 == .person },
    entityCollection(.orgs, "organisations named in the articles") { $0 == .org },
    entityCollection(.places, "places named in the articles") { $0 == .place },
    entityCollection(.entities, "people, organisations and places") { _ in true },
    mentionsCollection,
    numbersCollection,
    datesCollection,
  ]

  private static let articlesCollection = CollectionDefinition(
    id: .articles, summary: "the loaded articles",
    fields: [
      .value("id", .integer, "1-based position among the loaded articles") { _, row in
        .integer(row.id)
      },
      .value("path", .text, "the path as given (the bundled example: its file name)") {
        index, row in .text(index.article(row).path)
      },
      .value("date", .date, "publication date from the header (ISO), or null") { index, row in
        Value(index.article(row).date)
      },
      .value("dateline", .text, "dateline city, title-cased, or null") { index, row in
        Value(index.article(row).dateline)
      },
      .value("headings", .list(.text), "section headings, in order") { index, row in
        .list(index.article(row).headings.map { .text($0.text) })
      },
      .value("paragraphs", .integer, "number of paragraphs") { index, row in
        .integer(index.article(row).paragraphs.count)
      },
      .value("sentences", .integer, "number of sentences") { index, row in
        .integer(index.article(row).sentences.count)
      },
      .value("words", .integer, "number of words in the paragraphs") { index, row in
        .integer(index.article(row).wordCount)
      },
      .value("quotes", .integer, "number of quotes (direct and partial, as in `quotes`)") {
        index, row in .integer(index.article(row).quotes.count { $0.kind != .other })
      },
      .value("title", .text, "the headline, or null") { index, row in
        Value(index.article(row).title)
      },
    ],
    rows: { index in index.corpus.articles.indices.map { index.articleRow($0) } },
    display: { index, row in .text(index.article(row).path) })

  private static let paragraphsCollection = CollectionDefinition(
    id: .paragraphs, summary: "paragraphs of body text (headings excluded)",
    fields: [
      idField,
      articleField,
      .value("number", .integer, "1-based position within its article") { _, row in
        .integer(row.index + 1)
      },
      .value("heading", .text, "the nearest heading above, or null") { index, row in
        let article = index.article(row)
        return Value(article.paragraphs[row.index].heading.map { article.headings[$0].text })
      },
      .value("text", .text, "the paragraph's text") { index, row in
        .text(index.article(row).paragraphs[row.index].text)
      },
    ] + spanFields { $0.paragraphs[$1].span },
    rows: { index in index.rows(count: { $0.paragraphs.count }) },
    display: { _, row in .integer(row.id) })

  private static let sentencesCollection = CollectionDefinition(
    id: .sentences, summary: "sentences of body text",
    fields: [
      idField,
      articleField,
      .reference("paragraph", to: .paragraphs, "id of its paragraph") { index, row in
        index.paragraphRow(row.article, index.article(row).sentences[row.index].paragraph)
      },
      .value("text", .text, "the sentence's text") { index, row in
        .text(index.article(row).sentences[row.index].text)
      },
    ] + spanFields { $0.sentences[$1].span },
    rows: { index in index.rows(count: { $0.sentences.count }) },
    display: { _, row in .integer(row.id) })

  private static func quotesCollection(
    _ id: CollectionID, _ summary: String,
    include: @escaping @Sendable (Quote.Kind) -> Bool
  ) -> CollectionDefinition {
    let quote: @Sendable (CorpusIndex, Row) -> Quote = { index, row in
      index.article(row).quotes[row.index]
    }
    return CollectionDefinition(
      id: id, summary: summary,
      fields: [
        idField,
        articleField,
        .reference("paragraph", to: .paragraphs, "id of the paragraph it is in") { index, row in
          index.paragraphRow(row.article, quote(index, row).paragraph)
        },
        .reference("sentence", to: .sentences, "id of the sentence it starts in") { index, row in
          index.sentenceRow(row.article, quote(index, row).sentence)
        },
        .value("text", .text, "the quoted words, without the marks") { index, row in
          .text(quote(index, row).text)
        },
        .value("kind", .text, "direct, partial, or other (not speech; only in all_quotes)") {
          index, row in .text(quote(index, row).kind.rawValue)
        },
        .reference("speaker", to: .entities, "who said it, or null") { index, row in
          quote(index, row).speaker.map { index.entityRow(row.article, $0) }
        },
        .value("speaker_mention", .text, "the words naming the speaker at the cue, or null") {
          index, row in Value(quote(index, row).speakerMention)
        },
        .value("cue", .text, "the speech verb or phrase (said, according to), or null") {
          index, row in Value(quote(index, row).cue)
        },
        .reference("via", to: .entities, "the outlet relaying the speech, or null") {
          index, row in quote(index, row).via.map { index.entityRow(row.article, $0) }
        },
      ] + spanFields { $0.quotes[$1].span },
      rows: { index in
        index.rows(count: { $0.quotes.count }, include: { include($0.quotes[$1].kind) })
      },
      display: { _, row in .integer(row.id) })
  }

  private static func entityCollection(
    _ id: CollectionID, _ summary: String,
    include: @escaping @Sendable (Entity.Kind) -> Bool
  ) -> CollectionDefinition {
    let entity: @Sendable (CorpusIndex, Row) -> Entity = { index, row in
      index.article(row).entities[row.index]
    }
    return CollectionDefinition(
      id: id, summary: summary,
      fields: [
        idField,
        .value("name", .text, "the fullest form of the name") { index, row in
          .text(entity(index, row).name)
        },
        .value("type", .text, "person, org or place") { index, row in
          .text(entity(index, row).type.rawValue)
        },
        .value("aliases", .list(.text), "other names for it in the article") { index, row in
          .list(entity(index, row).aliases.map { .text($0) })
        },
        .value("role", .text, "title or description next to the name, or null") {
          index, row in Value(entity(index, row).role)
        },
        .value("mentions", .integer, "how many times the article refers to it") {
          index, row in .integer(entity(index, row).mentionCount)
        },
        .value("quotes", .integer, "how many quotes it is the speaker of") { index, row in
          .integer(entity(index, row).quoteCount)
        },
        articleField,
      ],
      rows: { index in
        index.rows(count: { $0.entities.count }, include: { include($0.entities[$1].type) })
      },
      display: { index, row in
        let entity = entity(index, row)
        return .entity(EntityValue(name: entity.name, aliases: entity.aliases))
      })
  }

  private static let mentionsCollection = CollectionDefinition(
    id: .mentions, summary: "each place the text refers to an entity",
    fields: [
      idField,
      articleField,
      .reference("entity", to: .entities, "the entity referred to") { index, row in
        index.entityRow(row.article, index.article(row).mentions[row.index].entity)
      },
      .value("text", .text, "the words as written") { index, row in
        .text(index.article(row).mentions[row.index].text)
      },
      .reference("sentence", to: .sentences, "id of its sentence") { index, row in
        index.sentenceRow(row.article, index.article(row).mentions[row.index].sentence)
      },
    ] + spanFields { $0.mentions[$1].span },
    rows: { index in index.rows(count: { $0.mentions.count }) },
    display: { _, row in .integer(row.id) })

  private static let numbersCollection = CollectionDefinition(
    id: .numbers, summary: "quantities in the text",
    fields: [
      idField,
      articleField,
      .reference("sentence", to: .sentences, "id of its sentence") { index, row in
        index.sentenceRow(row.article, index.article(row).numbers[row.index].sentence)
      },
      .value("text", .text, "the number as written") { index, row in
        .text(index.article(row).numbers[row.index].text)
      },
      .value("value", .decimal, "the numeric value, or null for vague amounts") { index, row in
        index.article(row).numbers[row.index].value.map { .decimal($0) } ?? .null
      },
      .value("unit", .text, "the noun it counts, as written, or null") { index, row in
        Value(index.article(row).numbers[row.index].unit)
      },
      .value("qualifier", .text, "more than, around, as many as…, or null") { index, row in
        Value(index.article(row).numbers[row.index].qualifier)
      },
    ] + spanFields { $0.numbers[$1].span },
    rows: { index in index.rows(count: { $0.numbers.count }) },
    display: { _, row in .integer(row.id) })

  private static let datesCollection = CollectionDefinition(
    id: .dates, summary: "time expressions in the text",
    fields: [
      idField,
      articleField,
      .reference("sentence", to: .sentences, "id of its sentence") { index, row in
        index.sentenceRow(row.article, index.article(row).dates[row.index].sentence)
      },
      .value("text", .text, "as written (Thursday, last year)") { index, row in
        .text(index.article(row).dates[row.index].text)
      },
      .value("resolved", .date, "ISO form against the article's date, or null") { index, row in
        Value(index.article(row).dates[row.index].resolved)
      },
    ] + spanFields { $0.dates[$1].span },
    rows: { index in index.rows(count: { $0.dates.count }) },
    display: { _, row in .integer(row.id) })

  // MARK: Fields every collection shares

  private static let idField = FieldDefinition.value(
    "id", .integer, "1-based, in document order, unique across the loaded articles"
  ) { _, row in .integer(row.id) }

  private static let articleField = FieldDefinition.reference(
    "article", to: .articles, "the article's path; article.X reads its fields"
  ) { index, row in index.articleRow(row.article) }

  /// `start` and `end` of an element's span, in Unicode scalars of the article's text.
  private static func spanFields(
    _ span: @escaping @Sendable (Article, Int) -> TextSpan
  ) -> [FieldDefinition] {
    [
      .value("start", .integer, "offset of the first scalar (inclusive)") { index, row in
        .integer(span(index.article(row), row.index).start)
      },
      .value("end", .integer, "offset after the last scalar (exclusive)") { index, row in
        .integer(span(index.article(row), row.index).end)
      },
    ]
  }
}
