/// The type of a field or result column; decides comparison, alignment and output shape.
public indirect enum FieldType: Hashable, Sendable {
  case integer
  case decimal
  case text
  /// ISO date text (`2025-05-06`, `2025-03`, `2024`, `2025-W18`).
  case date
  /// A reference to an entity (`speaker`, `via`, `entity`).
  case entity
  case list(FieldType)

  /// Numbers are right-aligned in tables.
  public var isNumeric: Bool { self == .integer || self == .decimal }
}
