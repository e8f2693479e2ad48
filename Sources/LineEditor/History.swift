import Glibc

/// The list of accepted entries, kept in a file that survives the shell being killed.
///
/// Every kept entry is appended to the file at once (one `write` with `O_APPEND`), so
/// nothing is lost when the process dies. The file is libedit's history format (see
/// `HistoryFileFormat`), created with mode 0600 in directories created with mode 0700.
/// A file that cannot be read, or that is not a history file, is reported once through
/// ``takeWarning()`` and is never written: the session then keeps history in memory only.
public struct History: Sendable {
  /// The default number of entries kept.
  public static let defaultLimit = 1000

  /// The file entries are kept in, or nil for a history in memory only.
  public let path: String?
  /// The most entries kept, in memory and in the file.
  public let limit: Int
  /// The entries, oldest first.
  public private(set) var entries: [String] = []
  /// Whether kept entries are written to ``path``.
  public private(set) var isPersistent: Bool
  private var pendingWarning: String?
  private var entriesInFile = 0

  /// Loads the history kept at `path` (nil: memory only), keeping at most `limit`
  /// entries. A missing file is created with the first entry.
  public init(path: String?, limit: Int = History.defaultLimit) {
    self.path = path
    self.limit = max(1, limit)
    self.isPersistent = path != nil
    guard let path else { return }
    switch HistoryFile.read(path) {
    case .missing:
      break
    case .failure(let reason):
      disable(reason)
    case .content(let bytes):
      do {
        let stored = try HistoryFileFormat.parse(bytes)
        entries = Array(stored.suffix(self.limit))
        entriesInFile = stored.count
        if stored.count > self.limit {
          compact()
        }
      } catch {
        disable("it is not a history file (left untouched)")
      }
    }
  }

  /// Whether `entry` would be kept after the current last entry: not blank, not
  /// starting with a space (a way to keep a line out of history), not a repeat.
  public func keeps(_ entry: String) -> Bool {
    guard let first = entry.unicodeScalars.first, first != " " else { return false }
    guard entry.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
      return false
    }
    return entry != entries.last
  }

  /// Adds `entry` (a whole statement, newlines included) and writes it to the file at
  /// once. Returns whether it was kept (see ``keeps(_:)``).
  @discardableResult
  public mutating func add(_ entry: String) -> Bool {
    guard keeps(entry) else { return false }
    entries.append(entry)
    if entries.count > limit {
      entries.removeFirst(entries.count - limit)
    }
    guard isPersistent, let path else { return true }
    switch HistoryFile.append(HistoryFileFormat.record(entry), to: path) {
    case .success(let createdFile):
      entriesInFile = createdFile ? 1 : entriesInFile + 1
      if entriesInFile > limit {
        compact()
      }
    case .failure(let failure):
      disable(failure.reason)
    }
    return true
  }

  /// The warning about the history file not yet reported, if any; reported only once.
  public mutating func takeWarning() -> String? {
    defer { pendingWarning = nil }
    return pendingWarning
  }

  /// Rewrites the file with its last `limit` entries. The file is read again first, so
  /// entries another session appended meanwhile are kept too.
  private mutating func compact() {
    guard let path else { return }
    var stored = entries
    if case .content(let bytes) = HistoryFile.read(path) {
      guard let onDisk = try? HistoryFileFormat.parse(bytes) else {
        disable("it is no longer a history file (left untouched)")
        return
      }
      stored = onDisk
    }
    let kept = Array(stored.suffix(limit))
    if let reason = HistoryFile.replace(path, with: HistoryFileFormat.file(kept)) {
      disable(reason)
    } else {
      entriesInFile = kept.count
    }
  }

  private mutating func disable(_ reason: String) {
    isPersistent = false
    if let path {
      pendingWarning = "history file \(path): \(reason); history will not be saved"
    }
  }
}

/// File operations of ``History``, on Glibc (no Foundation).
enum HistoryFile {
  enum ReadOutcome {
    case missing
    case content([UInt8])
    case failure(String)
  }

  /// Files larger than this are not history files this editor wrote.
  static let sizeLimit = 64 << 20

  static func read(_ path: String) -> ReadOutcome {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      return errno == ENOENT ? .missing : .failure(describe(errno))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(describe(errno)) }
    guard info.st_mode & S_IFMT == S_IFREG else { return .failure("not a regular file") }
    guard info.st_size <= sizeLimit else {
      return .failure("it is not a history file (left untouched)")
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return .failure(describe(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[..<count])
      if bytes.count > sizeLimit { return .failure("it is not a history file (left untouched)") }
    }
    return .content(bytes)
  }

  /// Appends `record`, creating the file (mode 0600, header first) and its directories
  /// (mode 0700) when missing. Succeeds with whether the file was created.
  static func append(_ record: [UInt8], to path: String) -> Result<Bool, AppendFailure> {
    if let reason = makeParentDirectories(of: path) { return .failure(AppendFailure(reason)) }
    let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return .failure(AppendFailure(describe(errno))) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(AppendFailure(describe(errno))) }
    let created = info.st_size == 0
    var bytes = created ? Array(HistoryFileFormat.header.utf8) + [0x0A] + record : record
    var last: UInt8 = 0x0A
    if !created, pread(fd, &last, 1, info.st_size - 1) == 1, last != 0x0A {
      bytes.insert(0x0A, at: 0)  // never glue an entry to a line cut short
    }
    if let reason = writeAll(fd, bytes) { return .failure(AppendFailure(reason)) }
    return .success(created)
  }

  /// Replaces the file atomically (write a temporary file beside it, then rename).
  /// Returns why it failed, or nil.
  static func replace(_ path: String, with bytes: [UInt8]) -> String? {
    let temporary = "\(path).\(getpid()).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return describe(errno) }
    var failure = writeAll(fd, bytes)
    if failure == nil, fsync(fd) != 0 {
      failure = describe(errno)
    }
    close(fd)
    if failure == nil, rename(temporary, path) != 0 {
      failure = describe(errno)
    }
    if failure != nil {
      unlink(temporary)
    }
    return failure
  }

  struct AppendFailure: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
  }

  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
    var offset = 0
    while offset < bytes.count {
      let count = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        return describe(errno)
      }
      offset += count
    }
    return nil
  }

  /// `mkdir -p` of the directory holding `path`, new directories with mode 0700.
  private static func makeParentDirectories(of path: String) -> String? {
    guard let slash = path.lastIndex(of: "/") else { return nil }
    var current = path.hasPrefix("/") ? "" : "."
    for component in path[..<slash].split(separator: "/") where component != "." {
      current += "/" + component
      if mkdir(current, 0o700) != 0, errno != EEXIST {
        return "cannot create \(current): \(describe(errno))"
      }
    }
    return nil
  }

  static func describe(_ code: Int32) -> String {
    String(cString: strerror(code))
  }
}
