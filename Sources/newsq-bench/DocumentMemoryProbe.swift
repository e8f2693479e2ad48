import NewsReader

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reader's peak memory on one large document, measured in a fresh process.
///
/// Measured in the benchmark's own process the figure is meaningless: after the timed runs
/// the allocator holds plenty of freed, still-resident memory, so reading the document raises
/// the resident set by nothing ("0.00 x text"). A child that has loaded nothing but the text
/// (and warmed the reader's tables on a tiny article) sees every page the read touches.
enum DocumentMemoryProbe {
  /// The hidden option that makes `newsq-bench` the child.
  static let flag = "--document-memory"

  /// Parent side: writes `document` to a temporary file, runs the child on it and reads its
  /// answer; nil when the child cannot be run (the caller then measures in-process).
  static func measure(_ document: String) -> SpeedResult.Memory? {
    let base = "/tmp/newsq-bench-\(getpid())"
    let textPath = base + "-document.txt"
    let answerPath = base + "-memory.txt"
    defer {
      unlink(textPath)
      unlink(answerPath)
    }
    guard write(document, to: textPath),
      ChildProcess.run([executable(), flag, textPath], stdoutPath: answerPath),
      let answer = FileSystem.read(answerPath)
    else { return nil }
    let fields = answer.split(separator: " ").compactMap { Int($0.filter(\.isNumber)) }
    guard fields.count == 3 else { return nil }
    return SpeedResult.Memory(
      baseline: fields[0], peak: fields[1], textBytes: document.utf8.count,
      peakWasReset: fields[2] == 1)
  }

  /// Child side: reads the file, warms the reader, and prints `baseline peak reset` in bytes.
  static func runChild(path: String) -> Int32 {
    guard let text = FileSystem.read(path) else { return 1 }
    let reader = ArticleReader()
    // Gazetteer and word tables are built on first use; they are not the document's cost.
    _ = reader.read(text: "Warm-up in Paris, the minister said.", path: "warm-up.txt").wordCount
    let wasReset = MemoryProbe.resetPeak()
    let baseline = MemoryProbe.resident() ?? 0
    let words = reader.read(text: text, path: "document.txt").wordCount
    let peak = MemoryProbe.peak() ?? 0
    withExtendedLifetime(words) {}
    print("\(baseline) \(peak) \(wasReset ? 1 : 0)")
    return 0
  }

  /// This very executable: `/proc/self/exe` on Linux, else the path it was started by.
  private static func executable() -> String {
    if access("/proc/self/exe", X_OK) == 0 { return "/proc/self/exe" }
    return CommandLine.arguments[0]
  }

  private static func write(_ text: String, to path: String) -> Bool {
    guard let file = fopen(path, "wb") else { return false }
    var text = text
    let written = text.withUTF8 { fwrite($0.baseAddress, 1, $0.count, file) }
    return fclose(file) == 0 && written == text.utf8.count
  }
}
