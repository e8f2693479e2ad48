/// Sorting rows by several keys: ascending or descending each, nulls last either way, stable
/// (ties keep their incoming order, which is document order unless grouping said otherwise).
enum Ordering {
  /// One key: how to read it from an item, and which way it runs.
  struct Key<Item> {
    let read: (Item) -> Value
    let descending: Bool
  }

  static func sort<Item>(_ items: [Item], by keys: [Key<Item>]) -> [Item] {
    guard !keys.isEmpty else { return items }
    // Each key is read and folded once per item, not once per comparison.
    let decorated = items.enumerated().map { position, item in
      (item: item, position: position, keys: keys.map { SortKey($0.read(item)) })
    }
    let descending = keys.map(\.descending)
    let sorted = decorated.sorted { left, right in
      for position in descending.indices {
        let order = SortKey.compare(left.keys[position], right.keys[position])
        if order == 0 { continue }
        // Nulls stay last whichever way the key runs: `order by value desc` starts with numbers.
        if left.keys[position] == .null || right.keys[position] == .null { return order < 0 }
        return descending[position] ? order > 0 : order < 0
      }
      return left.position < right.position
    }
    return sorted.map(\.item)
  }
}

/// A value prepared for ordering: numbers by value, text and entities by folded text (raw text
/// breaking ties, so the order is total), lists element by element, null after everything.
enum SortKey: Equatable {
  case number(Double)
  case text(folded: String, raw: String)
  case list([SortKey])
  case null

  init(_ value: Value) {
    switch value {
    case .null: self = .null
    case .integer(let number): self = .number(Double(number))
    case .decimal(let number): self = .number(number)
    case .text(let text): self = .text(folded: TextFolding.fold(text), raw: text)
    case .entity(let entity): self = .text(folded: TextFolding.fold(entity.name), raw: entity.name)
    case .list(let elements): self = .list(elements.map(SortKey.init))
    }
  }

  /// Negative, zero or positive as `left` sorts before, with or after `right`.
  static func compare(_ left: SortKey, _ right: SortKey) -> Int {
    switch (left, right) {
    case (.number(let a), .number(let b)):
      return a == b ? 0 : (a < b ? -1 : 1)
    case (.text(let a, let rawA), .text(let b, let rawB)):
      let order = TextFolding.byteOrder(a, b)
      return order != 0 ? order : TextFolding.byteOrder(rawA, rawB)
    case (.list(let a), .list(let b)):
      for (x, y) in zip(a, b) {
        let order = compare(x, y)
        if order != 0 { return order }
      }
      return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    default:
      // Different kinds only meet across a null (one field has one type): rank the kinds.
      return left.rank == right.rank ? 0 : (left.rank < right.rank ? -1 : 1)
    }
  }

  private var rank: Int {
    switch self {
    case .number: 0
    case .text: 1
    case .list: 2
    case .null: 3
    }
  }
}
