import Glibc
import LineEditor
import TerminalTesting
import Testing

@Suite struct TerminalTests {
  @Test func aFileIsNoTerminalAndHasNoWidth() {
    let directory = TemporaryDirectory()
    let fd = open(directory.write([], to: "plain"), O_RDONLY)
    defer { close(fd) }
    #expect(!Terminal.isTerminal(fd))
    #expect(Terminal.columns(of: fd) == nil)
  }

  @Test func aUTF8CharacterTypeCanBeSet() {
    #expect(Terminal.useUTF8CharacterType())
  }
}
