import QueryEngine
import QueryLanguage

extension DotCommand {
  /// `.schema [collection]`: each collection's fields with their types and meaning.
  static func schema(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 0...1, usage: ".schema [COLLECTION]", context: context)
    var collections = Schema.collections
    if let word = arguments.first {
      guard let collection = Schema.collection(named: word.name) else {
        throw unknownCollection(word)
      }
      collections = [collection]
    }
    var text = ""
    for (index, collection) in collections.enumerated() {
      if index > 0 { text += "\n" }
      text += "\(collection.name): \(collection.summary)\n"
      let nameWidth = collection.fields.map(\.name.count).max() ?? 0
      let types = collection.fields.map { typeName($0.type) }
      let typeWidth = types.map(\.count).max() ?? 0
      for (field, type) in zip(collection.fields, types) {
        text +=
          "  " + field.name.padding(nameWidth) + "  " + type.padding(typeWidth) + "  "
          + field.summary + "\n"
      }
    }
    session.output.write(text)
    return .success
  }

  /// `.articles`: the loaded articles, as a query in the current format.
  static func articles(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 0...0, usage: ".articles", context: context)
    let query = try Parser.parseQuery(
      "articles select id, path, date, dateline, title, paragraphs, quotes")
    session.write(try session.engine.run(query))
    return .success
  }

  /// `.history`: the statements kept in the interactive history, numbered.
  static func history(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 0...0, usage: ".history", context: context)
    guard let entries = session.history?() else {
      session.inform("no history outside the interactive shell")
      return .success
    }
    let width = String(entries.count).count
    var text = ""
    for (index, entry) in entries.enumerated() {
      let number = String(index + 1)
      let indent = String(repeating: " ", count: width + 2)
      text +=
        String(repeating: " ", count: width - number.count) + number + "  "
        + entry.split(separator: "\n", omittingEmptySubsequences: false)
        .joined(separator: "\n" + indent) + "\n"
    }
    session.output.write(text)
    return .success
  }

  static func unknownCollection(_ word: Identifier) -> Diagnostic {
    var hints: [String] = []
    if let closest = Suggestions.closest(to: word.name, among: Schema.collectionNames) {
      hints.append("did you mean '\(closest)'?")
    }
    hints.append("collections: " + Schema.collectionNames.joined(separator: ", "))
    return Diagnostic(
      message: "unknown collection '\(word.name)'", range: word.range, hints: hints)
  }

  private static func typeName(_ type: FieldType) -> String {
    switch type {
    case .integer: "integer"
    case .decimal: "decimal"
    case .text: "text"
    case .date: "date"
    case .entity: "entity"
    case .list(let element): "list of " + typeName(element)
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  fileprivate func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: Swift.max(0, width - count))
  }
}
