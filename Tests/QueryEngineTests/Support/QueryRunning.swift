import NewsModel
import QueryEngine
import QueryLanguage
import Testing

/// Runs `query` on `corpus`, the fixture unless said otherwise.
func run(_ query: String, on corpus: Corpus = Fixture.corpus) throws -> ResultSet {
  try QueryEngine(corpus: corpus).run(Parser.parseQuery(query))
}

/// The `id` column of `query`'s result.
func ids(_ query: String) throws -> [Int] {
  try column("id", of: run(query)).map { value in
    guard case .integer(let id) = value else { preconditionFailure("id is not an integer") }
    return id
  }
}

/// The values of the column called `name`.
func column(_ name: String, of result: ResultSet) -> [Value] {
  guard let position = result.columns.firstIndex(where: { $0.name == name }) else {
    Issue.record("no column '\(name)' in \(result.columns.map(\.name))")
    return []
  }
  return result.rows.map { $0[position] }
}

/// The diagnostic `query` fails with, and the words its range covers; nil if it runs.
func diagnose(_ query: String) -> (diagnostic: Diagnostic, words: String)? {
  do {
    _ = try QueryEngine(corpus: Fixture.corpus).run(Parser.parseQuery(query))
    Issue.record("'\(query)' ran without error")
    return nil
  } catch {
    let bytes = Array(query.utf8)[error.range.start..<error.range.end]
    return (error, String(decoding: bytes, as: UTF8.self))
  }
}

/// Short ways to write expected values.
func text(_ text: String) -> Value { .text(text) }
func int(_ value: Int) -> Value { .integer(value) }
