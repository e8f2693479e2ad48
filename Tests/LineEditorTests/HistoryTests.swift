import CEditLine
import Glibc
import TerminalTesting
import Testing

@testable import LineEditor

@Suite struct HistoryTests {
  @Test func entriesAreWrittenAtOnceToA0600FileInNew0700Directories() throws {
    let directory = TemporaryDirectory()
    let path = directory.file("state/newsq/history")
    var history = History(path: path)
    #expect(history.takeWarning() == nil)
    #expect(TemporaryDirectory.mode(path) == nil)  // nothing written before an entry
    #expect(history.add("select 1") == true)
    #expect(TemporaryDirectory.mode(path) == 0o600)
    #expect(TemporaryDirectory.mode(directory.file("state")) == 0o700)
    #expect(TemporaryDirectory.mode(directory.file("state/newsq")) == 0o700)
    #expect(History(path: path).entries == ["select 1"])
  }

  @Test func repeatsBlanksAndLinesStartingWithASpaceAreNotKept() {
    let directory = TemporaryDirectory()
    let path = directory.file("history")
    var history = History(path: path)
    #expect(history.add("a") == true)
    #expect(history.add("a") == false)
    #expect(history.add(" secret") == false)
    #expect(history.add("") == false)
    #expect(history.add("  \n ") == false)
    #expect(history.add("b") == true)
    #expect(history.add("a") == true)
    #expect(history.entries == ["a", "b", "a"])
    #expect(History(path: path).entries == ["a", "b", "a"])
  }

  @Test func theLimitHoldsInMemoryAndInTheFile() {
    let directory = TemporaryDirectory()
    let path = directory.file("history")
    var history = History(path: path, limit: 5)
    for number in 1...12 {
      history.add("q\(number)")
    }
    let expected = (8...12).map { "q\($0)" }
    #expect(history.entries == expected)
    #expect(History(path: path, limit: 5).entries == expected)
    #expect(History(path: path, limit: 100).entries == expected)
    #expect(TemporaryDirectory.mode(path) == 0o600)
  }

  @Test func aLongerFileIsCutToTheLimitOnLoad() {
    let directory = TemporaryDirectory()
    let path = directory.file("history")
    var history = History(path: path, limit: 10)
    for number in 1...10 {
      history.add("q\(number)")
    }
    #expect(History(path: path, limit: 3).entries == ["q8", "q9", "q10"])
    #expect(History(path: path, limit: 10).entries == ["q8", "q9", "q10"])
  }

  @Test func aMultiLineStatementIsOneEntryAndRoundTrips() {
    let directory = TemporaryDirectory()
    let path = directory.file("history")
    let statement = "select quote\n  from quotes\t-- a \\ comment\r\nwhere speaker = \"Kim\""
    var history = History(path: path)
    history.add(statement)
    history.add("Pyongyang’s")
    #expect(History(path: path).entries == [statement, "Pyongyang’s"])
    let lines = String(decoding: TemporaryDirectory.read(path) ?? [], as: UTF8.self)
      .split(separator: "\n")
    #expect(lines.count == 3)  // header and two entries
  }

  @Test func aForeignFileIsReportedOnceAndLeftUntouched() {
    let directory = TemporaryDirectory()
    let binary: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0, 1, 2, 0xFF, 0x0A, 0x41]
    let plain = Array("ls -l\ncd /tmp\n".utf8)
    for content in [binary, plain] {
      let path = directory.write(content, to: "history", mode: 0o644)
      var history = History(path: path)
      let warning = history.takeWarning()
      #expect(warning?.contains(path) == true)
      #expect(warning?.contains("not a history file") == true)
      #expect(history.takeWarning() == nil)
      #expect(history.entries.isEmpty)
      #expect(history.add("select 1") == true)
      #expect(history.entries == ["select 1"])
      #expect(!history.isPersistent)
      #expect(TemporaryDirectory.read(path) == content)
      #expect(TemporaryDirectory.mode(path) == 0o644)
    }
  }

  @Test func anUnreadableFileIsReportedAndNotWritten() {
    let directory = TemporaryDirectory()
    // A directory where the file should be: unreadable as a history file, for root too.
    let path = directory.file("history")
    mkdir(path, 0o700)
    var history = History(path: path)
    #expect(history.takeWarning()?.contains("not a regular file") == true)
    history.add("select 1")
    #expect(history.takeWarning() == nil)
    #expect(TemporaryDirectory.mode(path) == 0o700)
  }

  @Test func anEntryIsNeverGluedToALastLineWithoutNewline() {
    let directory = TemporaryDirectory()
    let path = directory.write(Array("_HiStOrY_V2_\ncut\\040short".utf8), to: "history")
    var history = History(path: path)
    #expect(history.entries == ["cut short"])
    history.add("next")
    #expect(History(path: path).entries == ["cut short", "next"])
  }

  @Test func anEmptyFileIsAnEmptyHistory() {
    let directory = TemporaryDirectory()
    let path = directory.write([], to: "history", mode: 0o600)
    var history = History(path: path)
    #expect(history.takeWarning() == nil)
    history.add("x")
    #expect(History(path: path).entries == ["x"])
  }

  @Test func withoutAPathHistoryStaysInMemory() {
    var history = History(path: nil)
    #expect(history.add("x") == true)
    #expect(history.entries == ["x"])
    #expect(!history.isPersistent)
    #expect(history.takeWarning() == nil)
  }

  @Test func libeditReadsOurFileAndWeReadLibedits() throws {
    let directory = TemporaryDirectory()
    let ours = directory.file("ours")
    let entries = ["select *\nfrom a", "back\\slash\ttab", "Pyongyang’s café", "ctl\u{1}x\u{7F}"]
    var history = History(path: ours)
    for entry in entries {
      history.add(entry)
    }

    setlocale(LC_CTYPE, "C.UTF-8")
    let libedit = try #require(history_winit())
    defer { history_wend(libedit) }
    ce_history_set_size(libedit, 100)
    #expect(ce_history_load(libedit, ours) == Int32(entries.count))
    let loaded = (0..<entries.count).map { index -> String in
      guard let text = ce_history_entry(libedit, Int32(index)) else { return "<none>" }
      var scalars = String.UnicodeScalarView()
      var offset = 0
      while text[offset] != 0 {
        scalars.append(Unicode.Scalar(UInt32(bitPattern: text[offset]))!)
        offset += 1
      }
      return String(scalars)
    }
    #expect(loaded == entries)

    let theirs = directory.file("theirs")
    #expect(ce_history_save(libedit, theirs) == Int32(entries.count))
    #expect(History(path: theirs).entries == entries)
  }
}
