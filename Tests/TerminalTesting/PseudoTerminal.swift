import Glibc

/// Runs a program on a pseudo-terminal, as a user at a terminal would: the pty is the
/// child's standard input, output and error and its controlling terminal, in a session
/// of its own (libedit re-sends fatal signals to the whole process group).
///
/// Tests synchronise on output, never on time: ``waitFor(_:timeout:)`` reads until a
/// marker appears after the previous match, so type only once the prompt is up.
///
///     let terminal = try PseudoTerminal(executable: path, environment: ["HOME": home])
///     #expect(terminal.waitFor("demo> "))
///     terminal.send("hello\r")
///     #expect(terminal.waitFor("got: hello"))
///     terminal.send("\u{04}")
///     #expect(terminal.waitForExit() == 0)
public final class PseudoTerminal {
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The child's process id (also its process group and session id).
  public let pid: pid_t
  private let master: Int32
  /// Everything the child wrote so far.
  public private(set) var output: [UInt8] = []
  /// Where the next ``waitFor(_:timeout:)`` starts searching.
  private var searchStart = 0
  private var exitStatus: Int32?

  /// Everything the child wrote so far, as text.
  public var text: String { String(decoding: output, as: UTF8.self) }

  /// Starts `executable` on a new pty of `columns` x `rows`, with an environment of
  /// `TERM=xterm`, `LANG=C.UTF-8`, `PATH` and `environment` (which should set `HOME`).
  /// `redirections` replace standard descriptors by files (0: read from the path, 1 and
  /// 2: written to it), e.g. `[0: script]` for input that is not a terminal; the pty
  /// stays the controlling terminal.
  public init(
    executable: String, arguments: [String] = [], environment: [String: String] = [:],
    columns: UInt16 = 100, rows: UInt16 = 30, redirections: [Int32: String] = [:]
  ) throws {
    var master: Int32 = -1
    var slave: Int32 = -1
    var name = [CChar](repeating: 0, count: 4096)
    guard PseudoTerminal.openpty(&master, &slave, &name, nil, nil) == 0 else {
      throw Failure(description: "openpty: \(String(cString: strerror(errno)))")
    }
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slavePath = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid (glibc applies attributes first): it becomes the
    // controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    for (descriptor, path) in redirections.sorted(by: { $0.key < $1.key }) {
      let flags = descriptor == 0 ? O_RDONLY : O_WRONLY | O_CREAT | O_TRUNC
      posix_spawn_file_actions_addopen(&actions, descriptor, path, flags, 0o644)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(
      &attributes,
      Int16(PseudoTerminal.spawnSetSID | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var variables = ["TERM": "xterm", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
    variables.merge(environment) { $1 }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = variables.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp {
        free(pointer)
      }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    close(slave)  // the child's end only: its exit then reads as EOF/EIO here
    guard status == 0 else {
      close(master)
      throw Failure(description: "posix_spawn \(executable): \(String(cString: strerror(status)))")
    }
    self.pid = pid
    self.master = master
  }

  deinit {
    if exitStatus == nil {
      kill(-pid, SIGKILL)
      kill(pid, SIGKILL)
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }
    close(master)
  }

  /// Changes the window size, as a terminal emulator does (the child gets SIGWINCH).
  public func resize(columns: UInt16, rows: UInt16) {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Types `text` (use `\r` for Enter, `\u{03}` for Ctrl-C, …).
  public func send(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return }
      bytes = bytes.dropFirst(count)
    }
  }

  /// Reads output until `marker` appears after the end of the previous match; returns
  /// whether it did before `timeout` seconds or the child closed the terminal.
  @discardableResult
  public func waitFor(_ marker: String, timeout: Double = 10) -> Bool {
    let needle = Array(marker.utf8)
    let deadline = PseudoTerminal.now() + timeout
    while true {
      if let end = find(needle) {
        searchStart = end
        return true
      }
      let remaining = deadline - PseudoTerminal.now()
      guard remaining > 0, readAvailable(timeout: remaining) else { return false }
    }
  }

  /// Waits for the child to exit (reading its output meanwhile) and returns its exit
  /// status, 128 + the signal number if a signal ended it, or nil after `timeout`.
  public func waitForExit(timeout: Double = 10) -> Int32? {
    let deadline = PseudoTerminal.now() + timeout
    while exitStatus == nil {
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        let signal = status & 0x7F
        exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        break
      }
      if result < 0, errno != EINTR { return nil }
      let remaining = deadline - PseudoTerminal.now()
      guard remaining > 0 else { return nil }
      if !readAvailable(timeout: min(remaining, 0.05)) {
        // Nothing to read (or the child closed the pty): don't spin.
        var pause = timespec(tv_sec: 0, tv_nsec: 10_000_000)
        nanosleep(&pause, nil)
      }
    }
    while readAvailable(timeout: 0) {}
    return exitStatus
  }

  /// The output after the last match, for failure messages.
  public var unmatchedOutput: String {
    String(decoding: output[searchStart...], as: UTF8.self)
  }

  // MARK: private

  /// Reads what is available within `timeout` seconds; false when nothing came.
  private func readAvailable(timeout: Double) -> Bool {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(max(0, timeout * 1000)))
    guard ready > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    guard count > 0 else { return false }  // EIO: the child closed the terminal
    output.append(contentsOf: buffer[..<count])
    return true
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard !needle.isEmpty else { return searchStart }
    guard output.count - searchStart >= needle.count else { return nil }
    var index = searchStart
    while index + needle.count <= output.count {
      if output[index] == needle[0], output[index..<index + needle.count].elementsEqual(needle) {
        return index + needle.count
      }
      index += 1
    }
    return nil
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// glibc's `POSIX_SPAWN_SETSID` (spawn.h), hidden from Swift behind `_GNU_SOURCE`.
  private static let spawnSetSID: Int32 = 0x80

  private typealias OpenPTY =
    @convention(c) (
      UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<CChar>?,
      UnsafeRawPointer?, UnsafeRawPointer?
    ) -> Int32

  /// `openpty(3)`, looked up at run time: Swift's Glibc module does not declare it.
  private static let openpty: OpenPTY = {
    guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "openpty") else {
      fatalError("openpty is not available")
    }
    return unsafeBitCast(symbol, to: OpenPTY.self)
  }()
}
