import Foundation
import Testing

/// Every `examples/queries/*.nq` runs through the binary and prints its recorded `.out`.
/// `NEWSQ_RECORD=1 swift test` re-records them.
struct ExampleScriptTests {
  static let folder = Newsq.repository.appendingPathComponent("examples/queries")

  static let scripts: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".nq") }.sorted()
  }()

  @Test func thereAreExamples() {
    #expect(Self.scripts.count >= 4)
  }

  @Test(arguments: scripts)
  func example(_ name: String) throws {
    let result = try Newsq.run(["-f", "examples/queries/\(name)"], directory: Newsq.repository)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let recorded = Self.folder.appendingPathComponent(
      String(name.dropLast(".nq".count)) + ".out")
    if ProcessInfo.processInfo.environment["NEWSQ_RECORD"] == "1" {
      try result.stdout.write(to: recorded, atomically: true, encoding: .utf8)
      return
    }
    let expected = try String(contentsOf: recorded, encoding: .utf8)
    #expect(result.stdout == expected)
  }
}
