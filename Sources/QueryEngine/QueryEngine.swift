import NewsModel
import QueryLanguage

/// Evaluates parsed queries over a loaded corpus.
///
/// Clauses apply in this order: `where`, `group by`, `order by`, `limit`/`offset`, `select`
/// (so `… limit 3 select count()` counts at most 3). Every name, literal and pattern is checked
/// before any row is read, so a query's errors do not depend on the articles loaded, and the
/// first error in clause order is the one reported.
///
/// Semantics (the contract's, plus the choices it leaves open):
/// - Text comparisons ignore case and typographic variants (’ ‘ ', “ ” ", ‐ ‑ ‒ – — -);
///   `matches` folds the typographic variants of text and pattern too, and ignores case.
/// - `=` on an entity: its name, an alias, or a run of whole words of its name; `==` the exact
///   name. `contains`, `starts with`, `ends with`, `matches` test the name and each alias;
///   `<`, `>` order by name.
/// - `!=` is exactly `not =`: true for null, and for a list when no element is equal.
/// - A list compares true when any element does; a list is never null, even empty.
/// - Numbers compare numerically; a quoted number (`id = "3"`) is a number. Text and dates
///   order by folded UTF-8 bytes (ISO dates sort as text).
/// - `order by`: nulls last in both directions; ties keep document order.
/// - `group by F`: groups are F's exact values (an entity: its name); null is one group.
public struct QueryEngine: Sendable {
  public let corpus: Corpus
  let index: CorpusIndex

  public init(corpus: Corpus) {
    self.corpus = corpus
    self.index = CorpusIndex(corpus)
  }

  /// Runs one query; semantic errors (unknown field, bad regex) come back as diagnostics.
  ///
  /// - Parameter isCancelled: polled while rows are filtered (Ctrl-C at the prompt); when it
  ///   turns true the query stops with an "interrupted" diagnostic.
  public func run(_ query: Query, isCancelled: () -> Bool = { false }) throws(Diagnostic)
    -> ResultSet
  {
    let collection = try Self.collection(query.collection)
    let resolver = FieldResolver(collection: collection)
    var predicate: Evaluator.Predicate?
    if let filter = query.filter {
      predicate = try Evaluator(index: index, resolver: resolver).compile(filter)
    }
    let rows = try self.rows(of: collection, where: predicate, isCancelled: isCancelled)
    guard !isCancelled() else { throw EngineError.interrupted.diagnostic(at: query.range) }
    if let groupBy = query.groupBy {
      let field = try resolver.resolve(groupBy)
      return try GroupedPlan(query, groupBy: field).result(of: rows, in: index)
    }
    return try RowPlan(query, collection: collection, resolver: resolver, index: index)
      .result(of: rows, in: index)
  }

  private func rows(
    of collection: CollectionDefinition, where predicate: Evaluator.Predicate?,
    isCancelled: () -> Bool
  ) throws(Diagnostic) -> [Row] {
    let rows = collection.rows(index)
    guard let predicate else { return rows }
    var kept: [Row] = []
    for (number, row) in rows.enumerated() {
      // Polling every row would cost more than a cheap predicate; every 1024 is instant enough.
      if number & 1023 == 1023, isCancelled() {
        throw EngineError.interrupted.diagnostic(at: SourceRange(start: 0, end: 0))
      }
      if predicate(row) { kept.append(row) }
    }
    return kept
  }

  private static func collection(_ name: Identifier) throws(Diagnostic) -> CollectionDefinition {
    guard let collection = Schema.collection(named: name.name) else {
      throw EngineError.unknownCollection(name.name).diagnostic(
        at: name.range,
        hints: EngineError.nameHints(
          for: name.name, among: Schema.collectionNames, listing: "collections"))
    }
    return collection
  }
}

/// `offset` then `limit`, checked before any row is read.
struct Window {
  var offset: Int
  var limit: Int?

  init(_ query: Query) throws(Diagnostic) {
    for (clause, literal) in [("limit", query.limit), ("offset", query.offset)] {
      if let literal, literal.value < 0 {
        throw EngineError.negative(clause: clause, value: literal.value).diagnostic(
          at: literal.range)
      }
    }
    offset = query.offset?.value ?? 0
    limit = query.limit?.value
  }

  func apply<Item>(_ items: [Item]) -> [Item] {
    let rest = items.dropFirst(offset)
    return Array(limit.map { rest.prefix($0) } ?? rest)
  }
}
