import Foundation
import Testing

/// Unreadable input is one line, `newsq: PATH: CAUSE`, exit 2, and nothing on stdout.
struct InputErrorTests {
  private func expectInputError(_ path: String, cause: String) throws {
    let result = try Newsq.run([path, "-c", "quotes"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr == "newsq: \(path): \(cause)\n")
  }

  @Test func missingFile() throws {
    try expectInputError("/nonexistent/article.txt", cause: "no such file or directory")
  }

  @Test func emptyBinaryAndInvalidFiles() throws {
    let directory = try Newsq.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let empty = directory.appendingPathComponent("empty.txt")
    try Data("\n  \n".utf8).write(to: empty)
    try expectInputError(empty.path, cause: "empty file")
    let binary = directory.appendingPathComponent("binary.txt")
    try Data([0x41, 0x00, 0x42]).write(to: binary)
    try expectInputError(binary.path, cause: "binary file (NUL byte at offset 1)")
    let latin1 = directory.appendingPathComponent("latin1.txt")
    try Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x21]).write(to: latin1)
    try expectInputError(latin1.path, cause: "invalid UTF-8 at byte offset 3")
  }

  @Test func folderWithoutArticles() throws {
    let directory = try Newsq.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("not an article".utf8).write(to: directory.appendingPathComponent("notes.md"))
    try expectInputError(directory.path, cause: "no articles (.txt files) in this folder")
  }

  @Test func folderOfArticlesLoadsEach() throws {
    let directory = try Newsq.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let article = Newsq.repository.appendingPathComponent("examples/articles/kim-shoigu.txt")
    try FileManager.default.copyItem(at: article, to: directory.appendingPathComponent("a.txt"))
    try FileManager.default.copyItem(at: article, to: directory.appendingPathComponent("b.txt"))
    let result = try Newsq.run(
      [
        "--format", "csv", directory.path, "-c", "articles select path", "-c",
        "quotes select count()",
      ])
    #expect(result.status == 0)
    #expect(
      result.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        == "path\n\(directory.path)/a.txt\n\(directory.path)/b.txt\ncount\n24\n")
  }

  @Test func missingScriptFileIsAUsageError() throws {
    let result = try Newsq.run(["-f", "/nonexistent/q.nq"])
    #expect(result.status == 2)
    #expect(result.stderr == "newsq: /nonexistent/q.nq: no such file or directory\n")
  }
}
