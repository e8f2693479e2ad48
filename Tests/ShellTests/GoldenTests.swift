import Foundation
import Testing

@testable import Shell

/// The language's behaviour on the bundled article, block by block, from `Golden/*.test`.
struct GoldenTests {
  static let files: [String] = {
    let folder = RepositoryPaths.url("Tests/ShellTests/Golden")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".test") }.sorted()
  }()

  @Test(arguments: files)
  func golden(_ name: String) throws {
    let file = try GoldenFile(url: RepositoryPaths.url("Tests/ShellTests/Golden/\(name)"))
    #expect(!file.blocks.isEmpty, "\(name) has no blocks")
    var outputs: [String] = []
    for block in file.blocks {
      let format = try #require(OutputFormat(rawValue: block.format), "\(name):\(block.line)")
      let outcome = SessionRunner.run(block.query, format: format)
      let expectedStatus: RunStatus = block.expectsFailure ? .failure : .success
      // CSV's CRLF line ends are checked by the renderer tests; golden files keep plain lines.
      let actual = (block.expectsFailure ? outcome.errors : outcome.output)
        .replacingOccurrences(of: "\r\n", with: "\n")
      outputs.append(actual)
      guard !RepositoryPaths.isRecording else { continue }
      #expect(outcome.status == expectedStatus, "\(name):\(block.line): \(block.query)")
      #expect(actual == block.expected, "\(name):\(block.line): \(block.query)")
      if !block.expectsFailure {
        #expect(outcome.errors.isEmpty, "\(name):\(block.line): unexpected error output")
      }
    }
    if RepositoryPaths.isRecording {
      try file.rerecorded(with: outputs).write(to: file.url, atomically: true, encoding: .utf8)
    }
  }
}
