#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the terminal the shell runs in, read from the environment and the tty.
public enum TerminalInfo {
  /// Width for tables: `COLUMNS` if set, else the terminal's width, else 100.
  public static func width(of descriptor: Int32) -> Int {
    if let columns = environment("COLUMNS"), let value = Int(columns), value > 0 {
      return value
    }
    var size = winsize()
    if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      return Int(size.ws_col)
    }
    return 100
  }

  /// Colour only on a terminal, never with `NO_COLOR` set (any value) or `TERM=dumb`.
  public static func wantsColour(on descriptor: Int32) -> Bool {
    guard isatty(descriptor) == 1, environment("NO_COLOR") == nil else { return false }
    return environment("TERM") != "dumb"
  }

  public static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
