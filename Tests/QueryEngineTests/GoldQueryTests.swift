import Testing

/// The gold file's example queries, with their row counts, on the reference article modelled by
/// hand: the engine's semantics agree with the contract on real text.
@Suite struct GoldQueryTests {
  @Test(arguments: KimShoiguFixture.queries)
  func rowCount(query: String, rows: Int) throws {
    #expect(try run(query, on: KimShoiguFixture.corpus).rows.count == rows)
  }

  @Test func theModelMatchesTheGoldMetadata() throws {
    let article = try run("articles", on: KimShoiguFixture.corpus)
    #expect(column("headings", of: article) == [.list([text("Deepening ties")])])
    #expect(column("paragraphs", of: article) == [int(22)])
    #expect(column("quotes", of: article) == [int(12)])
  }

  @Test func quotesByKimPointAtTheRightParagraphs() throws {
    let result = try run(
      "quotes where speaker = Kim select paragraph, via", on: KimShoiguFixture.corpus)
    #expect(column("paragraph", of: result) == [int(1), int(3)])
  }

  @Test func ukraineSentences() throws {
    let result = try run(
      "sentences where text contains 'Ukraine' select paragraph", on: KimShoiguFixture.corpus)
    #expect(column("paragraph", of: result) == [1, 2, 9, 21].map(int))
  }

  @Test func speakersByFrequency() throws {
    let result = try run("quotes group by speaker.name", on: KimShoiguFixture.corpus)
    #expect(
      result.rows == [
        [text("Korean Central News Agency"), int(4)],
        [text("multilateral sanctions monitoring group"), int(3)],
        [text("Kim Jong Un"), int(2)],
        [text("Choe Ju Hyun"), int(1)],
        [text("Lee Jae-myung"), int(1)],
        [text("Sergei Shoigu"), int(1)],
      ])
  }
}
