import QueryLanguage

/// A field path checked against the schema and turned into a reader of row values.
struct ResolvedField {
  /// The canonical dotted name (`speaker.type`), used as the column name.
  let name: String
  let type: FieldType
  /// The field's value on a row; null when a reference on the way is null.
  let read: (CorpusIndex, Row) -> Value
}

/// Resolves field paths (`text`, `speaker.type`, `article.date`) within one collection,
/// following references from collection to collection, one component at a time.
struct FieldResolver {
  let collection: CollectionDefinition

  func resolve(_ path: FieldPath) throws(Diagnostic) -> ResolvedField {
    var current = collection
    // Where the row being read sits after the references followed so far.
    var hop: (CorpusIndex, Row) -> Row? = { _, row in row }
    var names: [String] = []
    for (position, component) in path.components.enumerated() {
      guard let field = current.field(named: component.name) else {
        let owner = names.isEmpty ? current.name : names.joined(separator: ".")
        throw EngineError.unknownField(component.name, owner: owner).diagnostic(
          at: component.range,
          hints: EngineError.nameHints(
            for: component.name, among: current.fields.map(\.name), listing: "fields"))
      }
      names.append(field.name)
      let before = hop
      guard position < path.components.count - 1 else {
        let read = Self.read(field)
        return ResolvedField(name: names.joined(separator: "."), type: field.type) {
          index, row in before(index, row).map { read(index, $0) } ?? .null
        }
      }
      guard case .reference(let target, let follow) = field.access else {
        // Point at everything after the dot: that is the part that cannot be.
        let rest = SourceRange(
          start: path.components[position + 1].range.start, end: path.range.end)
        throw EngineError.noSubfields(field: names.joined(separator: "."), type: field.type)
          .diagnostic(
            at: rest, hints: ["fields with sub-fields: \(Self.referenceFields(of: current))"])
      }
      hop = { index, row in before(index, row).flatMap { follow(index, $0) } }
      current = Schema.definition(target)
    }
    preconditionFailure("a field path has at least one component")
  }

  /// Reads `field` from a row of its own collection: a value as the model has it, a
  /// reference as the display value of the row it points to (null when there is none).
  static func read(_ field: FieldDefinition)
    -> (CorpusIndex, Row) -> Value
  {
    switch field.access {
    case .value(let read):
      return read
    case .reference(let target, let follow):
      let display = Schema.definition(target).display
      return { index, row in follow(index, row).map { display(index, $0) } ?? .null }
    }
  }

  private static func referenceFields(of collection: CollectionDefinition) -> String {
    collection.fields.filter { $0.subfieldCollection != nil }.map(\.name)
      .joined(separator: ", ")
  }
}
