import QueryLanguage

/// The `order by` keys and `select` list of a query without `group by`, resolved against its
/// collection.
struct RowPlan {
  /// What `select` makes of the rows.
  private enum Projection {
    /// Every field of the collection, in schema order.
    case all
    /// `select count()`: one row holding the number of rows.
    case count
    case fields([ResolvedField])
  }

  private let keys: [Ordering.Key<Row>]
  private let window: Window
  private let projection: Projection
  private let collection: CollectionDefinition

  init(
    _ query: Query, collection: CollectionDefinition, resolver: FieldResolver,
    index: CorpusIndex
  ) throws(Diagnostic) {
    self.collection = collection
    var keys: [Ordering.Key<Row>] = []
    for term in query.orderBy {
      let field = try Self.resolve(term.field, resolver: resolver)
      keys.append(Ordering.Key(read: { field.read(index, $0) }, descending: term.descending))
    }
    self.keys = keys
    window = try Window(query)
    projection = try Self.projection(of: query.select, resolver: resolver)
  }

  private static func projection(of items: [SelectItem]?, resolver: FieldResolver)
    throws(Diagnostic) -> Projection
  {
    guard let items else { return .all }
    var fields: [ResolvedField] = []
    var countRange: SourceRange?
    for item in items {
      switch item {
      case .field(let path): fields.append(try resolve(path, resolver: resolver))
      case .count(let range): countRange = countRange ?? range
      }
    }
    guard let countRange else { return .fields(fields) }
    guard fields.isEmpty else {
      throw EngineError.countMixedWithFields.diagnostic(
        at: countRange,
        hints: [
          "to count each value, group first: '… group by \(fields[0].name)'",
          "or select count() alone",
        ])
    }
    return .count
  }

  /// Resolves a field of `order by` or `select`; `count` is a common slip there, so it gets
  /// a hint of its own.
  private static func resolve(_ path: FieldPath, resolver: FieldResolver) throws(Diagnostic)
    -> ResolvedField
  {
    do {
      return try resolver.resolve(path)
    } catch {
      var diagnostic = error
      if path.dotted.lowercased() == "count" {
        diagnostic.hints.insert(
          "'count' is a column only after 'group by'; to count the rows, select count()", at: 0)
      }
      throw diagnostic
    }
  }

  func result(of rows: [Row], in index: CorpusIndex) -> ResultSet {
    let columns: [ResultColumn]
    let reads: [(CorpusIndex, Row) -> Value]
    switch projection {
    case .count:
      // Order cannot change how many rows there are: no need to sort them.
      return ResultSet(
        columns: [ResultColumn(name: "count", type: .integer)],
        rows: [[.integer(window.apply(rows).count)]])
    case .all:
      columns = collection.fields.map { ResultColumn(name: $0.name, type: $0.type) }
      reads = collection.fields.map(FieldResolver.read)
    case .fields(let fields):
      columns = fields.map { ResultColumn(name: $0.name, type: $0.type) }
      reads = fields.map(\.read)
    }
    let rows = window.apply(Ordering.sort(rows, by: keys))
    return ResultSet(columns: columns, rows: rows.map { row in reads.map { $0(index, row) } })
  }
}
