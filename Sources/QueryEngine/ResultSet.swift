/// The answer to a query: named, typed columns and rows of values, in output order.
public struct ResultSet: Hashable, Sendable {
  public var columns: [ResultColumn]
  public var rows: [[Value]]

  public init(columns: [ResultColumn], rows: [[Value]]) {
    self.columns = columns
    self.rows = rows
  }
}

/// A result column: its name as shown in headers and JSON keys, and its type.
public struct ResultColumn: Hashable, Sendable {
  public var name: String
  public var type: FieldType

  public init(name: String, type: FieldType) {
    self.name = name
    self.type = type
  }
}
