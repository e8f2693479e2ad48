import NewsModel

/// The collections a query can start from.
enum CollectionID: String, CaseIterable, Sendable {
  case articles, paragraphs, sentences, quotes
  case allQuotes = "all_quotes"
  case people, orgs, places, entities
  case mentions, numbers, dates

  /// How a reference to a row of this collection shows: an entity as itself, an article as
  /// its path, a paragraph or sentence as its id.
  var displayType: FieldType {
    switch self {
    case .people, .orgs, .places, .entities: .entity
    case .articles: .text
    default: .integer
    }
  }
}

/// One collection: its name, what it holds, its fields in output order, and how to list its
/// rows.
public struct CollectionDefinition: Sendable {
  let id: CollectionID
  /// One line for `.schema` and completion.
  public let summary: String
  /// In output order: the contract's fields first, extras after.
  public let fields: [FieldDefinition]
  /// The collection's rows in document order; built per query, three integers a row.
  let rows: @Sendable (CorpusIndex) -> [Row]
  /// The value a reference to one of these rows shows (see `CollectionID.displayType`).
  let display: @Sendable (CorpusIndex, Row) -> Value

  /// The name as written in queries.
  public var name: String { id.rawValue }

  /// The field called `name`, matched case-insensitively.
  public func field(named name: String) -> FieldDefinition? {
    let lowered = name.lowercased()
    return fields.first { $0.name == lowered }
  }
}
