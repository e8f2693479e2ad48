/// The collections a query can start from and their fields, for the evaluator, `.schema` and
/// TAB completion. Names match case-insensitively.
public enum Schema {
  /// Every collection, in the order `.schema` lists them.
  public static var collections: [CollectionDefinition] { table }

  /// The collections' names, in schema order.
  public static var collectionNames: [String] { table.map(\.name) }

  /// The collection called `name` (any case), or nil.
  public static func collection(named name: String) -> CollectionDefinition? {
    let lowered = name.lowercased()
    return table.first { $0.name == lowered }
  }

  /// The fields of the collection called `name`, in output order; nil for an unknown name.
  public static func fields(of collection: String) -> [FieldDefinition]? {
    self.collection(named: collection)?.fields
  }

  /// The fields that may follow `path` and a dot in `collection`: `subfields(of: "speaker", in:
  /// "quotes")` gives the entities' fields, `"article"` the articles'. Nil when the path is
  /// unknown or its last field has no sub-fields (text, numbers).
  public static func subfields(of path: String, in collection: String) -> [FieldDefinition]? {
    guard var current = self.collection(named: collection) else { return nil }
    for component in path.split(separator: ".", omittingEmptySubsequences: false) {
      guard let field = current.field(named: String(component)),
        let target = field.subfieldCollection,
        let next = self.collection(named: target)
      else { return nil }
      current = next
    }
    return current.fields
  }

  static func definition(_ id: CollectionID) -> CollectionDefinition {
    // The table lists every CollectionID exactly once (a test checks it).
    table.first { $0.id == id }!
  }
}
