import Foundation

/// Reads the bench's own fixtures beside this file, so tests need nothing outside the repo.
enum FixtureFiles {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func text(_ relativePath: String) throws -> String {
    try String(contentsOf: directory.appendingPathComponent(relativePath), encoding: .utf8)
  }

  /// Base names of the fixture articles that have gold.
  static func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(
      atPath: directory.appendingPathComponent("gold").path
    )
    .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
  }
}
