import QueryEngine
import QueryLanguage
import Testing

/// Every error the engine raises: its message, the words its range covers, its hints.
@Suite struct DiagnosticTests {
  static let collections =
    "collections: articles, paragraphs, sentences, quotes, all_quotes, people, orgs, places, "
    + "entities, mentions, numbers, dates"
  static let quoteFields =
    "fields: id, article, paragraph, sentence, text, kind, speaker, speaker_mention, cue, via, "
    + "start, end"
  static let entityFields = "fields: id, name, type, aliases, role, mentions, quotes, article"

  @Test func unknownCollection() throws {
    let failure = try #require(diagnose("quots where speaker = Kim"))
    #expect(failure.diagnostic.message == "unknown collection 'quots'")
    #expect(failure.words == "quots")
    #expect(failure.diagnostic.hints == ["did you mean 'quotes'?", Self.collections])
  }

  @Test func unknownCollectionWithNothingClose() throws {
    let failure = try #require(diagnose("zebras"))
    #expect(failure.diagnostic.hints == [Self.collections])
  }

  @Test func unknownField() throws {
    let failure = try #require(diagnose("quotes where speakr = Kim"))
    #expect(failure.diagnostic.message == "unknown field 'speakr' in quotes")
    #expect(failure.words == "speakr")
    #expect(failure.diagnostic.hints == ["did you mean 'speaker'?", Self.quoteFields])
  }

  @Test(arguments: [
    "quotes where id = 1 and txet = a",
    "quotes order by id, txet desc",
    "quotes select id, txet",
    "quotes group by txet",
  ])
  func unknownFieldAnywhere(query: String) throws {
    let failure = try #require(diagnose(query))
    #expect(failure.diagnostic.message == "unknown field 'txet' in quotes")
    #expect(failure.words == "txet")
    #expect(failure.diagnostic.hints.first == "did you mean 'text'?")
  }

  @Test func unknownFieldAfterADot() throws {
    let failure = try #require(diagnose("quotes where speaker.tipe = person"))
    #expect(failure.diagnostic.message == "unknown field 'tipe' in speaker")
    #expect(failure.words == "tipe")
    #expect(failure.diagnostic.hints == ["did you mean 'type'?", Self.entityFields])
    let deeper = try #require(diagnose("quotes select speaker.article.dat"))
    #expect(deeper.diagnostic.message == "unknown field 'dat' in speaker.article")
    #expect(deeper.diagnostic.hints.first == "did you mean 'date'?")
  }

