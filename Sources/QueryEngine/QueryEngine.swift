import NewsModel
import QueryLanguage

/// Evaluates parsed queries over a loaded corpus.
public struct QueryEngine: Sendable {
  public let corpus: Corpus

  public init(corpus: Corpus) {
    self.corpus = corpus
  }

  /// Runs one query; semantic errors (unknown field, bad regex) come back as diagnostics.
  public func run(_ query: Query) throws(Diagnostic) -> ResultSet {
    // Scaffold: replaced by the real evaluator.
    throw Diagnostic(message: "not implemented", range: query.range)
  }
}
