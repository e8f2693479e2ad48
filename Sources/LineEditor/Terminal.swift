import CEditLine
import Glibc

/// Facts about the terminal the process runs on.
public enum Terminal {
  /// Whether `fileDescriptor` is a terminal.
  public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
    isatty(fileDescriptor) == 1
  }

  /// The width in columns of the terminal on `fileDescriptor` (standard output, 1, by
  /// default), or nil when it is not a terminal (or reports no size). Asked each time,
  /// so it follows resizes.
  public static func columns(of fileDescriptor: Int32 = 1) -> Int? {
    let columns = Int(ce_terminal_columns(fileDescriptor))
    return columns > 0 ? columns : nil
  }

  /// Makes `LC_CTYPE` a UTF-8 locale: the user's if it is UTF-8, else `C.UTF-8`.
  /// libedit silently drops non-ASCII input without one. Returns whether a UTF-8 locale
  /// is in effect.
  @discardableResult
  public static func useUTF8CharacterType() -> Bool {
    setlocale(LC_CTYPE, "")
    if ce_codeset_is_utf8() != 0 { return true }
    setlocale(LC_CTYPE, "C.UTF-8")
    return ce_codeset_is_utf8() != 0
  }
}
