import NewsModel
import NewsReader
import ReaderScoring

/// What the accuracy section found: a score per scored article, and why others were skipped.
struct AccuracyResult {
  var scores: [ArticleScore] = []
  var skipped: [(name: String, reason: String)] = []
  /// Corpus folders that do not exist (the default `Tests/Corpus` on a branch without it).
  var missingCorpora: [String] = []

  var total: QuoteCounts { scores.reduce(QuoteCounts()) { $0 + $1.counts } }
}

/// Reads every article that has gold and scores its speech quotes.
struct AccuracyBench {
  var cases: [ArticleCase]
  var missingCorpora: [String] = []

  func run() -> AccuracyResult {
    var result = AccuracyResult()
    result.missingCorpora = missingCorpora
    let reader = ArticleReader()
    for item in cases {
      guard let goldPath = item.goldPath else {
        result.skipped.append((item.name, "no gold file yet"))
        continue
      }
      guard let text = FileSystem.read(item.articlePath) else {
        result.skipped.append((item.name, "cannot read \(item.articlePath)"))
        continue
      }
      guard let goldText = FileSystem.read(goldPath) else {
        result.skipped.append((item.name, "cannot read \(goldPath)"))
        continue
      }
      let gold: GoldArticle
      do {
        gold = try GoldLoader.load(json: goldText)
      } catch {
        // A corpus being written may hold a half-saved file; report it, score the rest.
        result.skipped.append((item.name, "\(goldPath): \(error)"))
        continue
      }
      let article = reader.read(text: text, path: item.articlePath)
      result.scores.append(
        ArticleScorer.score(name: item.name, text: text, gold: gold, article: article))
    }
    return result
  }

  /// The articles named by the options: corpus folders, single files, then the example.
  static func cases(for options: BenchOptions) -> [ArticleCase] {
    var cases = options.corpora.flatMap(CorpusScanner.cases(in:))
    cases += options.articles.map(CorpusScanner.caseFor(article:))
    let example = "examples/articles/kim-shoigu.txt"
    if options.includeExample, FileSystem.exists(example),
      !cases.contains(where: { $0.articlePath == example })
    {
      cases.append(CorpusScanner.caseFor(article: example))
    }
    return cases
  }
}
