/// A parsed JSON value; just enough of JSON for gold files, so the bench needs no Foundation.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The member `key` of an object, or nil for a missing key or a non-object.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The string, or nil when the value is anything else (null included).
  public var string: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// The number, or nil when the value is anything else.
  public var number: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The elements, or nil when the value is not an array.
  public var array: [JSONValue]? {
    if case .array(let values) = self { return values }
    return nil
  }

  public var isNull: Bool { self == .null }
}
