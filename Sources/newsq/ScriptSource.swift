import Shell

/// One `-c` statement or `-f` script, in the order the command line gave them.
struct ScriptSource {
  var text: String
  /// The script's path for `FILE:LINE:COL:` prefixes; nil for `-c`.
  var fileName: String?

  /// swift-argument-parser collects `-c` and `-f` into separate arrays; the raw arguments tell
  /// how they were interleaved, so `-f setup.nq -c quotes` runs the setup first.
  static func inCommandLineOrder(
    commands: [String], files: [String], arguments: [String] = CommandLine.arguments
  ) throws(InputError) -> [ScriptSource] {
    var order: [Bool] = []  // true: a file
    for argument in arguments.dropFirst() {
      if argument == "--" { break }
      if argument == "-c" || argument.hasPrefix("--command") || isAttachedShort(argument, "c") {
        order.append(false)
      } else if argument == "-f" || argument.hasPrefix("--file") || isAttachedShort(argument, "f") {
        order.append(true)
      }
    }
    if order.count(where: { !$0 }) != commands.count || order.count(where: { $0 }) != files.count {
      order =
        Array(repeating: false, count: commands.count) + Array(repeating: true, count: files.count)
    }
    var remainingCommands = commands[...]
    var remainingFiles = files[...]
    var sources: [ScriptSource] = []
    for isFile in order {
      if isFile, let path = remainingFiles.popFirst() {
        let text = try StandardInput.readScript(path)
        sources.append(ScriptSource(text: text, fileName: path == "-" ? "<stdin>" : path))
      } else if !isFile, let text = remainingCommands.popFirst() {
        sources.append(ScriptSource(text: text, fileName: nil))
      }
    }
    return sources
  }

  /// `-cquotes` or `-c=quotes`; not `--c…` and not a negative number.
  private static func isAttachedShort(_ argument: String, _ letter: Character) -> Bool {
    argument.count > 2 && argument.hasPrefix("-") && !argument.hasPrefix("--")
      && argument.dropFirst().first == letter
  }
}
