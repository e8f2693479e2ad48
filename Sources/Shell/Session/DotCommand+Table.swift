import QueryLanguage

extension DotCommand {
  /// Every dot-command, in the order `.help` lists them.
  static let all: [DotCommand] = [
    DotCommand(
      name: ".help", usage: ".help [COMMAND]", help: "Show the commands, or one in detail",
      argumentKind: .none, handler: help),
    DotCommand(
      name: ".schema", usage: ".schema [COLLECTION]",
      help: "List the collections' fields with their types and meaning",
      argumentKind: .collections, handler: schema),
    DotCommand(
      name: ".articles", usage: ".articles", help: "List the loaded articles",
      argumentKind: .none, handler: articles),
    DotCommand(
      name: ".show", usage: ".show COLLECTION ID",
      help: "Show a row in its paragraph, highlighted (a quote with its speaker)",
      argumentKind: .collections, handler: show),
    DotCommand(
      name: ".mode", usage: ".mode [FORMAT]",
      help: "Show or set the output format: "
        + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
      argumentKind: .formats, handler: mode),
    DotCommand(
      name: ".read", usage: ".read FILE", help: "Run the statements in a script file",
      argumentKind: .paths, handler: read),
    DotCommand(
      name: ".load", usage: ".load PATH…",
      help: "Load articles (files or folders) in place of these",
      argumentKind: .paths, handler: load),
    DotCommand(
      name: ".output", usage: ".output [FILE|stdout]",
      help: "Write results to FILE (replacing it), or back to standard output",
      argumentKind: .paths, handler: output),
    DotCommand(
      name: ".timer", usage: ".timer [on|off]", help: "Show how long each statement takes",
      argumentKind: .onOff, handler: timer),
    DotCommand(
      name: ".history", usage: ".history", help: "List the statements kept in history",
      argumentKind: .none, handler: history),
    DotCommand(
      name: ".quit", usage: ".quit", help: "Leave newsq", argumentKind: .none,
      handler: { _, _, _ in .quit }),
    DotCommand(
      name: ".exit", usage: ".exit", help: "Leave newsq", argumentKind: .none,
      handler: { _, _, _ in .quit }),
  ]

  private static func help(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 0...1, usage: ".help [COMMAND]", context: context)
    let commands = try arguments.first.map { word throws(Diagnostic) in [try lookup(word)] } ?? all
    let width = commands.map(\.usage.count).max() ?? 0
    var text = ""
    for command in commands {
      let padding = String(repeating: " ", count: width - command.usage.count)
      text += command.usage + padding + "  " + command.help + "\n"
    }
    session.output.write(text)
    return .success
  }

  private static func mode(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 0...1, usage: ".mode [FORMAT]", context: context)
    guard let word = arguments.first else {
      session.output.write(session.format.rawValue + "\n")
      return .success
    }
    guard let format = OutputFormat(rawValue: word.name.lowercased()) else {
      let names = OutputFormat.allCases.map(\.rawValue)
      var hints: [String] = []
      if let closest = Suggestions.closest(to: word.name, among: names) {
        hints.append("did you mean '\(closest)'?")
      }
      hints.append("formats: " + names.joined(separator: ", "))
      throw Diagnostic(message: "unknown format '\(word.name)'", range: word.range, hints: hints)
    }
    session.format = format
    return .success
  }

  private static func read(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 1...1, usage: ".read FILE", context: context)
    let path = arguments[0]
    let script: String
    do throws(InputError) {
      script = try TextFile.read(path.name, allowEmpty: true)
    } catch {
      throw Diagnostic(message: "cannot read '\(path.name)': \(error.cause)", range: path.range)
    }
    return session.run(source: script, fileName: path.name)
  }

  private static func load(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 1...Int.max, usage: ".load PATH…", context: context)
    do throws(InputError) {
      let corpus = try ArticleLoader().load(paths: arguments.map(\.name))
      session.replaceCorpus(corpus)
      let count = corpus.articles.count
      session.inform("loaded \(count) article\(count == 1 ? "" : "s")")
      return .success
    } catch {
      let word = arguments.first { $0.name == error.path } ?? arguments[0]
      throw Diagnostic(message: "cannot load '\(error.path)': \(error.cause)", range: word.range)
    }
  }
}
