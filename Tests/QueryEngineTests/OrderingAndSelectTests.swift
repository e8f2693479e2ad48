import QueryEngine
import Testing

/// `order by` (several keys, nulls last, stable), `limit`/`offset`, `select` and dotted paths.
@Suite struct OrderingAndSelectTests {
  @Test func documentOrderWithoutOrderBy() throws {
    #expect(try ids("sentences") == [1, 2, 3, 4, 5, 6, 7])
  }

  @Test func ascendingAndDescending() throws {
    #expect(try ids("sentences order by id desc") == [7, 6, 5, 4, 3, 2, 1])
    #expect(try ids("people order by name") == [1, 4, 2, 3])
    #expect(try ids("people order by name asc") == [1, 4, 2, 3])
  }

  @Test func tiesKeepDocumentOrder() throws {
    #expect(try ids("quotes order by cue") == [2, 1, 3, 4])
    #expect(try ids("quotes order by cue desc") == [1, 3, 4, 2])
  }

  @Test func severalKeys() throws {
    #expect(try ids("people order by article desc, name") == [4, 3, 1, 2])
    #expect(try ids("entities order by type, mentions desc, name") == [5, 3, 1, 8, 4, 6, 7, 2])
  }

  @Test func nullsLastWhicheverDirection() throws {
    #expect(try ids("numbers order by value") == [2, 1, 3])
    #expect(try ids("numbers order by value desc") == [1, 2, 3])
    #expect(try ids("quotes order by speaker desc") == [3, 1, 2, 4])
  }

  @Test func numbersOrderNumericallyAndTextCaseInsensitively() throws {
    #expect(try ids("mentions where article = 'a1.txt' order by start desc limit 3") == [6, 5, 4])
    #expect(try ids("entities order by name limit 3") == [5, 1, 8])
  }

  @Test func limitAndOffset() throws {
    #expect(try ids("sentences limit 2") == [1, 2])
    #expect(try ids("sentences limit 2 offset 3") == [4, 5])
    #expect(try ids("sentences limit 10 offset 5") == [6, 7])
    #expect(try ids("sentences limit 10 offset 9").isEmpty)
    #expect(try ids("sentences limit 0").isEmpty)
    #expect(try ids("sentences order by id desc limit 2") == [7, 6])
  }

  @Test func selectFieldsInOrder() throws {
    let result = try run("quotes where id = 1 select text, speaker, id")
    #expect(
      result.columns == [
        ResultColumn(name: "text", type: .text), ResultColumn(name: "speaker", type: .entity),
        ResultColumn(name: "id", type: .integer),
      ])
    #expect(
      result.rows == [
        [
          text("deter provocations"), .entity(EntityValue(name: "Lee Jae-myung", aliases: ["Lee"])),
          int(1),
        ]
      ])
  }

  @Test func orderByAFieldThatIsNotSelected() throws {
    #expect(
      try run("people order by name desc select id").rows == [
        [int(3)], [int(2)], [int(1)], [int(4)],
      ])
  }

  @Test func dottedPathsFollowReferences() throws {
    let result = try run("all_quotes select speaker.name, speaker.type, via.aliases, article.date")
    #expect(
      result.columns.map(\.name) == ["speaker.name", "speaker.type", "via.aliases", "article.date"])
    #expect(result.columns.map(\.type) == [.text, .text, .list(.text), .date])
    #expect(
      result.rows[0] == [text("Lee Jae-myung"), text("person"), .list([]), text("2025-05-06")])
    // A null reference makes every field behind it null.
    #expect(result.rows[2] == [.null, .null, .null, text("2025-05-06")])
    #expect(result.rows[4][3] == .null)
  }

  @Test func dottedPathsInWhereAndOrderBy() throws {
    #expect(try ids("quotes where article.date > 2025-01-01") == [1, 2])
    #expect(try ids("quotes where speaker.type = org") == [2])
    #expect(try ids("quotes where speaker.role = president") == [1])
    #expect(try ids("quotes where speaker.mentions > 1") == [2])
    #expect(try ids("quotes where speaker.aliases = 'van laar'") == [3])
    #expect(try ids("quotes where speaker.name == 'Lee Jae-myung'") == [1])
    #expect(try ids("mentions where sentence.paragraph.number = 2") == [4, 9])
    #expect(
      try ids("mentions where entity.article.path = 'b2.txt' order by entity.name") == [9, 7, 8])
    #expect(try ids("sentences where paragraph.heading = 'deepening ties'") == [3, 4])
  }

  @Test func referencesShowAsIDsPathsAndEntities() throws {
    #expect(
      try run("mentions where id = 9 select sentence, article").rows == [[int(6), text("b2.txt")]])
  }

  @Test func namesMatchCaseInsensitivelyAndColumnsUseSchemaNames() throws {
    let result = try run("QUOTES where Speaker.Type = org select Speaker.Name, ID")
    #expect(result.columns.map(\.name) == ["speaker.name", "id"])
    #expect(result.rows == [[text("Korean Central News Agency"), int(2)]])
  }
}
