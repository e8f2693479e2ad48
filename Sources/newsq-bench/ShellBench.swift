import Shell

#if canImport(Glibc)
  import Glibc
#endif

/// What a person at the prompt waits for: `newsq` starting up and answering one query on the
/// bundled article, and TAB completion.
struct ShellBench {
  struct Result {
    /// Milliseconds per whole run of `newsq -c …` (spawn to exit), or nil when not built.
    var startup: [Double]?
    /// Microseconds per completion call, by the line completed.
    var completion: [(line: String, micros: [Double])]
  }

  static let query = "quotes where speaker = Kim"
  static let completionLines = ["quo", "quotes where sp", "quotes where speaker = K"]

  var runs = 30

  func run() -> Result {
    Result(startup: startup(), completion: completion())
  }

  /// Spawns the `newsq` built beside this benchmark, stdout to /dev/null.
  private func startup() -> [Double]? {
    let directory = CommandLine.arguments[0].split(separator: "/").dropLast().joined(separator: "/")
    let prefix = CommandLine.arguments[0].hasPrefix("/") ? "/" : ""
    let executable = prefix + (directory.isEmpty ? "." : directory) + "/newsq"
    guard access(executable, X_OK) == 0 else { return nil }
    let arguments = [executable, "--format", "json", "-c", Self.query]
    var times: [Double] = []
    for _ in 0..<runs {
      let start = MonotonicClock.now()
      guard ChildProcess.run(arguments, stdoutPath: "/dev/null") else { return nil }
      times.append(Double(MonotonicClock.now() - start) / 1e6)
    }
    return times
  }

  /// Each line completed `runs` × 100 times over the bundled article, timed per call.
  private func completion() -> [(line: String, micros: [Double])] {
    let session = try? Session.open(paths: [], format: .json)
    guard let session else { return [] }
    let completer = QueryCompleter { session.engine }
    return Self.completionLines.map { line in
      let cursor = line.unicodeScalars.count
      var micros: [Double] = []
      for _ in 0..<runs {
        let start = MonotonicClock.now()
        for _ in 0..<100 {
          _ = completer.complete(pending: "", line: line, cursor: cursor)
        }
        micros.append(Double(MonotonicClock.now() - start) / 1e3 / 100)
      }
      return (line, micros)
    }
  }
}
