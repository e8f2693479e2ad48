#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few file-system calls newsq needs, on the C library (Foundation costs start-up time).
enum FileSystem {
  enum Kind {
    case file
    case directory
    case other
  }

  /// What is at `path`, following links; throws the C library's reason when nothing is.
  static func kind(of path: String) throws(InputError) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { throw InputError(path: path, cause: reason(errno)) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// The whole file as bytes.
  static func readBytes(_ path: String) throws(InputError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw InputError(path: path, cause: reason(errno)) }
    defer { close(descriptor) }
    return try readBytes(descriptor: descriptor, name: path)
  }

  /// Everything readable from an open descriptor (a file, a pipe), until end of input.
  static func readBytes(descriptor: Int32, name: String) throws(InputError) -> [UInt8] {
    var bytes: [UInt8] = []
    // Left uninitialised: `read` fills it and only the bytes it wrote are used; zeroing 64 KB
    // for every (typically 3 KB) article cost more than the read itself.
    var chunk = [UInt8](unsafeUninitializedCapacity: 1 << 16) { _, count in count = 1 << 16 }
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        bytes.append(contentsOf: chunk[0..<count])
      } else if count == 0 {
        return bytes
      } else if errno != EINTR {
        throw InputError(path: name, cause: reason(errno))
      }
    }
  }

  /// Names in a directory, without `.` and `..`, sorted so runs are repeatable.
  static func entries(of path: String) throws(InputError) -> [String] {
    guard let directory = opendir(path) else {
      throw InputError(path: path, cause: reason(errno))
    }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted()
  }

  /// The C library's description of an errno value, lower-cased as in `newsq: x: no such file`.
  static func reason(_ code: Int32) -> String {
    let message = String(cString: strerror(code))
    guard let first = message.first else { return "error \(code)" }
    return first.lowercased() + message.dropFirst()
  }
}
