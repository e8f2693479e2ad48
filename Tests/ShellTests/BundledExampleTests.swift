import Foundation
import Testing

@testable import Shell

/// The article compiled into the binary is the one in `examples/`, byte for byte.
struct BundledExampleTests {
  @Test func matchesTheExampleFile() throws {
    let file = try String(
      contentsOf: RepositoryPaths.url("examples/articles/kim-shoigu.txt"), encoding: .utf8)
    if RepositoryPaths.isRecording, file != BundledExample.text {
      try regenerate(from: file)
      return
    }
    #expect(BundledExample.text == file, "run NEWSQ_RECORD=1 swift test to regenerate")
    #expect(BundledExample.path == "kim-shoigu.txt")
  }

  /// Rewrites `BundledExample.swift` from the example file, indented as swift-format wants.
  private func regenerate(from text: String) throws {
    let body = text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    let source = RepositoryPaths.url("Sources/Shell/Input/BundledExample.swift")
    let old = try String(contentsOf: source, encoding: .utf8)
    let head = try #require(old.range(of: "#\"\"\"\n"))
    let tail = try #require(old.range(of: "\n    \"\"\"#", options: .backwards))
    let new = String(old[..<head.upperBound]) + body + String(old[tail.lowerBound...])
    try new.write(to: source, atomically: true, encoding: .utf8)
  }
}
