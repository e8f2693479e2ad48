/// The command line of `newsq-bench`, parsed by hand: only `newsq` may import ArgumentParser.
struct BenchOptions {
  static let usage = """
    usage: newsq-bench [--corpus DIR]... [--article FILE]... [--size-mb N] [--runs N]
                       [--seed N] [--no-example]
                       [--accuracy-only | --speed-only | --shell-only]
                       [--verbose] [--json] [--sample N]

      --corpus DIR    score the articles in DIR (DIR/articles + DIR/gold, or NAME.txt with
                      NAME.gold.json beside it); repeatable; default Tests/Corpus
      --article FILE  score one more article (gold beside it); repeatable
      --no-example    do not add examples/articles/kim-shoigu.txt
      --size-mb N     generated input for the speed section, in MB of 10^6 bytes (default 20)
      --runs N        timed runs over the whole input (default 5)
      --seed N        generator seed (default fixed, so every run reads the same text)
      --shell-only    only time newsq's start-up with one query, and TAB completion
      --verbose       list every miss, wrong speaker, spurious and leaked quote
      --json          print one JSON object instead of the report
      --sample N      print the first N generated articles and exit (to see the speed input)
    """

  var corpora: [String] = []
  var articles: [String] = []
  var includeExample = true
  var sizeMB = 20.0
  var runs = 5
  var seed: UInt64?
  var accuracy = true
  var speed = true
  var shell = true
  var verbose = false
  var json = false
  var sample: Int?

  /// Parses `arguments` (without the program name); the message says what was wrong.
  static func parse(_ arguments: [String]) -> Result<BenchOptions, UsageError> {
    var options = BenchOptions()
    var rest = arguments[...]
    func value(_ flag: String) throws(UsageError) -> String {
      guard let next = rest.popFirst() else { throw UsageError(message: "\(flag) needs a value") }
      return next
    }
    do throws(UsageError) {
      while let argument = rest.popFirst() {
        switch argument {
        case "--corpus": options.corpora.append(try value(argument))
        case "--article": options.articles.append(try value(argument))
        case "--no-example": options.includeExample = false
        case "--size-mb":
          guard let size = Double(try value(argument)), size > 0 else {
            throw UsageError(message: "--size-mb needs a positive number")
          }
          options.sizeMB = size
        case "--runs":
          guard let runs = Int(try value(argument)), runs > 0 else {
            throw UsageError(message: "--runs needs a positive whole number")
          }
          options.runs = runs
        case "--seed":
          guard let seed = UInt64(try value(argument)) else {
            throw UsageError(message: "--seed needs a whole number")
          }
          options.seed = seed
        case "--accuracy-only": (options.speed, options.shell) = (false, false)
        case "--speed-only": (options.accuracy, options.shell) = (false, false)
        case "--shell-only": (options.accuracy, options.speed) = (false, false)
        case "--verbose", "-v": options.verbose = true
        case "--json": options.json = true
        case "--sample":
          guard let count = Int(try value(argument)), count >= 0 else {
            throw UsageError(message: "--sample needs a whole number")
          }
          options.sample = count
        case "--help", "-h": throw UsageError(message: nil)
        default: throw UsageError(message: "unknown argument \(argument)")
        }
      }
    } catch {
      return .failure(error)
    }
    if options.corpora.isEmpty { options.corpora = ["Tests/Corpus"] }
    return .success(options)
  }
}

/// A command line the bench cannot run; a nil message asks for the usage text alone.
struct UsageError: Error {
  var message: String?
}

extension BenchOptions {
  /// The scored folders and files as one phrase, for report headings.
  var scoredSource: String {
    var parts = corpora + articles
    if includeExample { parts.append("the example") }
    return parts.joined(separator: " + ")
  }
}
