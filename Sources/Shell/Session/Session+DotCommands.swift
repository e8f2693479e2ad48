import QueryLanguage

extension Session {
  /// Runs one dot-command line: finds the command by name or unique prefix, then its handler.
  func runDotCommand(source: String, range: SourceRange, fileName: String?) -> RunStatus {
    var words = DotCommandLine.words(in: source, range: range)
    guard !words.isEmpty else { return .success }
    let nameWord = words.removeFirst()
    let context = DotCommandContext(range: range)
    do throws(Diagnostic) {
      let command = try DotCommand.lookup(nameWord)
      return try command.handler(self, words, context)
    } catch {
      report(error, source: source, fileName: fileName)
      return .failure
    }
  }

  /// Writes an informational line to the error stream, keeping standard output for data.
  func inform(_ message: String) {
    output.flush()
    errors.write(message + "\n")
    errors.flush()
  }
}

extension DotCommand {
  /// The command named `word` exactly, or the only one it is a prefix of.
  static func lookup(_ word: Identifier) throws(Diagnostic) -> DotCommand {
    let name = word.name.lowercased()
    if let exact = all.first(where: { $0.name == name }) { return exact }
    let matches = all.filter { $0.name.hasPrefix(name) }
    if matches.count == 1 { return matches[0] }
    let names = all.map(\.name)
    if matches.isEmpty {
      var hints: [String] = []
      if let closest = Suggestions.closest(to: name, among: names) {
        hints.append("did you mean '\(closest)'?")
      }
      hints.append("commands: " + names.joined(separator: ", ") + " (.help explains them)")
      throw Diagnostic(message: "unknown command '\(word.name)'", range: word.range, hints: hints)
    }
    throw Diagnostic(
      message: "ambiguous command '\(word.name)'", range: word.range,
      hints: ["it could be " + matches.map { "'\($0.name)'" }.joined(separator: " or ")])
  }

  /// Checks the argument count against the usage, pointing at the first extra argument.
  static func expect(
    _ arguments: Arguments, count range: ClosedRange<Int>, usage: String,
    context: DotCommandContext
  ) throws(Diagnostic) {
    if arguments.count > range.upperBound {
      let extra = arguments[range.upperBound].range.union(arguments[arguments.count - 1].range)
      throw Diagnostic(message: "too many arguments", range: extra, hints: ["usage: " + usage])
    }
    if arguments.count < range.lowerBound {
      let end = SourceRange(start: context.range.end, end: context.range.end)
      throw Diagnostic(message: "missing argument", range: end, hints: ["usage: " + usage])
    }
  }
}
