import LineEditor
import QueryEngine

/// Completion inside a dot-command line: the command's name, then its argument by kind
/// (formats for `.mode`, paths for `.read` and `.load`, collections for `.schema`, …).
struct DotCommandCompletion {
  /// The command line typed so far, from its dot to the cursor.
  let line: Substring

  /// Nil when the statement being typed is not a dot-command.
  init?(text: String) {
    let statementStart = text.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let line = text[statementStart...].drop(while: { $0 == " " || $0 == "\t" })
    // Only a dot at the start of the statement makes a dot-command: `speaker.` is a path.
    guard line.first == ".", !text[..<statementStart].contains(where: { !$0.isWhitespace })
    else { return nil }
    self.line = line
  }

  func completion(lineStart: Int, cursor: Int, engine: () -> QueryEngine) -> Completion {
    let partialStart = line.lastIndex(where: { $0 == " " || $0 == "\t" }).map {
      line.index(after: $0)
    }
    let partial = String(line[(partialStart ?? line.startIndex)...])
    let range = (cursor - partial.unicodeScalars.count)..<cursor
    guard partialStart != nil else {
      let names = DotCommand.all.map(\.name)
      return Completion(range: range, candidates: QueryCompleter.words(names, matching: partial))
    }
    let name = String(line.prefix(while: { $0 != " " && $0 != "\t" }))
    let matches = DotCommand.all.filter { $0.name.hasPrefix(name.lowercased()) }
    guard let command = matches.first(where: { $0.name == name.lowercased() }) ?? matches.first,
      matches.count == 1 || matches.contains(where: { $0.name == name.lowercased() })
    else { return .none }
    let candidates: [Completion.Candidate]
    switch command.argumentKind {
    case .none: candidates = []
    case .formats:
      candidates = QueryCompleter.words(OutputFormat.allCases.map(\.rawValue), matching: partial)
    case .onOff: candidates = QueryCompleter.words(["on", "off"], matching: partial)
    case .collections:
      // Only the first argument names a collection (`.show quotes 3`).
      let argumentIndex =
        line.split(whereSeparator: { $0 == " " || $0 == "\t" }).count
        - (partial.isEmpty ? 1 : 2)
      candidates =
        argumentIndex == 0 ? QueryCompleter.words(Schema.collectionNames, matching: partial) : []
    case .paths: candidates = PathCandidates.candidates(matching: partial)
    }
    return Completion(range: range, candidates: candidates)
  }
}
