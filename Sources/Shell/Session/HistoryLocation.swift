#if canImport(Glibc)
  import Glibc
#endif

/// Where the interactive history lives: `$NEWSQ_HISTORY`, else
/// `$XDG_STATE_HOME/newsq/history`, else `~/.local/state/newsq/history`.
enum HistoryLocation {
  static func path() -> String? {
    if let explicit = TerminalInfo.environment("NEWSQ_HISTORY"), !explicit.isEmpty {
      return explicit
    }
    if let state = TerminalInfo.environment("XDG_STATE_HOME"), state.hasPrefix("/") {
      return state + "/newsq/history"
    }
    guard let home = TerminalInfo.environment("HOME"), !home.isEmpty else { return nil }
    return home + "/.local/state/newsq/history"
  }
}
