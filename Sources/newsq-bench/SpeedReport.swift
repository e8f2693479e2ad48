/// Renders the speed section as readable text, machine first: figures without it mean little.
struct SpeedReport {
  var result: SpeedResult

  func lines() -> [String] {
    let speed = result
    let machine = speed.machine
    var out = ["Speed on generated input (meaningful in a release build only)"]
    let load = machine.loadAverage.map { ", load average \(Format.fixed($0, 2))" } ?? ""
    out.append("  machine   \(machine.cpuModel), \(machine.cores) cores\(load)")
    out.append("  threads   one: the reader runs single-threaded (pin it with taskset -c N)")
    out.append(
      "  input     \(Format.fixed(speed.megabytes, 1)) MB, \(Format.grouped(speed.articles)) "
        + "articles, \(Format.grouped(speed.words)) words (wc -w; the reader counts "
        + "\(Format.grouped(speed.readerWords))), seed \(speed.seed), generated in "
        + "\(Format.fixed(speed.generationSeconds, 2)) s")
    let median = speed.medianSeconds
    let best = speed.minSeconds
    let words = Double(speed.words)
    out.append(
      "  read      \(speed.runs.count) runs, wall clock: median \(Format.fixed(median, 3)) s, "
        + "min \(Format.fixed(best, 3)) s (processor time median "
        + "\(Format.fixed(speed.medianCPUSeconds, 3)) s)")
    out.append(
      "  words/s   median \(Format.grouped(Int(words / median))), "
        + "best \(Format.grouped(Int(words / best)))   target \u{2265} 1,000,000  "
        + Targets.verdict(words / median, atLeast: Targets.wordsPerSecond))
    out.append(
      "            by processor time \(Format.grouped(Int(words / speed.medianCPUSeconds))) "
        + "(what the reader would do on an idle core)")
    out.append(
      "  MB/s      median \(Format.fixed(speed.megabytes / median, 2)), "
        + "best \(Format.fixed(speed.megabytes / best, 2))")
    out.append(
      "  one article  \(Format.grouped(speed.typicalArticleBytes)) B generated (median size): "
        + "\(Format.fixed(speed.typicalArticleSeconds * 1e6, 1)) \u{00B5}s"
        + (speed.exampleLoadSeconds.map {
          "; kim-shoigu.txt from disk + read: \(Format.fixed($0 * 1e6, 1)) \u{00B5}s"
        } ?? ""))
    out.append(
      "  linearity over articles (median of \(speed.runs.count) runs; ms/MB should be flat)")
    out += scaleLines(speed.scale)
    out.append("  linearity within one document (articles joined; median of 3 reads)")
    out += scaleLines(speed.documentScale)
    out += memoryLines(speed)
    return out
  }

  private func scaleLines(_ points: [SpeedResult.ScalePoint]) -> [String] {
    points.map { point in
      "    " + Format.left(point.label, 6)
        + Format.right(Format.fixed(Double(point.bytes) / 1e6, 1), 7) + " MB  "
        + Format.right(Format.fixed(point.seconds, 3), 8) + " s  "
        + Format.right(Format.fixed(point.secondsPerMB * 1000, 1), 7) + " ms/MB  (processor "
        + Format.fixed(point.cpuSecondsPerMB * 1000, 1) + " ms/MB)"
    } + [
      "    spread \(Format.fixed(SpeedResult.spread(points), 2))x wall, "
        + "\(Format.fixed(SpeedResult.spread(points, cpu: true), 2))x processor "
        + "(largest over smallest ms/MB; 1 is linear)"
    ]
  }

  private func memoryLines(_ speed: SpeedResult) -> [String] {
    let corpus = speed.corpusMemory
    let document = speed.documentMemory
    // One large text: the reader's peak plus the text itself, which the caller already holds.
    let documentTotal = document.perTextByte + 1
    var out = [
      "  memory    all models kept: peak \(Format.fixed(Double(corpus.peak) / 1e6, 1)) MB, "
        + "\(Format.fixed(corpus.perTextByte, 2)) x text (text + models)   target \u{2264} 5  "
        + Targets.verdict(corpus.perTextByte, atMost: Targets.memoryPerByte),
      "            one \(Format.fixed(Double(document.textBytes) / 1e6, 1)) MB document: "
        + "reader peak \(Format.fixed(document.perTextByte, 2)) x text, "
        + "\(Format.fixed(documentTotal, 2)) x with the text   target \u{2264} 5  "
        + Targets.verdict(documentTotal, atMost: Targets.memoryPerByte),
    ]
    if !corpus.peakWasReset || !document.peakWasReset {
      out.append("            (VmHWM could not be reset: peaks may include earlier work)")
    }
    return out
  }
}
