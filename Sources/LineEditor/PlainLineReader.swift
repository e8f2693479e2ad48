import Glibc

/// Reads lines from a file descriptor that is not a terminal (a pipe, a file): no
/// prompt, no editing, no history.
///
/// A read interrupted by a signal (`EINTR`) is retried, not taken for the end of input.
/// Lines are returned without `\n` (or `\r\n`); a last line without a newline is still
/// returned. Invalid UTF-8 is repaired with U+FFFD.
public struct PlainLineReader: Sendable {
  /// The descriptor read from.
  public let fileDescriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false

  /// A reader of `fileDescriptor` (standard input, 0, by default).
  public init(fileDescriptor: Int32 = 0) {
    self.fileDescriptor = fileDescriptor
  }

  /// The next line, or nil at the end of input (or on a read error).
  public mutating func readLine() -> String? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        var end = newline
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") {
          end -= 1
        }
        let line = String(decoding: buffer[start..<end], as: UTF8.self)
        start = newline + 1
        return line
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = String(decoding: buffer[start...], as: UTF8.self)
        start = buffer.count
        return line
      }
      fill()
    }
  }

  private mutating func fill() {
    if start > 0 {
      buffer.removeFirst(start)
      start = 0
    }
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fileDescriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[..<count])
        return
      }
      if count < 0, errno == EINTR { continue }
      atEnd = true
      return
    }
  }
}
