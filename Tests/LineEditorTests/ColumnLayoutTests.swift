import LineEditor
import Testing

@Suite struct ColumnLayoutTests {
  @Test func fitsOnOneLineWhenWideEnough() {
    #expect(ColumnLayout.lines(["limit", "language"], width: 80) == ["limit  language"])
  }

  @Test func fillsColumnsDownThenAcross() {
    let items = ["a", "bb", "ccc", "dddd", "e"]
    // Width 12: one row needs 1+2+3+4+1 + 4 gaps * 2 = 19; two rows: columns
    // [a,bb] [ccc,dddd] [e] = 2+4+1 + 2*2 = 11.
    #expect(ColumnLayout.lines(items, width: 12) == ["a   ccc   e", "bb  dddd"])
  }

  @Test func linesCarryNoTrailingSpaces() {
    let lines = ColumnLayout.lines(["alpha", "b", "c"], width: 9)
    #expect(lines == ["alpha  c", "b"])
    #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
  }

  @Test func anItemWiderThanTheTerminalStandsAlone() {
    let long = String(repeating: "x", count: 30)
    #expect(ColumnLayout.lines([long, "y"], width: 10) == [long, "y"])
  }

  @Test func noItemsNoLines() {
    #expect(ColumnLayout.lines([], width: 80).isEmpty)
  }

  @Test func widthCountsTerminalColumns() {
    #expect(ColumnLayout.displayWidth("Pyongyang’s") == 11)
    #expect(ColumnLayout.displayWidth("cafe\u{301}") == 4)
    #expect(ColumnLayout.displayWidth("北京") == 4)
  }

  @Test func wideCharactersAlignColumns() {
    #expect(ColumnLayout.lines(["北京", "ab", "c", "d"], width: 9) == ["北京  c", "ab    d"])
  }
}
