import Glibc
import LineEditor
import TerminalTesting
import Testing

@Suite struct PlainLineReaderTests {
  private func lines(of bytes: [UInt8]) -> [String] {
    let directory = TemporaryDirectory()
    let fd = open(directory.write(bytes, to: "input"), O_RDONLY)
    defer { close(fd) }
    var reader = PlainLineReader(fileDescriptor: fd)
    var result: [String] = []
    while let line = reader.readLine() {
      result.append(line)
    }
    #expect(reader.readLine() == nil)
    return result
  }

  @Test func readsLinesWithoutTerminators() {
    #expect(lines(of: Array("a\nb\r\n\nlast".utf8)) == ["a", "b", "", "last"])
  }

  @Test func readsFromAPipe() {
    var fds: [Int32] = [0, 0]
    precondition(pipe(&fds) == 0)
    let text = Array("one\ntwo".utf8)
    _ = text.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
    close(fds[1])
    defer { close(fds[0]) }
    var reader = PlainLineReader(fileDescriptor: fds[0])
    #expect(reader.readLine() == "one")
    #expect(reader.readLine() == "two")
    #expect(reader.readLine() == nil)
  }

  @Test func emptyInputHasNoLines() {
    #expect(lines(of: []).isEmpty)
  }

  @Test func keepsUTF8AndRepairsInvalidBytes() {
    #expect(
      lines(of: Array("Pyongyang’s\n".utf8) + [0x61, 0xFF, 0x0A]) == ["Pyongyang’s", "a\u{FFFD}"])
  }

  @Test func readsLongLinesAcrossChunks() {
    let long = String(repeating: "x", count: 200_000)
    #expect(lines(of: Array("\(long)\nshort\n".utf8)) == [long, "short"])
  }
}
