import ArticleGenerator
import NewsModel
import NewsReader
import Shell

/// Measures `ArticleReader.read` on generated text: throughput, scaling, load time, memory.
///
/// Only the `read` calls are timed (each one bracketed by the monotonic clock, the sum taken),
/// so generating the text and freeing the models never count.
struct SpeedBench {
  var sizeMB: Double
  var runs: Int
  var seed: UInt64
  /// The single-document check stops at this size: one text of tens of MB is not what the
  /// reader is for, and a superlinear reader would take minutes on it.
  var documentLimitBytes = 8_000_000

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
    let corpusMemory = measureCorpusMemory(articles, baseline: residentBeforeText)

    // One untimed pass warms caches and the allocator, as a long-running shell would be.
    var readerWords = 0
    _ = timeReads(articles[...], words: &readerWords)
    readerWords = 0
    var times: [SpeedResult.Timing] = []
    for _ in 0..<runs { times.append(timeReads(articles[...], words: &readerWords)) }
    readerWords /= runs

    var ignored = 0
    var scale = [("1/4", 0.25), ("1/2", 0.5)].map { label, fraction in
      let slice = prefix(articles, fraction: fraction)
      let timings = (0..<runs).map { _ in timeReads(slice, words: &ignored) }
      return point(label, bytes: size(slice), timings)
    }
    scale.append(point("full", bytes: bytes, times))

    let document = prefix(articles, bytes: min(bytes, documentLimitBytes)).joined(separator: "\n")
    let documentScale = measureDocumentScale(document)
    let documentMemory = measureDocumentMemory(document)

    let typical = articles.sorted { $0.utf8.count < $1.utf8.count }[articles.count / 2]
    return SpeedResult(
      machine: MachineInfo.current(), seed: seed, bytes: bytes, articles: articles.count,
      words: words, readerWords: readerWords, generationSeconds: generated.seconds, runs: times,
      scale: scale, documentScale: documentScale,
      typicalArticleSeconds: medianReadSeconds(typical), typicalArticleBytes: typical.utf8.count,
      exampleLoadSeconds: exampleLoadSeconds(), corpusMemory: corpusMemory,
      documentMemory: documentMemory)
  }

  /// Time inside `read` for every article of `articles`.
  private func timeReads(_ articles: ArraySlice<String>, words: inout Int) -> SpeedResult.Timing {
    var wall: UInt64 = 0
    var cpu: UInt64 = 0
    for text in articles {
      let startCPU = MonotonicClock.threadCPU()
      let start = MonotonicClock.now()
      let article = reader.read(text: text, path: "generated.txt")
      wall += MonotonicClock.now() - start
      cpu += MonotonicClock.threadCPU() - startCPU
      // Used after the clock stops, so the model is freed outside the timed region.
      words += article.wordCount
    }
    return SpeedResult.Timing(wall: Double(wall) / 1e9, cpu: Double(cpu) / 1e9)
  }

  /// A scale point from the medians of its runs.
  private func point(_ label: String, bytes: Int, _ timings: [SpeedResult.Timing])
    -> SpeedResult.ScalePoint
  {
    SpeedResult.ScalePoint(
      label: label, bytes: bytes, seconds: Statistics.median(timings.map(\.wall)),
      cpuSeconds: Statistics.median(timings.map(\.cpu)))
  }

  private func size(_ articles: ArraySlice<String>) -> Int {
    articles.reduce(0) { $0 + $1.utf8.count }
  }

  /// The leading articles that make up `fraction` of the input's bytes.
  private func prefix(_ articles: [String], fraction: Double) -> ArraySlice<String> {
    prefix(articles, bytes: Int(Double(size(articles[...])) * fraction))
  }

  /// The leading articles whose sizes first reach `bytes`.
  private func prefix(_ articles: [String], bytes: Int) -> ArraySlice<String> {
    var total = 0
    var count = 0
    while count < articles.count, total < bytes {
      total += articles[count].utf8.count
      count += 1
    }
    return articles[..<count]
  }

  /// One read each of the first quarter, half and all of `document`, cut at paragraph breaks.
  private func measureDocumentScale(_ document: String) -> [SpeedResult.ScalePoint] {
    let utf8 = Array(document.utf8)
    return [("1/4", 0.25), ("1/2", 0.5), ("full", 1.0)].map { label, fraction in
      var cut = Int(Double(utf8.count) * fraction)
      while cut < utf8.count, !(utf8[cut - 1] == 0x0A && utf8[cut] == 0x0A) { cut += 1 }
      let text = String(decoding: utf8[..<cut], as: UTF8.self)
      let timings = (0..<3).map { _ in
        var ignored = 0
        return timeReads([text], words: &ignored)
      }
      return point(label, bytes: cut, timings)
    }
  }

  private func measureCorpusMemory(_ articles: [String], baseline: Int) -> SpeedResult.Memory {
    let wasReset = MemoryProbe.resetPeak()
    var models: [Article] = []
    models.reserveCapacity(articles.count)
    for text in articles { models.append(reader.read(text: text, path: "generated.txt")) }
    let peak = MemoryProbe.peak() ?? 0
    withExtendedLifetime(models) {}
    return SpeedResult.Memory(
      baseline: baseline, peak: peak, textBytes: size(articles[...]), peakWasReset: wasReset)
  }

  /// In a fresh process (see `DocumentMemoryProbe`); in this one only if that fails, where
  /// the figure is a lower bound.
  private func measureDocumentMemory(_ document: String) -> SpeedResult.Memory {
    if let measured = DocumentMemoryProbe.measure(document) { return measured }
    let wasReset = MemoryProbe.resetPeak()
    let baseline = MemoryProbe.resident() ?? 0
    let words = reader.read(text: document, path: "document.txt").wordCount
    let peak = MemoryProbe.peak() ?? 0
    withExtendedLifetime(words) {}
    return SpeedResult.Memory(
      baseline: baseline, peak: peak, textBytes: document.utf8.count, peakWasReset: wasReset)
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
