@testable import Shell

/// Runs statements in a session over the bundled example and captures what it prints.
struct SessionRunner {
  struct Outcome {
    var status: RunStatus
    var output: String
    var errors: String
  }

  static let corpus = ArticleLoader().bundledExample()

  static func run(_ source: String, format: OutputFormat = .table, fileName: String? = nil)
    -> Outcome
  {
    let output = OutputStream(capturing: ())
    let errors = OutputStream(capturing: ())
    let session = Session(
      corpus: corpus, format: format, output: output, errors: errors, tableWidth: 100)
    let status = session.run(source: source, fileName: fileName)
    output.flush()
    errors.flush()
    return Outcome(status: status, output: output.captured, errors: errors.captured)
  }
}
