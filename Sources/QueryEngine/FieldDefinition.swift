/// One field of a collection as `.schema`, completion and the evaluator see it.
public struct FieldDefinition: Sendable {
  /// How the evaluator reads a field from a row.
  enum Access: Sendable {
    /// A value read straight from the model.
    case value(@Sendable (CorpusIndex, Row) -> Value)
    /// A reference to a row of another collection (`speaker` → entities, `article` →
    /// articles); its value is that row's `display` value, and dotted paths continue there.
    case reference(CollectionID, @Sendable (CorpusIndex, Row) -> Row?)
  }

  /// The name as written in queries (lower case).
  public let name: String
  public let type: FieldType
  /// One line for `.schema` and completion.
  public let summary: String
  let access: Access

  /// The collection whose fields may follow a dot (`speaker.` → `entities`), if any.
  public var subfieldCollection: String? {
    if case .reference(let target, _) = access { return target.rawValue }
    return nil
  }

  init(_ name: String, _ type: FieldType, _ summary: String, access: Access) {
    self.name = name
    self.type = type
    self.summary = summary
    self.access = access
  }

  /// A field read straight from the model.
  static func value(
    _ name: String, _ type: FieldType, _ summary: String,
    _ read: @escaping @Sendable (CorpusIndex, Row) -> Value
  ) -> FieldDefinition {
    FieldDefinition(name, type, summary, access: .value(read))
  }

  /// A field referring to a row of `target`; its type is the target's display type.
  static func reference(
    _ name: String, to target: CollectionID, _ summary: String,
    _ resolve: @escaping @Sendable (CorpusIndex, Row) -> Row?
  ) -> FieldDefinition {
    FieldDefinition(name, target.displayType, summary, access: .reference(target, resolve))
  }
}
