import CEditLine
import Glibc

/// Reads lines from the user: libedit on a terminal, a ``PlainLineReader`` otherwise.
///
/// On a terminal the editor offers emacs-style editing (or whatever `~/.editrc` sets,
/// read after the editor's own bindings so the user's settings win; in vi mode TAB,
/// Ctrl-C, Ctrl-Z and Ctrl-R stay the editor's), history recall
/// (Ctrl-P, Ctrl-R incremental search), completion on TAB through the `completer`,
/// Ctrl-C to abandon the line and Ctrl-Z to suspend. When standard output is not a
/// terminal the editor draws on standard error. When standard input is not a terminal
/// there is no prompt, no editing and no history: lines are read as they come.
///
/// History entries are added by the caller with ``addHistory(_:)``, so that a statement
/// typed over several lines is kept as one entry.
///
/// Key commands added to libedit, for use in `~/.editrc`: `lineeditor-complete` (TAB),
/// `lineeditor-interrupt` (Ctrl-C), `lineeditor-suspend` (Ctrl-Z).
public final class LineEditor {
  /// Proposes completions for `line` with the cursor at scalar offset `cursor`.
  public typealias Completer = (_ line: String, _ cursor: Int) -> Completion

  /// Whether lines are edited on a terminal (false: plain reading of a pipe or file).
  public let isInteractive: Bool
  /// The entries kept so far, and their file.
  public private(set) var history: History

  /// Above this many candidates, TAB asks before listing them (readline's
  /// `completion-query-items`).
  public var completionQueryItems = 100

  private let completer: Completer?
  private var plainReader: PlainLineReader?
  private var editLine: OpaquePointer?
  private var editHistory: OpaquePointer?
  private var output: UnsafeMutablePointer<FILE>?
  private var prompt: UnsafeMutablePointer<CChar>?
  private var lineAbandoned = false

  /// An editor for the process's standard input.
  ///
  /// - Parameters:
  ///   - programName: the name `~/.editrc` settings are scoped by (`name:bind …`).
  ///   - historyPath: the history file, or nil for no saved history; ignored when
  ///     standard input is not a terminal. Check ``takeHistoryWarning()`` after.
  ///   - historyLimit: the most entries kept.
  ///   - completer: called on TAB; nil makes TAB beep.
  public init(
    programName: String, historyPath: String? = nil,
    historyLimit: Int = History.defaultLimit, completer: Completer? = nil
  ) {
    self.completer = completer
    guard Terminal.isTerminal(STDIN_FILENO) else {
      isInteractive = false
      history = History(path: nil, limit: historyLimit)
      plainReader = PlainLineReader()
      return
    }
    Terminal.useUTF8CharacterType()
    let output = Terminal.isTerminal(STDOUT_FILENO) ? ce_stdout() : ce_stderr()
    guard let editLine = el_init(programName, ce_stdin(), output, ce_stderr()) else {
      isInteractive = false
      history = History(path: nil, limit: historyLimit)
      plainReader = PlainLineReader()
      return
    }
    isInteractive = true
    history = History(path: historyPath, limit: historyLimit)
    self.editLine = editLine
    self.output = output
    prompt = strdup("")
    configure(editLine, historyLimit: historyLimit)
  }

  deinit {
    if let editLine {
      el_end(editLine)
    }
    if let editHistory {
      history_wend(editHistory)
    }
    free(prompt)
  }

  /// Reads one line, showing `prompt` (a continuation prompt is just another prompt).
  public func readLine(prompt: String) -> ReadResult {
    guard let editLine else {
      return plainReader?.readLine().map(ReadResult.line) ?? .endOfInput
    }
    free(self.prompt)
    self.prompt = strdup(prompt)
    el_resize(editLine)  // the window may have changed while a statement ran
    while true {
      lineAbandoned = false
      // Raw mode before the prompt shows, or keys typed right after it are lost.
      ce_prepare_terminal(editLine, 1)
      var count: Int32 = 0
      let text = el_wgets(editLine, &count)
      let error = errno
      if lineAbandoned {
        return .interrupted
      }
      if let text, count > 0 {
        return .line(LineEditor.string(text, count: Int(count), droppingNewline: true))
      }
      if count < 0, error == EINTR {
        if Interrupt.isPending {
          write("\n")
          return .interrupted
        }
        continue
      }
      write("\n")
      return .endOfInput
    }
  }

  /// Keeps `entry` in history (see ``History/keeps(_:)``) and writes it to the history
  /// file at once. Returns whether it was kept.
  @discardableResult
  public func addHistory(_ entry: String) -> Bool {
    guard history.add(entry) else { return false }
    if let editHistory {
      ce_history_enter(editHistory, LineEditor.wide(entry))
    }
    return true
  }

  /// A problem with the history file not yet reported (unreadable, not a history file,
  /// a failed write), reported once; the caller shows it.
  public func takeHistoryWarning() -> String? {
    history.takeWarning()
  }

  // MARK: libedit set-up

