import QueryLanguage

/// A query with `group by F`: its rows become `[F, count]`, and `order by` and `select` may
/// name only those two columns (`count()` in `select` is the count column too).
struct GroupedPlan {
  private let field: ResolvedField
  private let keys: [Ordering.Key<[Value]>]
  private let window: Window
  /// Indices into `[F, count]`, in `select` order.
  private let selected: [Int]

  init(_ query: Query, groupBy field: ResolvedField) throws(Diagnostic) {
    self.field = field
    var keys: [Ordering.Key<[Value]>] = []
    for term in query.orderBy {
      let column = try Self.column(term.field, field: field)
      keys.append(Ordering.Key(read: { $0[column] }, descending: term.descending))
    }
    self.keys = keys
    window = try Window(query)
    guard let items = query.select else {
      selected = [0, 1]
      return
    }
    var selected: [Int] = []
    for item in items {
      switch item {
      case .field(let path): selected.append(try Self.column(path, field: field))
      case .count: selected.append(1)
      }
    }
    self.selected = selected
  }

  /// The column `path` names: 0 for the grouped field, 1 for `count`.
  private static func column(_ path: FieldPath, field: ResolvedField) throws(Diagnostic) -> Int {
    switch path.dotted.lowercased() {
    case field.name: return 0
    case "count": return 1
    default:
      throw EngineError.notAGroupColumn(path.dotted, group: field.name).diagnostic(
        at: path.range, hints: ["columns: \(field.name), count"])
    }
  }

  func result(of rows: [Row], in index: CorpusIndex) -> ResultSet {
    let columns = [
      ResultColumn(name: field.name, type: field.type), ResultColumn(name: "count", type: .integer),
    ]
    // Stable: groups tied on the order-by keys keep the count-then-value order.
    let groups = window.apply(
      Ordering.sort(Grouping.groups(of: rows, by: field, in: index), by: keys))
    return ResultSet(
      columns: selected.map { columns[$0] },
      rows: groups.map { group in selected.map { group[$0] } })
  }
}
