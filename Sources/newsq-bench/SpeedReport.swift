/// Renders the speed section as readable text, machine first: figures without it mean little.
struct SpeedReport {
  var result: SpeedResult

  func lines() -> [String] {
    let speed = result
    let machine = speed.machine
    var out = ["Speed on generated input (release build expected; debug figures mean nothing)"]
    let load = machine.loadAverage.map { ", load average \(Format.fixed($0, 2))" } ?? ""
    out.append("  machine   \(machine.cpuModel), \(machine.cores) cores\(load)")
    out.append("  threads   one (the reader runs on one core at a time; taskset -c N pins it)")
    out.append(
      "  input     \(Format.fixed(speed.megabytes, 1)) MB, \(Format.grouped(speed.articles)) articles, "
        + "\(Format.grouped(speed.words)) words (wc -w; reader counts \(Format.grouped(speed.readerWords))), "
        + "seed \(speed.seed), generated in \(Format.fixed(speed.generationSeconds, 2)) s")
    let median = speed.medianSeconds
    let best = speed.minSeconds
    let words = Double(speed.words)
    out.append(
      "  read      \(speed.runs.count) runs: median \(Format.fixed(median, 3)) s, "
        + "min \(Format.fixed(best, 3)) s")
    out.append(
      "  words/s   median \(Format.grouped(Int(words / median))), best \(Format.grouped(Int(words / best)))"
        + "   target \u{2265} 1,000,000  \(Targets.verdict(words / median, atLeast: Targets.wordsPerSecond))"
    )
    out.append(
      "  MB/s      median \(Format.fixed(speed.megabytes / median, 2)), "
        + "best \(Format.fixed(speed.megabytes / best, 2))")
    out.append(
      "  one article  \(Format.grouped(speed.typicalArticleBytes)) B generated: "
        + "\(Format.fixed(speed.typicalArticleSeconds * 1e6, 1)) \u{00B5}s"
        + (speed.exampleLoadSeconds.map {
          "; example kim-shoigu.txt from disk + read: \(Format.fixed($0 * 1e6, 1)) \u{00B5}s"
        } ?? ""))
    out.append("  linearity (median of \(speed.runs.count) runs each; s per MB should be flat)")
    for point in speed.scale {
      out.append(
        "    " + Format.left(point.label, 6)
          + Format.right(Format.fixed(Double(point.bytes) / 1e6, 1), 7)
          + " MB  " + Format.right(Format.fixed(point.seconds, 3), 8) + " s  "
          + Format.fixed(point.secondsPerMB * 1000, 1) + " ms/MB")
    }
    out.append(
      "    spread \(Format.fixed(speed.linearitySpread, 2))x (largest over smallest ms/MB)")
    let memory = speed.memory
    out.append(
      "  memory    peak \(Format.fixed(Double(memory.peak) / 1e6, 1)) MB with every model kept; "
        + "\(Format.fixed(speed.memoryPerMB, 2)) x text (text + models)"
        + "   target \u{2264} 5  \(Targets.verdict(speed.memoryPerMB, atMost: Targets.memoryPerByte))"
    )
    out.append(
      "            reader alone \(Format.fixed(speed.readerMemoryPerMB, 2)) x text "
        + "(peak above the resident set with the text loaded)"
        + (memory.peakWasReset ? "" : "; VmHWM could not be reset, peak may include generation"))
    return out
  }
}
