import LineEditor
import QueryEngine
import QueryLanguage

/// Decides what TAB offers at the cursor, from the parser's view of the statement: collections
/// at the start, the clauses allowed next, the collection's fields (dotted paths included),
/// operators, and after an operator the values that occur in the loaded articles for that
/// field — speakers, names, aliases, types — quoted when they need it.
///
/// Pure: no terminal involved, so every case is unit-tested (and timed by `newsq-bench`).
public struct QueryCompleter {
  /// The engine over the current corpus (it changes with `.load`).
  let engine: () -> QueryEngine

  public init(engine: @escaping () -> QueryEngine) {
    self.engine = engine
  }

  static let operators = [
    "=", "!=", "==", "<", "<=", ">", ">=", "contains", "starts with", "ends with", "matches", "in",
    "is null", "is not null",
  ]

  /// Completion for `line` with the cursor at scalar offset `cursor`; `pending` holds the
  /// earlier lines of a statement still being typed under the continuation prompt.
  public func complete(pending: String, line: String, cursor: Int) -> Completion {
    let scalars = line.unicodeScalars
    let cursorIndex = scalars.index(scalars.startIndex, offsetBy: min(cursor, scalars.count))
    let lineBefore = String(line[..<cursorIndex])
    let text = pending.isEmpty ? lineBefore : pending + "\n" + lineBefore
    let lineStart = text.utf8.count - lineBefore.utf8.count

    if let command = DotCommandCompletion(text: text) {
      return command.completion(lineStart: lineStart, cursor: cursor, engine: engine)
    }

    var tokens = Lexer.tokenize(text).filter { !$0.isEnd }
    if let lastSemicolon = tokens.lastIndex(where: { $0.is(.semicolon) }) {
      tokens.removeSubrange(...lastSemicolon)
    }
    var partial = ""
    var partialStart = text.utf8.count
    if let last = tokens.last, last.range.end == text.utf8.count,
      let written = Self.partial(last, in: text)
    {
      partial = written
      partialStart = last.range.start
      tokens.removeLast()
    }
    let context = CompletionContext.after(tokens)
    let candidates = self.candidates(for: context, partial: partial)
    let start = Self.scalarOffset(ofByte: max(partialStart, lineStart) - lineStart, in: lineBefore)
    return Completion(range: start..<cursor, candidates: candidates)
  }

  /// The text of a token that may still be growing under the cursor: a word, a number, or a
  /// string whose closing quote is not typed yet.
  private static func partial(_ token: Token, in text: String) -> String? {
    switch token.kind {
    case .word, .decimal, .date, .integer, .invalid(.unterminatedString):
      let utf8 = text.utf8
      let start = utf8.index(utf8.startIndex, offsetBy: token.range.start)
      let end = utf8.index(utf8.startIndex, offsetBy: token.range.end)
      return String(text[start..<end])
    default:
      return nil
    }
  }

  private func candidates(for context: CompletionContext, partial: String) -> [Completion.Candidate]
  {
    switch context {
    case .collection:
      return Self.words(Schema.collectionNames, matching: partial)
    case .clauses(let clauses), .words(let clauses):
      return Self.words(clauses, matching: partial)
    case .comparisonOperator:
      return Self.words(Self.operators, matching: partial)
    case .field(let collection, let allowCount, let allowCountColumn):
      var names = Schema.fields(of: collection)?.map(\.name) ?? []
      if allowCountColumn { names.append("count") }
      var candidates = Self.words(names, matching: partial)
      if allowCount, "count()".hasPrefix(partial.lowercased()) {
        candidates.append(Completion.Candidate("count() "))
      }
      return candidates
    case .subfield(let collection, let path):
      let names = Schema.subfields(of: path, in: collection)?.map(\.name) ?? []
      return Self.words(names, matching: partial)
    case .value(let collection, let field):
      return ValueCandidates.candidates(
        engine().values(of: field, in: collection), matching: partial)
    case .nothing:
      return []
    }
  }

  /// `names` that start with `partial` (ignoring case), each followed by a space.
  static func words(_ names: [String], matching partial: String) -> [Completion.Candidate] {
    let prefix = partial.lowercased()
    return names.filter { $0.lowercased().hasPrefix(prefix) }.map {
      Completion.Candidate($0 + " ")
    }
  }

  static func scalarOffset(ofByte byte: Int, in text: String) -> Int {
    let utf8 = text.utf8
    let index = utf8.index(utf8.startIndex, offsetBy: min(max(0, byte), utf8.count))
    return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
  }
}
