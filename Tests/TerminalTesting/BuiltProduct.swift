import Glibc

/// Finds a built executable of the package (`swift build --build-tests`, which `swift test`
/// runs, builds every product beside the test bundle): `newsq`, `lineeditor-demo`.
public enum BuiltProduct {
  /// The executable's path, or nil when it was not built.
  public static func path(named name: String, file: String = #filePath) -> String? {
    var candidates: [String] = []
    // The test bundle runs from .build/<triple>/<configuration>/; products sit beside it.
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if length > 0 {
      let executable = String(
        decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
      candidates.append(directory(of: executable) + "/" + name)
    }
    // Else the package's .build/debug: this file is Tests/TerminalTesting/….
    var root = file
    for _ in 0..<3 {
      root = directory(of: root)
    }
    candidates.append(root + "/.build/debug/" + name)
    return candidates.first { access($0, X_OK) == 0 }
  }

  private static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }
}
