import ArticleGenerator

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// newsq-bench: accuracy of NewsReader on the gold corpus, then its speed on generated text.
// Always exits 0 once it has run: the figures, not the status, say how the reader is doing.

if CommandLine.arguments.count == 3, CommandLine.arguments[1] == DocumentMemoryProbe.flag {
  // The child of the single-document memory check (see `DocumentMemoryProbe`).
  exit(DocumentMemoryProbe.runChild(path: CommandLine.arguments[2]))
}

switch BenchOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let error):
  if let message = error.message {
    // Usage errors go to standard error with the usage, and exit 64 (EX_USAGE).
    FileHandleError.emit("newsq-bench: \(message)\n\(BenchOptions.usage)\n")
    exit(64)
  }
  print(BenchOptions.usage)
case .success(let options) where options.sample != nil:
  let seed = options.seed ?? TextGenerator().seed
  let articles = TextGenerator(seed: seed).articles(totalBytes: 200_000)
  print(articles.prefix(options.sample ?? 0).joined(separator: "\n----\n\n"), terminator: "")
case .success(let options):
  let accuracy =
    options.accuracy
    ? AccuracyBench(
      cases: AccuracyBench.cases(for: options),
      missingCorpora: options.corpora.filter { !FileSystem.isDirectory($0) }
    ).run() : nil
  if let accuracy, !options.json {
    print(
      AccuracyReport(result: accuracy, verbose: options.verbose, source: options.scoredSource)
        .lines().joined(separator: "\n"))
    print("")
  }
  let speed =
    options.speed
    ? SpeedBench(sizeMB: options.sizeMB, runs: options.runs, seed: options.seed).run() : nil
  let shell = options.shell ? ShellReport(result: ShellBench().run()) : nil
  if options.json {
    print(JSONReport.render(accuracy: accuracy, speed: speed, shell: shell?.json()))
  } else {
    if let speed {
      print(SpeedReport(result: speed).lines().joined(separator: "\n"))
      print("")
    }
    if let shell { print(shell.lines().joined(separator: "\n")) }
  }
}
