import QueryEngine
import Testing

/// `group by F` rows are `[F, count]`, most frequent first, ties by F ascending, null a group
/// of its own; `select count()` is one row.
@Suite struct GroupingAndCountTests {
  @Test func groupsMostFrequentFirst() throws {
    let result = try run("quotes group by cue")
    #expect(result.columns == [ResultColumn(name: "cue", type: .text), count])
    #expect(result.rows == [[text("said"), int(3)], [text("called"), int(1)]])
  }

  @Test func tiesGoByValueAscending() throws {
    #expect(
      try run("all_quotes group by kind").rows == [
        [text("direct"), int(2)], [text("partial"), int(2)], [text("other"), int(1)],
      ])
  }

  @Test func nullIsItsOwnGroupAndLastAmongItsTies() throws {
    let names: (ResultSet) -> [String?] = { result in
      column("speaker", of: result).map { value in
        if case .entity(let entity) = value { return entity.name }
        return nil
      }
    }
    let quotes = try run("quotes group by speaker")
    #expect(
      names(quotes) == ["Korean Central News Agency", "Lee Jae-myung", "Pieter van Laar", nil])
    #expect(column("count", of: quotes) == [1, 1, 1, 1].map(int))
    // In `all_quotes`, two quotes have no speaker: the null group is the biggest.
    let quoted = try run("all_quotes group by speaker")
    #expect(
      names(quoted) == [nil, "Korean Central News Agency", "Lee Jae-myung", "Pieter van Laar"])
    #expect(column("count", of: quoted) == [2, 1, 1, 1].map(int))
    #expect(try run("all_quotes group by via").rows.first == [.null, int(4)])
  }

  @Test func oneEntityInTwoArticlesIsOneGroup() throws {
    // Lee Jae-myung has the alias "Lee" in a1 and none in b2: still one group, shown as first seen.
    let result = try run("mentions where entity = 'Lee Jae-myung' group by entity")
    #expect(
      result.rows == [[.entity(EntityValue(name: "Lee Jae-myung", aliases: ["Lee"])), int(2)]])
    #expect(result.columns[0].type == .entity)
  }

  @Test func groupByADottedPath() throws {
    let result = try run("mentions group by entity.type")
    #expect(result.columns.map(\.name) == ["entity.type", "count"])
    #expect(
      result.rows == [
        [text("person"), int(4)], [text("org"), int(3)], [text("place"), int(2)],
      ])
  }

  @Test func whereComesBeforeGroupBy() throws {
    #expect(try run("quotes where kind = direct group by cue").rows == [[text("said"), int(2)]])
  }

  @Test func orderByAndSelectAfterGroupByUseItsColumns() throws {
    #expect(
      try run("quotes group by cue order by count").rows == [
        [text("called"), int(1)], [text("said"), int(3)],
      ])
    #expect(
      try run("quotes group by cue order by cue desc select count, cue").rows == [
        [int(3), text("said")], [int(1), text("called")],
      ])
    let counted = try run("quotes group by cue select count()")
    #expect(counted.columns == [count])
    #expect(counted.rows == [[int(3)], [int(1)]])
    #expect(
      try run("quotes group by CUE order by Cue select CUE").rows == [
        [text("called")], [text("said")],
      ])
  }

  @Test func limitAndOffsetAfterGroupBy() throws {
    #expect(
      try run("all_quotes group by kind limit 1 offset 1").rows == [[text("partial"), int(2)]])
  }

  @Test func countIsOneRow() throws {
    let result = try run("quotes select count()")
    #expect(result.columns == [count])
    #expect(result.rows == [[int(4)]])
    #expect(try run("all_quotes where kind = other select count()").rows == [[int(1)]])
    #expect(try run("quotes where cue = nobody select count()").rows == [[int(0)]])
    #expect(try run("quotes select count()", on: .init()).rows == [[int(0)]])
  }

  @Test func countComesAfterLimit() throws {
    #expect(try run("sentences limit 3 select count()").rows == [[int(3)]])
  }

  @Test func groupByOnAnEmptyResultHasNoRows() throws {
    let result = try run("quotes where cue = nobody group by cue")
    #expect(result.rows.isEmpty)
    #expect(result.columns.map(\.name) == ["cue", "count"])
  }

  private var count: ResultColumn { ResultColumn(name: "count", type: .integer) }
}
