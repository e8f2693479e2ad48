extension FieldType: CustomStringConvertible {
  /// The type as `.schema` shows it: `integer`, `decimal`, `text`, `date`, `entity`,
  /// `list of text`.
  public var description: String {
    switch self {
    case .integer: "integer"
    case .decimal: "decimal"
    case .text: "text"
    case .date: "date"
    case .entity: "entity"
    case .list(let element): "list of \(element)"
    }
  }
}
