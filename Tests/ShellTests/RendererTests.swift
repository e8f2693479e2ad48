import QueryEngine
import Testing

@testable import Shell

/// Output shapes, on hand-made results so each rule is seen on its own.
struct RendererTests {
  let result = ResultSet(
    columns: [
      ResultColumn(name: "id", type: .integer),
      ResultColumn(name: "text", type: .text),
      ResultColumn(name: "aliases", type: .list(.text)),
      ResultColumn(name: "value", type: .decimal),
      ResultColumn(name: "speaker", type: .entity),
    ],
    rows: [
      [
        .integer(1), .text("He said, \"no\"\nthen left"), .list([.text("Kim"), .text("KCNA")]),
        .decimal(9_000_000), .entity(EntityValue(name: "Kim Jong Un", aliases: ["Kim"])),
      ],
      [.integer(22), .text("tab\there | pipe"), .list([]), .decimal(4.8), .null],
    ])

  @Test func csvFollowsRFC4180() {
    let csv = DelimitedRenderer.csv.render(result)
    #expect(
      csv == "id,text,aliases,value,speaker\r\n"
        + "1,\"He said, \"\"no\"\"\nthen left\",Kim; KCNA,9000000,Kim Jong Un\r\n"
        + "22,tab\there | pipe,,4.8,\r\n")
  }

  @Test func tsvEscapesTabsAndNewlines() {
    let tsv = DelimitedRenderer.tsv.render(result)
    #expect(
      tsv == "id\ttext\taliases\tvalue\tspeaker\n"
        + "1\tHe said, \"no\"\\nthen left\tKim; KCNA\t9000000\tKim Jong Un\n"
        + "22\ttab\\there | pipe\t\t4.8\t\n")
  }

  @Test func jsonIsOneArrayPerStatement() {
    let json = JSONRenderer(perRow: false).render(result)
    #expect(
      json
        == #"[{"id":1,"text":"He said, \"no\"\nthen left","aliases":["Kim","KCNA"],"value":9000000,"speaker":"Kim Jong Un"},"#
        + #"{"id":22,"text":"tab\there | pipe","aliases":[],"value":4.8,"speaker":null}]"#
        + "\n")
  }

  @Test func jsonOfNoRowsIsAnEmptyArray() {
    #expect(
      JSONRenderer(perRow: false).render(ResultSet(columns: result.columns, rows: [])) == "[]\n")
    #expect(JSONRenderer(perRow: true).render(ResultSet(columns: result.columns, rows: [])) == "")
  }

  @Test func jsonlIsOneObjectPerLine() {
    let lines = JSONRenderer(perRow: true).render(result).split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[1].hasPrefix(#"{"id":22,"#))
  }

  @Test func jsonEscapesControlCharactersAndKeepsUnicode() {
    #expect(JSONText.string("Pyongyang’s\u{1}") == "\"Pyongyang’s\\u0001\"")
  }

  @Test func markdownEscapesPipesAndAlignsNumbers() {
    let markdown = MarkdownRenderer().render(result)
    let lines = markdown.split(separator: "\n")
    #expect(lines[0] == "| id | text | aliases | value | speaker |")
    #expect(lines[1] == "| ---: | --- | --- | ---: | --- |")
    #expect(lines[3] == "| 22 | tab\there \\| pipe |  | 4.8 |  |")
  }

  @Test func tableRightAlignsNumbersAndCountsRows() {
    let table = TableRenderer(style: TableStyle(width: 200, colour: false)).render(result)
    let lines = table.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines[0].hasPrefix(" id | text"))
    #expect(lines[2].hasPrefix("  1 | He said"))
    #expect(lines[3].hasPrefix(" 22 | tab here"))
    #expect(table.hasSuffix("(2 rows)\n"))
  }

  @Test func tableFitsTheWidthByWrappingTheWidestColumn() {
    let long = ResultSet(
      columns: [ResultColumn(name: "id", type: .integer), ResultColumn(name: "text", type: .text)],
      rows: [[.integer(1), .text(String(repeating: "word ", count: 40))]])
    let table = TableRenderer(style: TableStyle(width: 40, colour: false)).render(long)
    for line in table.split(separator: "\n") {
      #expect(DisplayWidth.of(line) <= 40, "\(line)")
    }
    #expect(table.hasSuffix("(1 row)\n"))
  }

  @Test func wrapBreaksWordsLongerThanTheColumn() {
    #expect(TableRenderer.wrap("abcdefghij kl", width: 4) == ["abcd", "efgh", "ij", "kl"])
    #expect(TableRenderer.wrap("", width: 4) == [""])
  }

  @Test func wideCharactersTakeTwoColumns() {
    #expect(DisplayWidth.of("평양") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
  }

  @Test func colourOnlyWhenAsked() {
    let plain = TableRenderer(style: TableStyle(width: 100, colour: false)).render(result)
    let coloured = TableRenderer(style: TableStyle(width: 100, colour: true)).render(result)
    #expect(!plain.contains("\u{1B}"))
    #expect(coloured.contains("\u{1B}[1m"))
  }
}
