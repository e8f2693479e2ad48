import QueryEngine
import Testing

/// Every collection: its columns in order, its rows, and its ids.
@Suite struct CollectionTests {
  static let expectedColumns: [(String, [String])] = [
    (
      "articles",
      [
        "id", "path", "date", "dateline", "headings", "paragraphs", "sentences", "words", "quotes",
        "title",
      ]
    ),
    ("paragraphs", ["id", "article", "number", "heading", "text", "start", "end"]),
    ("sentences", ["id", "article", "paragraph", "text", "start", "end"]),
    (
      "quotes",
      [
        "id", "article", "paragraph", "sentence", "text", "kind", "speaker", "speaker_mention",
        "cue",
        "via", "start", "end",
      ]
    ),
    (
      "all_quotes",
      [
        "id", "article", "paragraph", "sentence", "text", "kind", "speaker", "speaker_mention",
        "cue",
        "via", "start", "end",
      ]
    ),
    ("people", ["id", "name", "type", "aliases", "role", "mentions", "quotes", "article"]),
    ("orgs", ["id", "name", "type", "aliases", "role", "mentions", "quotes", "article"]),
    ("places", ["id", "name", "type", "aliases", "role", "mentions", "quotes", "article"]),
    ("entities", ["id", "name", "type", "aliases", "role", "mentions", "quotes", "article"]),
    ("mentions", ["id", "article", "entity", "text", "sentence", "start", "end"]),
    (
      "numbers",
      ["id", "article", "sentence", "text", "value", "unit", "qualifier", "start", "end"]
    ),
    ("dates", ["id", "article", "sentence", "text", "resolved", "start", "end"]),
  ]

  @Test(arguments: expectedColumns.map(\.0))
  func columnsInContractOrder(collection: String) throws {
    let expected = Self.expectedColumns.first { $0.0 == collection }!.1
    #expect(try run(collection).columns.map(\.name) == expected)
  }

  static let rowCounts = [
    "articles": 2, "paragraphs": 5, "sentences": 7, "quotes": 4, "all_quotes": 5, "people": 4,
    "orgs": 2, "places": 2, "entities": 8, "mentions": 9, "numbers": 3, "dates": 3,
  ]

  @Test(arguments: rowCounts.keys.sorted())
  func idsRunFromOneAcrossBothArticles(collection: String) throws {
    let count = try #require(Self.rowCounts[collection])
    #expect(try ids(collection) == Array(1...count))
    // Article a1's rows come first.
    let result = try run(collection)
    if collection != "articles" {
      let paths = column("article", of: result)
      #expect(paths == paths.sorted { "\($0)" < "\($1)" })
      #expect(paths.first == text("a1.txt"))
    }
  }

