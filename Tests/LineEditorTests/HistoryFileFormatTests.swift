import Testing

@testable import LineEditor

@Suite struct HistoryFileFormatTests {
  @Test func encodesWhiteSpaceControlsAndBackslashInOctal() {
    let line = String(decoding: HistoryFileFormat.encode("a b\nc\\d\te\u{1}"), as: UTF8.self)
    #expect(line == #"a\040b\012c\134d\011e\001"#)
  }

  @Test func keepsNonASCIIAsUTF8() {
    #expect(HistoryFileFormat.encode("Pyongyang’s") == Array("Pyongyang’s".utf8))
  }

  @Test func decodesLibeditEscapes() {
    func decode(_ line: String) -> String { HistoryFileFormat.decode(Array(line.utf8)) }
    #expect(decode(#"a\040b\012c\134d"#) == "a b\nc\\d")
    #expect(decode(#"\^A\^?x"#) == "\u{1}\u{7F}x")
    #expect(decode(#"\s\t\n\\"#) == " \t\n\\")
    #expect(decode(#"\M-b\M^@\M-^Y"#) == String(decoding: [0xE2, 0x80, 0xDE, 0x59], as: UTF8.self))
    #expect(decode(#"trailing\"#) == "trailing\\")
  }

  @Test func roundTrips() throws {
    let entries = ["", " lead", "multi\nline\r\n", "tab\tand \\", "北京 ’ é", "\u{0}nul"]
    let file = HistoryFileFormat.file(entries)
    #expect(try HistoryFileFormat.parse(file) == entries.filter { !$0.isEmpty })
  }

  @Test func rejectsFilesWithoutTheHeaderOrWithRawControls() {
    #expect(throws: HistoryFileFormat.Rejection.noHeader) {
      try HistoryFileFormat.parse(Array("select 1\n".utf8))
    }
    #expect(throws: HistoryFileFormat.Rejection.notText) {
      try HistoryFileFormat.parse(Array("_HiStOrY_V2_\nab\u{1}c\n".utf8))
    }
    #expect(throws: HistoryFileFormat.Rejection.notText) {
      try HistoryFileFormat.parse(Array("_HiStOrY_V2_\n".utf8) + [0xFF, 0xFE, 0x0A])
    }
    #expect((try? HistoryFileFormat.parse([])) == [])
  }
}
