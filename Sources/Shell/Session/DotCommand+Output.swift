import QueryLanguage

#if canImport(Glibc)
  import Glibc
#endif

extension DotCommand {
  /// `.output FILE|stdout`: send results to a file (created or truncated) or back to stdout.
  static func output(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 0...1, usage: ".output [FILE|stdout]", context: context)
    session.output.flush()
    guard let target = arguments.first, target.name != "stdout" else {
      session.output = .standardOutput
      return .success
    }
    let descriptor = open(target.name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw Diagnostic(
        message: "cannot write '\(target.name)': \(FileSystem.reason(errno))", range: target.range)
    }
    session.output = OutputStream(descriptor: descriptor, ownsDescriptor: true)
    return .success
  }

  /// `.timer on|off`: print how long each statement took, on the error stream.
  static func timer(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 0...1, usage: ".timer [on|off]", context: context)
    guard let word = arguments.first else {
      session.output.write("timer " + (session.showsTimer ? "on" : "off") + "\n")
      return .success
    }
    switch word.name.lowercased() {
    case "on": session.showsTimer = true
    case "off": session.showsTimer = false
    default:
      throw Diagnostic(
        message: "expected 'on' or 'off', found '\(word.name)'", range: word.range,
        hints: ["usage: .timer [on|off]"])
    }
    return .success
  }
}
