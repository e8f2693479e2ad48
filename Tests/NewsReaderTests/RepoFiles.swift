import Foundation

/// Locates files of this repository from the test source's own path, so tests run from any
/// working directory and never depend on anything outside the clone.
enum RepoFiles {
  /// The repository root: two levels above `Tests/NewsReaderTests`.
  static var root: URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()
      .deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  static func text(_ relativePath: String) throws -> String {
    let url = root.appendingPathComponent(relativePath)
    return try String(contentsOf: url, encoding: .utf8)
  }

  static func data(_ relativePath: String) throws -> Data {
    try Data(contentsOf: root.appendingPathComponent(relativePath))
  }
}
