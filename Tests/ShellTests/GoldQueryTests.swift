import Foundation
import Testing

@testable import Shell

/// Every entry of the gold file's `"queries"` gives its row count on the bundled article,
/// through the real reader, parser and engine.
struct GoldQueryTests {
  struct GoldQuery: CustomTestStringConvertible, Sendable {
    var query: String
    var rows: Int
    var testDescription: String { query }
  }

  static let queries: [GoldQuery] = {
    let url = RepositoryPaths.url("examples/articles/kim-shoigu.gold.json")
    guard let data = try? Data(contentsOf: url),
      let gold = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let entries = gold["queries"] as? [[String: Any]]
    else { return [] }
    return entries.compactMap { entry in
      guard let query = entry["query"] as? String, let rows = entry["rows"] as? Int else {
        return nil
      }
      return GoldQuery(query: query, rows: rows)
    }
  }()

  @Test func theGoldFileHasQueries() {
    #expect(Self.queries.count == 12)
  }

  @Test(arguments: queries)
  func rowCount(_ gold: GoldQuery) {
    let outcome = SessionRunner.run(gold.query + " select count()", format: .jsonl)
    #expect(outcome.errors.isEmpty, "\(outcome.errors)")
    #expect(outcome.output == "{\"count\":\(gold.rows)}\n")
  }
}