  private func configure(_ editLine: OpaquePointer, historyLimit: Int) {
    ce_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
    ce_set_editor(editLine, "emacs")
    ce_set_signal_handling(editLine, 1)  // restores the tty on signals, follows SIGWINCH
    ce_set_prompt(editLine) { editLine in
      guard let editor = LineEditor.owner(of: editLine) else { return nil }
      return editor.prompt
    }
    if let editHistory = history_winit() {
      self.editHistory = editHistory
      ce_history_set_size(editHistory, Int32(max(1, historyLimit)))
      ce_history_set_unique(editHistory, 1)
      for entry in history.entries {
        ce_history_enter(editHistory, LineEditor.wide(entry))
      }
      ce_set_history(editLine, editHistory)
    }
    // Ctrl-C is a key while editing (no SIGINT racing buffered keys).
    ce_set_edit_tty_mode(editLine, "-isig")
    ce_add_function(editLine, "lineeditor-complete", "Complete the word at the cursor") {
      editLine, _ in
      LineEditor.owner(of: editLine)?.complete() ?? UInt8(CC_ERROR)
    }
    ce_add_function(editLine, "lineeditor-interrupt", "Abandon the line") { editLine, _ in
      LineEditor.owner(of: editLine)?.abandonLine() ?? UInt8(CC_ERROR)
    }
    ce_add_function(editLine, "lineeditor-suspend", "Suspend the program") { editLine, _ in
      LineEditor.owner(of: editLine)?.suspend() ?? UInt8(CC_ERROR)
    }
    bindKeys(editLine)
    el_source(editLine, nil)  // ~/.editrc last: the user's settings win
    if let mode = ce_get_editor(editLine), String(cString: mode) != "emacs" {
      // Choosing vi mode (`bind -v`) resets every key map: bind these keys again in the
      // new maps. (Reading ~/.editrc once more would reset them again.)
      bindKeys(editLine)
    }
  }

  private func bindKeys(_ editLine: OpaquePointer) {
    ce_bind(editLine, "^I", "lineeditor-complete")
    ce_bind(editLine, "^C", "lineeditor-interrupt")
    ce_bind(editLine, "^Z", "lineeditor-suspend")
    ce_bind(editLine, "^R", "em-inc-search-prev")
  }

  private static func owner(of editLine: OpaquePointer?) -> LineEditor? {
    guard let editLine, let data = ce_get_client_data(editLine) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  // MARK: key commands

  private func complete() -> UInt8 {
    guard let editLine, let completer, let info = el_wline(editLine)?.pointee,
      let buffer = info.buffer, let end = info.lastchar, let cursorPointer = info.cursor
    else { return UInt8(CC_REFRESH_BEEP) }
    let line = LineEditor.string(buffer, count: end - buffer, droppingNewline: false)
    let cursor = cursorPointer - buffer
    let plan = CompletionPlan(line: line, completion: completer(line, cursor))
    if let edit = plan.edit {
      el_cursor(editLine, Int32(edit.range.upperBound - cursor))
      if !edit.range.isEmpty {
        el_deletestr(editLine, Int32(edit.range.count))
      }
      if !edit.text.isEmpty {
        el_winsertstr(editLine, LineEditor.wide(edit.text))
      }
    }
    if !plan.listing.isEmpty {
      if plan.listing.count > completionQueryItems, !confirmListing(count: plan.listing.count) {
        write("\n")
        return UInt8(CC_REDISPLAY)
      }
      let width = output.flatMap { Terminal.columns(of: fileno($0)) } ?? 80
      let lines = ColumnLayout.lines(plan.listing, width: width)
      write("\n" + lines.joined(separator: "\n") + "\n")
      return UInt8(CC_REDISPLAY)
    }
    return UInt8(plan.edit == nil ? CC_REFRESH_BEEP : CC_REFRESH)
  }

  /// Asks before listing many candidates, as readline does: y, Y or space list them.
  private func confirmListing(count: Int) -> Bool {
    guard let editLine else { return false }
    write("\nDisplay all \(count) possibilities? (y or n) ")
    var key: wchar_t = 0
    guard el_wgetc(editLine, &key) == 1 else { return false }
    return key == wchar_t(UInt8(ascii: "y")) || key == wchar_t(UInt8(ascii: "Y"))
      || key == wchar_t(UInt8(ascii: " "))
  }

  /// Shows `^C` after the line and ends it through libedit's own newline command (so
  /// the screen is left below the line); ``readLine(prompt:)`` then reports
  /// `.interrupted`.
  private func abandonLine() -> UInt8 {
    guard let editLine else { return UInt8(CC_ERROR) }
    lineAbandoned = true
    if let info = el_wline(editLine)?.pointee, let end = info.lastchar,
      let cursor = info.cursor
    {
      el_cursor(editLine, Int32(end - cursor))
    }
    el_winsertstr(editLine, LineEditor.wide("^C"))
    el_wpush(editLine, LineEditor.wide("\n"))
    return UInt8(CC_REFRESH)
  }

  /// Restores the terminal, stops the process group as the terminal's Ctrl-Z would,
  /// and redraws the line when resumed.
  private func suspend() -> UInt8 {
    guard let editLine else { return UInt8(CC_ERROR) }
    ce_prepare_terminal(editLine, 0)
    kill(0, SIGTSTP)
    ce_prepare_terminal(editLine, 1)
    return UInt8(CC_REDISPLAY)
  }

  // MARK: helpers

  private func write(_ text: String) {
    guard let output else { return }
    fflush(output)  // after whatever libedit has buffered
    fputs(text, output)
    fflush(output)
  }

  private static func string(
    _ text: UnsafePointer<wchar_t>, count: Int, droppingNewline: Bool
  ) -> String {
    var scalars = String.UnicodeScalarView()
    for index in 0..<count {
      scalars.append(Unicode.Scalar(UInt32(bitPattern: text[index])) ?? "\u{FFFD}")
    }
    if droppingNewline, scalars.last == "\n" {
      scalars.removeLast()
    }
    return String(scalars)
  }

  private static func wide(_ text: String) -> [wchar_t] {
    text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
  }
}
