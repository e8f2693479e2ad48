/// Figures of the speed section; sizes in bytes, MB meaning 10^6 bytes throughout.
struct SpeedResult {
  /// Time to read a prefix of the input, for the linearity check.
  struct ScalePoint {
    var label: String
    var bytes: Int
    var seconds: Double

    var secondsPerMB: Double { seconds / (Double(bytes) / 1e6) }
  }

  /// Resident memory around reading the whole input with every model kept, as a corpus does.
  struct Memory {
    /// Resident set before the input was generated.
    var residentBeforeText: Int
    /// Resident set with the text in memory, before reading.
    var residentBeforeRead: Int
    /// Peak resident set while reading.
    var peak: Int
    /// False when the peak could not be reset after generating, so `peak` may be too high.
    var peakWasReset: Bool
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
  /// Seconds in `ArticleReader.read` for the whole input, one entry per run.
  var runs: [Double]
  var scale: [ScalePoint]
  /// Median seconds for one read of the median-sized generated article.
  var typicalArticleSeconds: Double
  var typicalArticleBytes: Int
  /// Median seconds to load the example article from disk and read it, when present.
  var exampleLoadSeconds: Double?
  var memory: Memory

  var medianSeconds: Double { Statistics.median(runs) }
  var minSeconds: Double { runs.min() ?? 0 }
  var megabytes: Double { Double(bytes) / 1e6 }

  /// Peak memory above the resident set before the text existed, per MB: text, models and
  /// transient buffers together, the figure the 5x target is checked against.
  var memoryPerMB: Double { Double(memory.peak - memory.residentBeforeText) / Double(bytes) }
  /// Peak memory above the resident set with the text already loaded, per MB: the reader's own.
  var readerMemoryPerMB: Double { Double(memory.peak - memory.residentBeforeRead) / Double(bytes) }
  /// Largest over smallest seconds per MB across the scale points; 1 is perfectly linear.
  var linearitySpread: Double {
    let perMB = scale.map(\.secondsPerMB)
    guard let low = perMB.min(), let high = perMB.max(), low > 0 else { return 1 }
    return high / low
  }
}
