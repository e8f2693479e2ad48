import Foundation

/// Paths inside the repository, found from this source file so tests run from any directory.
enum RepositoryPaths {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // Support
    .deletingLastPathComponent()  // ShellTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  static func url(_ relative: String) -> URL {
    root.appendingPathComponent(relative)
  }

  /// `NEWSQ_RECORD=1 swift test` rewrites golden files instead of comparing with them.
  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["NEWSQ_RECORD"] == "1"
  }
}
