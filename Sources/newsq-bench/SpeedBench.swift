import ArticleGenerator
import NewsModel
import NewsReader

/// Measures `ArticleReader.read` on generated text: throughput, scaling, load time, memory.
///
/// Only the `read` calls are timed (each one bracketed by the monotonic clock, the sum taken),
/// so generating the text and freeing the models never count.
struct SpeedBench {
  var sizeMB: Double
  var runs: Int
  var seed: UInt64

  private let reader = ArticleReader()

  init(sizeMB: Double, runs: Int, seed: UInt64?) {
    self.sizeMB = sizeMB
    self.runs = runs
    self.seed = seed ?? TextGenerator().seed
  }

  func run() -> SpeedResult {
    let residentBeforeText = MemoryProbe.resident() ?? 0
    let generated = MonotonicClock.measure {
      TextGenerator(seed: seed).articles(totalBytes: Int(sizeMB * 1e6))
    }
    let articles = generated.value
    let bytes = articles.reduce(0) { $0 + $1.utf8.count }
    let words = articles.reduce(0) { $0 + WordCounter.count($1) }

    // Memory first, while the peak still reflects nothing but generation.
    let memory = measureMemory(articles, residentBeforeText: residentBeforeText)

    // One untimed pass warms caches and the allocator, as a long-running shell would be.
    var readerWords = 0
    _ = timeReads(articles[...], words: &readerWords)
    var times: [Double] = []
    for _ in 0..<runs { times.append(timeReads(articles[...], words: &readerWords)) }
    readerWords /= runs + 1

    let scale = [("1/4", 0.25), ("1/2", 0.5)].map { label, fraction in
      let slice = prefix(articles, fraction: fraction)
      var ignored = 0
      let seconds = Statistics.median((0..<runs).map { _ in timeReads(slice, words: &ignored) })
      return SpeedResult.ScalePoint(
        label: label, bytes: slice.reduce(0) { $0 + $1.utf8.count }, seconds: seconds)
    }
    let full = SpeedResult.ScalePoint(
      label: "full", bytes: bytes, seconds: Statistics.median(times))

    let typical = articles.sorted { $0.utf8.count < $1.utf8.count }[articles.count / 2]
    return SpeedResult(
      machine: MachineInfo.current(), seed: seed, bytes: bytes,
      articles: articles.count, words: words, readerWords: readerWords,
      generationSeconds: generated.seconds, runs: times, scale: scale + [full],
      typicalArticleSeconds: medianReadSeconds(typical), typicalArticleBytes: typical.utf8.count,
      exampleLoadSeconds: exampleLoadSeconds(), memory: memory)
  }

  /// Seconds spent inside `read` for every article of `articles`.
  private func timeReads(_ articles: ArraySlice<String>, words: inout Int) -> Double {
    var nanoseconds: UInt64 = 0
    for (index, text) in articles.enumerated() {
      let start = MonotonicClock.now()
      let article = reader.read(text: text, path: "generated-\(index).txt")
      nanoseconds += MonotonicClock.now() - start
      // Used after the clock stops, so the model is freed outside the timed region.
      words += article.wordCount
    }
    return Double(nanoseconds) / 1e9
  }

  /// The leading articles that make up `fraction` of the input's bytes.
  private func prefix(_ articles: [String], fraction: Double) -> ArraySlice<String> {
    let target = Double(articles.reduce(0) { $0 + $1.utf8.count }) * fraction
    var total = 0
    var count = 0
    while count < articles.count, Double(total) < target {
      total += articles[count].utf8.count
      count += 1
    }
    return articles[..<count]
  }

  private func measureMemory(_ articles: [String], residentBeforeText: Int) -> SpeedResult.Memory {
    let wasReset = MemoryProbe.resetPeak()
    let residentBeforeRead = MemoryProbe.resident() ?? 0
    var models: [Article] = []
    models.reserveCapacity(articles.count)
    for (index, text) in articles.enumerated() {
      models.append(reader.read(text: text, path: "generated-\(index).txt"))
    }
    let peak = MemoryProbe.peak() ?? 0
    withExtendedLifetime(models) {}
    return SpeedResult.Memory(
      residentBeforeText: residentBeforeText, residentBeforeRead: residentBeforeRead, peak: peak,
      peakWasReset: wasReset)
  }

  private func medianReadSeconds(_ text: String) -> Double {
    Statistics.median(
      (0..<101).map { _ in
        MonotonicClock.measure { reader.read(text: text, path: "typical.txt").wordCount }.seconds
      })
  }

  /// Loading as the shell does it: file from disk (page cache, after the first) plus reading.
  private func exampleLoadSeconds() -> Double? {
    let path = "examples/articles/kim-shoigu.txt"
    guard FileSystem.exists(path) else { return nil }
    return Statistics.median(
      (0..<101).map { _ in
        MonotonicClock.measure { () -> Int in
          guard let text = FileSystem.read(path) else { return 0 }
          return reader.read(text: text, path: path).wordCount
        }.seconds
      })
  }
}
