/// `group by F`: one row per distinct value of F with how many rows have it, most frequent
/// first, ties by F ascending; null is a group of its own, and sorts last among its ties.
enum Grouping {
  /// Rows of `[F, count]`.
  static func groups(of rows: [Row], by field: ResolvedField, in index: CorpusIndex)
    -> [[Value]]
  {
    var counts: [Value: Int] = [:]
    var shown: [Value] = []
    for row in rows {
      let value = field.read(index, row)
      let key = groupKey(value)
      if let count = counts[key] {
        counts[key] = count + 1
      } else {
        counts[key] = 1
        shown.append(value)
      }
    }
    let groups = shown.map { [$0, .integer(counts[groupKey($0)] ?? 0)] }
    return Ordering.sort(
      groups,
      by: [
        Ordering.Key(read: { $0[1] }, descending: true),
        Ordering.Key(read: { $0[0] }, descending: false),
      ])
  }

  /// What makes two values one group. An entity is its name: the same person found in two
  /// articles is one group even when each article knows different aliases (the first seen
  /// is shown).
  private static func groupKey(_ value: Value) -> Value {
    if case .entity(let entity) = value {
      return .entity(EntityValue(name: entity.name, aliases: []))
    }
    return value
  }
}