  @Test func articles() throws {
    let result = try run("articles")
    #expect(
      result.rows[0] == [
        int(1), text("a1.txt"), text("2025-05-06"), text("Seoul"), .list([text("Deepening ties")]),
        int(3), int(4), int(35), int(2), text("Lee vows to talk"),
      ])
    #expect(
      result.rows[1] == [
        int(2), text("b2.txt"), .null, .null, .list([]), int(2), int(3), int(29), int(2), .null,
      ])
    #expect(result.columns.map(\.type)[2...4] == [.date, .text, .list(.text)])
  }

  @Test func paragraphsNumberWithinTheirArticleAndKnowTheirHeading() throws {
    let result = try run("paragraphs")
    #expect(column("number", of: result) == [1, 2, 3, 1, 2].map(int))
    #expect(column("heading", of: result) == [.null, .null, text("Deepening ties"), .null, .null])
    #expect(column("article", of: result)[3] == text("b2.txt"))
    #expect(
      result.rows[1][4...6] == [
        text("Lawmaker Lee Seong-kweun said around 600 soldiers died last year."), int(105),
        int(170),
      ])
  }

  @Test func sentencesReferToTheirParagraphByGlobalID() throws {
    #expect(column("paragraph", of: try run("sentences")) == [1, 2, 3, 3, 4, 5, 5].map(int))
    // `paragraph = 3` agrees with `paragraphs where id = 3`.
    let paragraph = try run("paragraphs where id = 3 select text").rows[0][0]
    for sentence in column("text", of: try run("sentences where paragraph = 3")) {
      guard case .text(let whole) = paragraph, case .text(let part) = sentence else {
        Issue.record("not text")
        return
      }
      #expect(whole.contains(part))
    }
  }

  @Test func quotesShowSpeechOnlyAndReferToParagraphsSentencesAndEntities() throws {
    let result = try run("quotes")
    #expect(column("kind", of: result) == ["partial", "partial", "direct", "direct"].map(text))
    #expect(column("paragraph", of: result) == [1, 3, 4, 5].map(int))
    #expect(column("sentence", of: result) == [1, 3, 5, 7].map(int))
    let speakers = column("speaker", of: result)
    #expect(speakers[0] == .entity(EntityValue(name: "Lee Jae-myung", aliases: ["Lee"])))
    #expect(speakers[3] == .null)
    #expect(
      column("via", of: result)[0] == .entity(EntityValue(name: "Yonhap", aliases: [])))
    #expect(column("speaker_mention", of: result)[3] == text("an official"))
    #expect(column("cue", of: result)[1] == text("called"))
    #expect(result.columns.first { $0.name == "speaker" }?.type == .entity)
  }

  @Test func quoteSpansExcludeTheMarks() throws {
    let result = try run("quotes where id = 1")
    // In a1.txt, “deter provocations” opens at scalar 65: the words run from 66 to 84.
    #expect(column("start", of: result) == [int(66)])
    #expect(column("end", of: result) == [int(84)])
    let scalars = Array(Fixture.firstText.unicodeScalars)
    #expect(scalars[65] == "“" && scalars[84] == "”")
  }

  @Test func quotedAddsNonSpeechQuotesWithTheirOwnIDs() throws {
    let result = try run("all_quotes")
    #expect(column("kind", of: result)[2] == text("other"))
    #expect(column("text", of: result)[2] == text("Oldboy"))
    #expect(column("id", of: result) == [1, 2, 3, 4, 5].map(int))
    #expect(try run("all_quotes where kind = other select count()").rows == [[int(1)]])
  }

  @Test func entitiesInOrderOfFirstMentionWithTheirCounts() throws {
    let result = try run("entities")
    #expect(
      column("name", of: result)
        == [
          "Lee Jae-myung", "Seoul", "Yonhap", "Lee Seong-kweun", "Korean Central News Agency",
          "Pieter van Laar", "Rotterdam", "Lee Jae-myung",
        ].map(text))
    #expect(column("mentions", of: result) == [1, 1, 1, 1, 2, 1, 1, 1].map(int))
    #expect(column("quotes", of: result) == [1, 0, 0, 0, 1, 1, 0, 0].map(int))
    #expect(
      column("aliases", of: result)[4] == .list([text("KCNA"), text("Pyongyang’s state media")]))
    #expect(column("article", of: result).last == text("b2.txt"))
  }

  @Test func peopleOrgsAndPlacesAreEntitiesOfOneTypeNumberedAmongThemselves() throws {
    #expect(
      column("name", of: try run("people"))
        == [
          "Lee Jae-myung", "Lee Seong-kweun", "Pieter van Laar", "Lee Jae-myung",
        ].map(text))
    #expect(column("type", of: try run("people")) == Array(repeating: text("person"), count: 4))
    #expect(
      column("name", of: try run("orgs")) == ["Yonhap", "Korean Central News Agency"].map(text))
    #expect(column("name", of: try run("places")) == ["Seoul", "Rotterdam"].map(text))
    #expect(try ids("places") == [1, 2])
  }

  @Test func mentionsReferToTheirEntityAndSentence() throws {
    let result = try run("mentions")
    #expect(column("text", of: result)[5] == text("KCNA"))
    #expect(
      column("entity", of: result)[5]
        == .entity(
          EntityValue(
            name: "Korean Central News Agency", aliases: ["KCNA", "Pyongyang’s state media"])
        ))
    #expect(column("sentence", of: result) == [1, 1, 1, 2, 3, 4, 5, 5, 6].map(int))
  }

  @Test func numbersKeepDecimalsAndNullForVagueAmounts() throws {
    let result = try run("numbers")
    #expect(column("value", of: result) == [.decimal(600), .decimal(4.8), .null])
    #expect(column("unit", of: result) == ["soldiers", "%", "jobs"].map(text))
    #expect(column("qualifier", of: result) == [text("around"), .null, .null])
    #expect(column("sentence", of: result) == [2, 6, 6].map(int))
    #expect(result.columns.first { $0.name == "value" }?.type == .decimal)
  }

  @Test func datesResolvedOrNull() throws {
    let result = try run("dates")
    #expect(column("text", of: result) == ["last year", "Thursday", "Friday"].map(text))
    #expect(column("resolved", of: result) == [text("2024"), text("2025-05-01"), .null])
    #expect(column("sentence", of: result) == [2, 3, 7].map(int))
  }

  @Test func emptyCorpusHasNoRows() throws {
    for collection in Schema.collectionNames {
      #expect(try run(collection, on: .init()).rows.isEmpty)
    }
  }
}
