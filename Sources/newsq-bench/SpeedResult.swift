/// Figures of the speed section; sizes in bytes, MB meaning 10^6 bytes throughout.
struct SpeedResult {
  /// Wall-clock and processor seconds of one timed stretch.
  struct Timing {
    var wall: Double
    var cpu: Double
  }

  /// Time to read a prefix of the input, for the linearity check.
  struct ScalePoint {
    var label: String
    var bytes: Int
    var seconds: Double
    /// Processor seconds: on a loaded machine the steadier of the two for judging linearity.
    var cpuSeconds: Double

    var secondsPerMB: Double { seconds / (Double(bytes) / 1e6) }
    var cpuSecondsPerMB: Double { cpuSeconds / (Double(bytes) / 1e6) }
  }

  /// Resident memory around one measured stretch of reading.
  struct Memory {
    /// Resident set before the text existed (the corpus case) or with it loaded.
    var baseline: Int
    /// Peak resident set while reading.
    var peak: Int
    var textBytes: Int
    /// False when the peak could not be reset first, so `peak` may be too high.
    var peakWasReset: Bool

    var perTextByte: Double { Double(peak - baseline) / Double(max(1, textBytes)) }
  }

  var machine: MachineInfo
  var seed: UInt64
  var bytes: Int
  var articles: Int
  /// Whitespace-separated words of the input (`wc -w`), the unit of words per second.
  var words: Int
  /// Words as the reader counts them (paragraph words and numbers, headers excluded).
  var readerWords: Int
  var generationSeconds: Double
  /// Time in `ArticleReader.read` for the whole input, one entry per run.
  var runs: [Timing]
  /// Prefixes of the article list: 1/4, 1/2, all.
  var scale: [ScalePoint]
  /// The same prefixes of one document made by joining articles: catches work that grows
  /// faster than the length of a single text.
  var documentScale: [ScalePoint]
  /// Median seconds for one read of the median-sized generated article.
  var typicalArticleSeconds: Double
  var typicalArticleBytes: Int
  /// Median seconds to load the example article from disk and read it, when present.
  var exampleLoadSeconds: Double?
  /// Every model of the input kept, as a corpus keeps them; baseline before the text existed,
  /// so the text itself counts.
  var corpusMemory: Memory
  /// One large document read; baseline with the text loaded, so only the reader's memory counts.
  var documentMemory: Memory

  var medianSeconds: Double { Statistics.median(runs.map(\.wall)) }
  var minSeconds: Double { runs.map(\.wall).min() ?? 0 }
  var medianCPUSeconds: Double { Statistics.median(runs.map(\.cpu)) }
  var megabytes: Double { Double(bytes) / 1e6 }

  /// Largest over smallest seconds per MB across scale points (wall clock, or processor time
  /// with `cpu`); 1 is perfectly linear.
  static func spread(_ points: [ScalePoint], cpu: Bool = false) -> Double {
    let perMB = points.map { cpu ? $0.cpuSecondsPerMB : $0.secondsPerMB }
    guard let low = perMB.min(), let high = perMB.max(), low > 0 else { return 1 }
    return high / low
  }
}
