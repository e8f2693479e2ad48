/// Renders the shell section: start-up plus one query, and TAB completion.
struct ShellReport {
  var result: ShellBench.Result

  func lines() -> [String] {
    var out = ["The shell on the bundled article (release build)"]
    if let startup = result.startup {
      out.append(
        "  startup + `\(ShellBench.query)`: median \(Format.fixed(Statistics.median(startup), 2)) "
          + "ms, min \(Format.fixed(startup.min() ?? 0, 2)) ms over \(startup.count) runs "
          + "(spawn to exit, output to /dev/null)")
    } else {
      out.append("  startup: newsq is not built beside newsq-bench (swift build -c release)")
    }
    for (line, micros) in result.completion {
      out.append(
        "  TAB after `\(line)`: median \(Format.fixed(Statistics.median(micros), 1)) \u{00B5}s "
          + "per completion")
    }
    return out
  }

  /// The same figures for `--json`.
  func json() -> String {
    JSONWriter.object([
      (
        "startup_ms",
        result.startup.map { JSONWriter.number(Statistics.median($0)) } ?? "null"
      ),
      (
        "completion_us",
        JSONWriter.object(
          result.completion.map { ($0.line, JSONWriter.number(Statistics.median($0.micros))) })
      ),
    ])
  }
}
