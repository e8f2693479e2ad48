// The syntax tree of a newsq statement. Every node carries the SourceRange it was parsed from,
// so errors found later (unknown field, bad regex) can point at the exact words.

/// One query: `<collection> [where …] [group by …] [order by …] [limit N [offset M]] [select …]`.
public struct Query: Hashable, Sendable {
  public var collection: Identifier
  public var filter: Expression?
  public var groupBy: FieldPath?
  public var orderBy: [OrderTerm]
  public var limit: IntegerLiteral?
  public var offset: IntegerLiteral?
  /// nil when there is no `select` clause (all fields).
  public var select: [SelectItem]?
  public var range: SourceRange

  public init(
    collection: Identifier, filter: Expression? = nil, groupBy: FieldPath? = nil,
    orderBy: [OrderTerm] = [], limit: IntegerLiteral? = nil, offset: IntegerLiteral? = nil,
    select: [SelectItem]? = nil, range: SourceRange
  ) {
    self.collection = collection
    self.filter = filter
    self.groupBy = groupBy
    self.orderBy = orderBy
    self.limit = limit
    self.offset = offset
    self.select = select
    self.range = range
  }
}

/// A name as written, with where it was written.
public struct Identifier: Hashable, Sendable {
  public var name: String
  public var range: SourceRange

  public init(name: String, range: SourceRange) {
    self.name = name
    self.range = range
  }
}

/// A field, possibly dotted: `speaker`, `speaker.type`.
public struct FieldPath: Hashable, Sendable {
  public var components: [Identifier]

  public init(components: [Identifier]) {
    precondition(!components.isEmpty, "a field path has at least one component")
    self.components = components
  }

  /// The path as text: `speaker.type`.
  public var dotted: String { components.map(\.name).joined(separator: ".") }

  public var range: SourceRange {
    components[0].range.union(components[components.count - 1].range)
  }
}

/// A condition in a `where` clause.
public indirect enum Expression: Hashable, Sendable {
  case comparison(Comparison)
  case and(Expression, Expression)
  case or(Expression, Expression)
  /// `not <expr>`; the range covers the `not` keyword and its operand.
  case not(Expression, range: SourceRange)

  public var range: SourceRange {
    switch self {
    case .comparison(let comparison): comparison.range
    case .and(let left, let right), .or(let left, let right): left.range.union(right.range)
    case .not(_, let range): range
    }
  }
}

/// `field <operator> operand`, e.g. `speaker = Kim`, `text matches "^Russia"`, `via is null`.
public struct Comparison: Hashable, Sendable {
  public var field: FieldPath
  public var op: ComparisonOperator
  /// Where the operator was written (`starts with` covers both words).
  public var opRange: SourceRange
  public var operand: Operand
  public var range: SourceRange

  public init(
    field: FieldPath, op: ComparisonOperator, opRange: SourceRange, operand: Operand,
    range: SourceRange
  ) {
    self.field = field
    self.op = op
    self.opRange = opRange
    self.operand = operand
    self.range = range
  }
}

/// The comparison operators of the language.
public enum ComparisonOperator: String, Hashable, Sendable, CaseIterable {
  case equal = "="
  case exactEqual = "=="
  case notEqual = "!="
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case contains = "contains"
  case startsWith = "starts with"
  case endsWith = "ends with"
  case matches = "matches"
  case isIn = "in"
  case isNull = "is null"
  case isNotNull = "is not null"
}

/// What a field is compared with.
public enum Operand: Hashable, Sendable {
  /// For `is null` / `is not null`.
  case none
  case value(Literal)
  /// For `in (a, b, c)`.
  case list([Literal], range: SourceRange)
}

/// A literal value as written.
public struct Literal: Hashable, Sendable {
  /// The kinds of literal the lexer recognises.
  public enum Kind: Hashable, Sendable {
    /// `"…"` or `'…'`, escapes resolved.
    case string(String)
    /// A bare single word: `Kim`, `person`.
    case word(String)
    case integer(Int)
    /// A decimal as written, e.g. `4.8` (kept as text so nothing is lost before comparison).
    case decimal(String)
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Www`, as written.
    case date(String)
  }

  public var kind: Kind
  public var range: SourceRange

  public init(kind: Kind, range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// An integer in `limit` or `offset`.
public struct IntegerLiteral: Hashable, Sendable {
  public var value: Int
  public var range: SourceRange

  public init(value: Int, range: SourceRange) {
    self.value = value
    self.range = range
  }
}

/// `order by <field> [asc|desc]`.
public struct OrderTerm: Hashable, Sendable {
  public var field: FieldPath
  public var descending: Bool
  public var range: SourceRange

  public init(field: FieldPath, descending: Bool, range: SourceRange) {
    self.field = field
    self.descending = descending
    self.range = range
  }
}

/// One item of a `select` list.
public enum SelectItem: Hashable, Sendable {
  case field(FieldPath)
  /// `count()`.
  case count(range: SourceRange)

  public var range: SourceRange {
    switch self {
    case .field(let path): path.range
    case .count(let range): range
    }
  }
}
