#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered writer to a file descriptor that notices when the reader has gone away.
///
/// SIGPIPE is ignored by the front end, so a closed pipe shows up here as EPIPE: `isClosed`
/// turns true and the run ends quietly instead of dying or printing an error.
// Unchecked: newsq writes from one thread only; the shared instances are its stdout and stderr.
public final class OutputStream: @unchecked Sendable {
  public let descriptor: Int32
  private var buffer: [UInt8] = []
  private let ownsDescriptor: Bool
  /// True once a write failed because nobody reads any more (EPIPE).
  public private(set) var isClosed = false
  /// Everything flushed so far, when the stream captures instead of writing (tests, `.show`).
  public private(set) var captured = ""
  private let capturing: Bool

  public init(descriptor: Int32, ownsDescriptor: Bool = false) {
    self.descriptor = descriptor
    self.ownsDescriptor = ownsDescriptor
    self.capturing = false
    buffer.reserveCapacity(1 << 16)
  }

  /// A stream that keeps what is written in `captured` instead of writing to a descriptor.
  public init(capturing: Void) {
    self.descriptor = -1
    self.ownsDescriptor = false
    self.capturing = true
  }

  deinit {
    flush()
    if ownsDescriptor { close(descriptor) }
  }

  public static let standardOutput = OutputStream(descriptor: STDOUT_FILENO)
  public static let standardError = OutputStream(descriptor: STDERR_FILENO)

  /// Whether this stream is a terminal (decides colour and table width).
  public var isTerminal: Bool { isatty(descriptor) == 1 }

  public func write(_ text: String) {
    guard !isClosed else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  public func flush() {
    guard !buffer.isEmpty, !isClosed else {
      buffer.removeAll(keepingCapacity: true)
      return
    }
    if capturing {
      captured += String(decoding: buffer, as: UTF8.self)
      buffer.removeAll(keepingCapacity: true)
      return
    }
    var written = 0
    buffer.withUnsafeBytes { bytes in
      while written < bytes.count {
        let result = systemWrite(descriptor, bytes.baseAddress! + written, bytes.count - written)
        if result > 0 {
          written += result
        } else if result < 0, errno == EINTR {
          continue
        } else {
          // EPIPE or any other failure: nobody will read the rest.
          isClosed = true
          return
        }
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// The C `write`, named apart from `OutputStream.write(_:)`, which would shadow it.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
