import Glibc

/// A fresh directory under /tmp, removed with its content on deinit.
public final class TemporaryDirectory {
  public let path: String

  public init() {
    var template = Array("/tmp/lineeditor-tests-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { fatalError("mkdtemp failed") }
    path = String(cString: made)
  }

  deinit {
    TemporaryDirectory.remove(path)
  }

  /// `path` joined with `name`.
  public func file(_ name: String) -> String {
    path + "/" + name
  }

  /// Writes `bytes` to `name` (mode `mode`), returning its path.
  @discardableResult
  public func write(_ bytes: [UInt8], to name: String, mode: mode_t = 0o644) -> String {
    let target = file(name)
    let fd = open(target, O_WRONLY | O_CREAT | O_TRUNC, mode)
    precondition(fd >= 0, "cannot create \(target)")
    _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    close(fd)
    return target
  }

  /// The content of `path`, or nil when it cannot be read.
  public static func read(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      bytes.append(contentsOf: chunk[..<count])
    }
    return bytes
  }

  /// The permission bits of `path`, or nil when it does not exist.
  public static func mode(_ path: String) -> mode_t? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return info.st_mode & 0o7777
  }

  private static func remove(_ path: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else { return }
    if info.st_mode & S_IFMT == S_IFDIR {
      chmod(path, 0o700)
      if let directory = opendir(path) {
        while let entry = readdir(directory) {
          let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
            String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
          }
          if name != "." && name != ".." {
            remove(path + "/" + name)
          }
        }
        closedir(directory)
      }
      rmdir(path)
    } else {
      unlink(path)
    }
  }
}
