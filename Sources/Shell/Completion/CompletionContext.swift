import QueryLanguage

/// Where the cursor stands in a statement, worked out from the tokens before it: the same
/// clause order the parser follows, walked forward, so completion offers what the parser would
/// accept next rather than a fixed word list.
enum CompletionContext: Equatable {
  /// Nothing typed yet: a collection (or a dot-command).
  case collection
  /// After the collection or a finished clause: the clauses still allowed.
  case clauses([String])
  /// A field of the collection (in `where`, `group by`, `order by`, `select`).
  case field(collection: String, allowCount: Bool, allowCountColumn: Bool)
  /// After a field in a condition: an operator.
  case comparisonOperator
  /// After an operator: a value of `field` from the loaded articles.
  case value(collection: String, field: String)
  /// After a field and a dot: the sub-fields of that path (`speaker.` → `type`, `role`, …).
  case subfield(collection: String, path: String)
  /// After `is`: `null` or `not null`; after `starts`/`ends`: `with`.
  case words([String])
  /// Nothing sensible to offer.
  case nothing

  /// The context after `tokens` (the statement's tokens before the word being completed).
  static func after(_ tokens: [Token]) -> CompletionContext {
    var walker = Walker()
    for token in tokens {
      walker.step(token)
      if walker.state == .lost { return .nothing }
    }
    return walker.context
  }
}

/// A small state machine over the statement's tokens, mirroring the grammar's clause order.
private struct Walker {
  enum State: Equatable {
    case start
    case afterCollection
    case conditionStart
    case afterField
    case afterOperator
    case expectWith
    case afterIs
    case afterIsNot
    case expectListOpen
    case listValue
    case afterListValue
    case afterCondition
    case expectGroupBy
    case groupField
    case afterGroupField
    case expectOrderBy
    case orderField
    case afterOrderField
    case afterDirection
    case limitNumber
    case afterLimit
    case offsetNumber
    case afterOffset
    case selectItem
    case afterSelectItem
    case countOpen
    case countClose
    case afterDot
    case lost
  }

  var state: State = .start
  var collection = ""
  /// The field being compared (dotted), for value completion.
  var field: [String] = []
  /// Where a dotted field continues after its dot.
  var stateBeforeDot: State = .start
  var depth = 0
  var grouped = false
  /// The clause order: once past a clause, earlier ones are no longer offered.
  var clauseRank = 0

  static let clauseOrder = ["where", "group by", "order by", "limit", "select"]

  mutating func step(_ token: Token) {
    if case .punctuation(.dot) = token.kind {
      guard [.afterField, .afterGroupField, .afterOrderField, .afterSelectItem].contains(state)
      else { return lose() }
      stateBeforeDot = state
      state = .afterDot
      return
    }
    if state == .afterDot {
      guard case .word(let name) = token.kind else { return lose() }
      field.append(name)
      state = stateBeforeDot
      return
    }
    let keyword = token.keyword
    switch state {
    case .start:
      guard case .word(let name) = token.kind, keyword == nil else { return lose() }
      collection = name
      state = .afterCollection
    case .afterCollection, .afterCondition, .afterGroupField, .afterOrderField, .afterDirection,
      .afterLimit, .afterOffset:
      clause(token)
    case .conditionStart:
      if keyword == .not { return }
      if token.is(.leftParen) {
        depth += 1
        return
      }
      guard case .word(let name) = token.kind, keyword == nil else { return lose() }
      field = [name]
      state = .afterField
    case .afterField:
      switch (token.kind, keyword) {
      case (.op, _), (_, .contains), (_, .matches): state = .afterOperator
      case (_, .starts), (_, .ends): state = .expectWith
      case (_, .is): state = .afterIs
      case (_, .in): state = .expectListOpen
      default: lose()
      }
    case .expectWith:
      expect(keyword == .with, then: .afterOperator)
    case .afterOperator:
      state = .afterCondition
    case .afterIs:
      if keyword == .not {
        state = .afterIsNot
      } else {
        expect(keyword == .null, then: .afterCondition)
      }
    case .afterIsNot:
      expect(keyword == .null, then: .afterCondition)
    case .expectListOpen:
      expect(token.is(.leftParen), then: .listValue)
    case .listValue:
      state = .afterListValue
    case .afterListValue:
      if token.is(.comma) {
        state = .listValue
      } else {
        expect(token.is(.rightParen), then: .afterCondition)
      }
    case .expectGroupBy:
      expect(keyword == .by, then: .groupField)
    case .groupField:
      guard case .word(let name) = token.kind, keyword == nil else { return lose() }
      field = [name]
      grouped = true
      state = .afterGroupField
    case .expectOrderBy:
      expect(keyword == .by, then: .orderField)
    case .orderField:
      guard case .word(let name) = token.kind, keyword == nil else { return lose() }
      field = [name]
      state = .afterOrderField
    case .limitNumber:
      state = .afterLimit
    case .offsetNumber:
      state = .afterOffset
    case .selectItem:
      guard case .word(let name) = token.kind, keyword == nil else { return lose() }
      field = [name]
      state = name.lowercased() == "count" ? .countOpen : .afterSelectItem
    case .countOpen:
      if token.is(.leftParen) {
        state = .countClose
      } else {
        state = .afterSelectItem
        step(token)
      }
    case .countClose:
      expect(token.is(.rightParen), then: .afterSelectItem)
    case .afterSelectItem:
      expect(token.is(.comma), then: .selectItem)
    case .afterDot, .lost:
      lose()
    }
  }

