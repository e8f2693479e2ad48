import QueryLanguage

extension QueryEngine {
  /// The distinct values of `field` (dotted paths allowed: `speaker.role`) across the corpus,
  /// as text for TAB completion: entity names and their aliases, list elements one by one,
  /// numbers as written by `description` (integral decimals without `.0`); nulls left out.
  /// Sorted case-insensitively, de-duplicated. Empty for an unknown collection or field.
  ///
  /// One pass over the collection's rows; nothing is cached, so it is always current.
  public func values(of field: String, in collection: String) -> [String] {
    guard let collection = Schema.collection(named: collection) else { return [] }
    let nowhere = SourceRange(start: 0, end: 0)
    let components = field.split(separator: ".", omittingEmptySubsequences: false).map {
      Identifier(name: String($0), range: nowhere)
    }
    guard !components.isEmpty,
      let resolved = try? FieldResolver(collection: collection).resolve(
        FieldPath(components: components))
    else { return [] }
    var seen = Set<String>()
    var values: [String] = []
    for row in collection.rows(index) {
      Self.texts(of: resolved.read(index, row)) { text in
        if seen.insert(text).inserted { values.append(text) }
      }
    }
    return values.map { (key: SortKey(.text($0)), raw: $0) }
      .sorted { SortKey.compare($0.key, $1.key) < 0 }
      .map(\.raw)
  }

  private static func texts(of value: Value, _ emit: (String) -> Void) {
    switch value {
    case .null: break
    case .integer(let number): emit(String(number))
    case .decimal(let number):
      // Whole numbers complete as `9000000`, not `9000000.0`.
      if number.rounded() == number, abs(number) < 1e15 {
        emit(String(Int(number)))
      } else {
        emit(String(number))
      }
    case .text(let text): emit(text)
    case .entity(let entity):
      emit(entity.name)
      entity.aliases.forEach(emit)
    case .list(let elements):
      for element in elements { texts(of: element, emit) }
    }
  }
}
