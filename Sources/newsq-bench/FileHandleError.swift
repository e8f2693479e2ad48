#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard error through the file descriptor, since the C `stderr` global is
/// shared mutable state Swift 6 will not touch.
enum FileHandleError {
  static func emit(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(2, &bytes, bytes.count)
  }
}