  /// A token where a clause may start (or a condition continue, or an order term end).
  private mutating func clause(_ token: Token) {
    switch token.keyword {
    case .and? where state == .afterCondition, .or? where state == .afterCondition:
      state = .conditionStart
    case .asc? where state == .afterOrderField, .desc? where state == .afterOrderField:
      state = .afterDirection
    case .where? where clauseRank < 1:
      clauseRank = 1
      state = .conditionStart
    case .group? where clauseRank < 2:
      clauseRank = 2
      state = .expectGroupBy
    case .order? where clauseRank < 3:
      clauseRank = 3
      state = .expectOrderBy
    case .limit? where clauseRank < 4:
      clauseRank = 4
      state = .limitNumber
    case .offset? where state == .afterLimit:
      state = .offsetNumber
    case .select? where clauseRank < 5:
      clauseRank = 5
      state = .selectItem
    default:
      if token.is(.rightParen), state == .afterCondition, depth > 0 {
        depth -= 1
      } else if token.is(.comma), state == .afterOrderField || state == .afterDirection {
        state = .orderField
      } else {
        lose()
      }
    }
  }

  /// Moves to `next` when the token was the one expected, else gives up.
  private mutating func expect(_ matched: Bool, then next: State) {
    if matched {
      state = next
    } else {
      lose()
    }
  }

  private mutating func lose() {
    state = .lost
  }

  /// The clauses still allowed after the current one.
  private func remainingClauses() -> [String] {
    Array(Self.clauseOrder.dropFirst(clauseRank))
  }

  var context: CompletionContext {
    switch state {
    case .start: .collection
    case .afterCollection: .clauses(remainingClauses())
    case .conditionStart: .field(collection: collection, allowCount: false, allowCountColumn: false)
    case .afterField: .comparisonOperator
    case .afterOperator, .listValue:
      .value(collection: collection, field: field.joined(separator: "."))
    case .expectWith: .words(["with"])
    case .afterIs: .words(["null", "not null"])
    case .afterIsNot: .words(["null"])
    case .expectListOpen: .words(["("])
    case .afterListValue: .words([",", ")"])
    case .afterCondition:
      .clauses((depth > 0 ? [")"] : []) + ["and", "or"] + remainingClauses())
    case .expectGroupBy, .expectOrderBy: .words(["by"])
    case .groupField: .field(collection: collection, allowCount: false, allowCountColumn: false)
    case .orderField, .selectItem:
      .field(
        collection: collection, allowCount: state == .selectItem && !grouped,
        allowCountColumn: grouped)
    case .afterGroupField: .clauses(remainingClauses())
    case .afterOrderField: .clauses(["asc", "desc"] + remainingClauses())
    case .afterDirection: .clauses(remainingClauses())
    case .afterLimit: .clauses(["offset"] + remainingClauses())
    case .afterOffset: .clauses(remainingClauses())
    case .afterDot: .subfield(collection: collection, path: field.joined(separator: "."))
    case .limitNumber, .offsetNumber, .countOpen, .countClose, .afterSelectItem, .lost:
      .nothing
    }
  }
}