  @Test func aFieldWithoutSubfields() throws {
    let failure = try #require(diagnose("quotes where text.length > 3"))
    #expect(failure.diagnostic.message == "'text' has no fields after a dot; it is text")
    #expect(failure.words == "length")
    #expect(
      failure.diagnostic.hints == [
        "fields with sub-fields: article, paragraph, sentence, speaker, via"
      ])
    let deeper = try #require(diagnose("quotes where speaker.aliases.x.y = 1"))
    #expect(
      deeper.diagnostic.message
        == "'speaker.aliases' has no fields after a dot; it is a list of text")
    #expect(deeper.words == "x.y")
  }

  @Test func notANumber() throws {
    let failure = try #require(diagnose("quotes where id = 'abc'"))
    #expect(failure.diagnostic.message == "'abc' is not a number; 'id' is an integer")
    #expect(failure.words == "'abc'")
    let listed = try #require(diagnose("numbers where value in (1, two)"))
    #expect(listed.diagnostic.message == "'two' is not a number; 'value' is a number")
    #expect(listed.words == "two")
    let date = try #require(diagnose("quotes where speaker.mentions > 2025-01-01"))
    #expect(
      date.diagnostic.message == "'2025-01-01' is not a number; 'speaker.mentions' is an integer")
  }

  @Test(arguments: ["contains", "starts with", "ends with", "matches"])
  func textOperatorsOnNumbers(op: String) throws {
    let failure = try #require(diagnose("sentences where id \(op) 3"))
    #expect(failure.diagnostic.message == "'\(op)' compares text; 'id' is an integer")
    #expect(failure.words == op)
    #expect(failure.diagnostic.hints == ["numbers take =, ==, !=, <, <=, >, >= and in"])
  }

  @Test func aListNeedsIn() throws {
    let failure = try #require(diagnose("quotes where cue = (said, told)"))
    #expect(failure.diagnostic.hints == ["a list of values needs 'in': field in (a, b)"])
    #expect(failure.words == "(")
  }

  @Test func invalidRegex() throws {
    let failure = try #require(diagnose("quotes where text matches '[a-'"))
    #expect(failure.words == "'[a-'")
    #expect(failure.diagnostic.message == "invalid regular expression '[a-': expected ']'")
  }

  @Test func countMixedWithFields() throws {
    let failure = try #require(diagnose("quotes select speaker, count()"))
    #expect(
      failure.diagnostic.message
        == "count() cannot be selected with fields unless there is a group by")
    #expect(failure.words == "count()")
    #expect(
      failure.diagnostic.hints == [
        "to count each value, group first: '… group by speaker'", "or select count() alone",
      ])
  }

  @Test(arguments: [
    ("quotes group by cue order by text", "text"),
    ("quotes group by cue select cue, speaker.name", "speaker.name"),
    ("quotes group by speaker.type order by speaker", "speaker"),
  ])
  func onlyTheGroupColumnsAfterGroupBy(query: String, column: String) throws {
    let failure = try #require(diagnose(query))
    #expect(failure.words == column)
    #expect(failure.diagnostic.message.hasPrefix("'\(column)' is not a column after 'group by "))
    #expect(failure.diagnostic.hints.count == 1)
    #expect(failure.diagnostic.hints[0].hasSuffix(", count"))
  }

  @Test(arguments: ["quotes order by count", "quotes select count"])
  func countWithoutGroupBy(query: String) throws {
    let failure = try #require(diagnose(query))
    #expect(failure.diagnostic.message == "unknown field 'count' in quotes")
    #expect(failure.words == "count")
    #expect(
      failure.diagnostic.hints.first
        == "'count' is a column only after 'group by'; to count the rows, select count()")
  }

  @Test func negativeLimitAndOffset() throws {
    let limit = try #require(diagnose("quotes limit -1"))
    #expect(limit.diagnostic.message == "'limit' needs a non-negative integer but found '-1'")
    #expect(limit.words == "-1")
    let offset = try #require(diagnose("quotes limit 1 offset -2"))
    #expect(offset.diagnostic.message == "'offset' needs a non-negative integer but found '-2'")
  }

  @Test func operandsTheOperatorCannotTake() throws {
    let field = FieldPath(components: [Identifier(name: "cue", range: .init(start: 13, end: 16))])
    let missing = Query(
      collection: Identifier(name: "quotes", range: .init(start: 0, end: 6)),
      filter: .comparison(
        Comparison(
          field: field, op: .equal, opRange: .init(start: 17, end: 18), operand: .none,
          range: .init(start: 13, end: 18))),
      range: .init(start: 0, end: 18))
    #expect(
      throws: Diagnostic(
        message: "'=' needs a value to compare with", range: .init(start: 17, end: 18))
    ) {
      try QueryEngine(corpus: Fixture.corpus).run(missing)
    }
    var extra = missing
    extra.filter = .comparison(
      Comparison(
        field: field, op: .isNull, opRange: .init(start: 17, end: 24),
        operand: .value(Literal(kind: .word("x"), range: .init(start: 25, end: 26))),
        range: .init(start: 13, end: 26)))
    #expect(
      throws: Diagnostic(message: "'is null' takes no value", range: .init(start: 17, end: 24))
    ) {
      try QueryEngine(corpus: Fixture.corpus).run(extra)
    }
  }

  @Test func errorsDoNotDependOnTheArticles() throws {
    #expect(throws: Diagnostic.self) { try run("quotes where speakr = Kim", on: .init()) }
    #expect(throws: Diagnostic.self) { try run("quotes where text matches '('", on: .init()) }
  }

  @Test func theFirstErrorInTheQueryIsReported() throws {
    let failure = try #require(diagnose("quotes where speakr = Kim order by txet select tetx"))
    #expect(failure.words == "speakr")
    let limit = try #require(diagnose("quotes order by id limit -3 select tetx"))
    #expect(limit.words == "-3")
    let grouped = try #require(diagnose("quotes group by cue order by text limit 3"))
    #expect(grouped.words == "text")
  }
}
