/// A value in a result row or a model field.
public enum Value: Hashable, Sendable {
  case null
  case integer(Int)
  case decimal(Double)
  case text(String)
  /// An entity reference; shown as its name, compared by name, aliases and name words.
  case entity(EntityValue)
  case list([Value])
}

/// What a query needs of an entity to show and compare it.
public struct EntityValue: Hashable, Sendable {
  public var name: String
  public var aliases: [String]

  public init(name: String, aliases: [String]) {
    self.name = name
    self.aliases = aliases
  }
}
