/// libedit's history file format (`_HiStOrY_V2_`), written and read without libedit so
/// that entries can be appended one at a time and a foreign file is recognised before
/// anything touches it.
///
/// Each entry is one line encoded as by vis(3): libedit writes white space and the
/// backslash as octal escapes (`\040`, `\012`, `\134`) and other control characters as
/// `\^X`, so a multi-line statement stays one line. Non-ASCII text is stored as UTF-8.
/// libedit's `H_LOAD` reads what ``encode(_:)`` writes, and ``decode(_:)`` reads what
/// libedit's `H_SAVE` writes.
enum HistoryFileFormat {
  /// The first line of every libedit history file.
  static let header = "_HiStOrY_V2_"

  /// Why a file's content is not a history file this editor may rewrite.
  enum Rejection: Error, Equatable {
    case noHeader
    case notText
  }

  /// One entry as a line, without its newline.
  static func encode(_ entry: String) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(entry.utf8.count)
    for byte in entry.utf8 {
      if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "0") + (byte >> 6))
        bytes.append(UInt8(ascii: "0") + ((byte >> 3) & 7))
        bytes.append(UInt8(ascii: "0") + (byte & 7))
      } else {
        bytes.append(byte)
      }
    }
    return bytes
  }

  /// The record appended for `entry`: its line and a newline.
  static func record(_ entry: String) -> [UInt8] {
    encode(entry) + [UInt8(ascii: "\n")]
  }

  /// A whole file holding `entries`, oldest first.
  static func file(_ entries: [String]) -> [UInt8] {
    Array(header.utf8) + [UInt8(ascii: "\n")] + entries.flatMap(record)
  }

  /// The entries of a file's content, oldest first; an empty content has none.
  static func parse(_ content: [UInt8]) throws(Rejection) -> [String] {
    guard !content.isEmpty else { return [] }
    let lines = content.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    guard lines[0].elementsEqual(header.utf8) else { throw .noHeader }
    var entries: [String] = []
    for line in lines.dropFirst() where !line.isEmpty {
      // libedit escapes every control character, so a raw one means another format.
      guard !line.contains(where: { $0 < 0x20 || $0 == 0x7F }),
        let text = String(validating: line, as: UTF8.self)
      else { throw .notText }
      entries.append(decode(Array(text.utf8)))
    }
    return entries
  }

  /// One line decoded: octal, C-style (`\n`, `\s`), control (`\^X`) and meta (`\M-x`,
  /// `\M^X`) escapes.
  static func decode(_ line: [UInt8]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(line.count)
    var index = 0
    func next() -> UInt8? {
      guard index < line.count else { return nil }
      defer { index += 1 }
      return line[index]
    }
    while let byte = next() {
      guard byte == UInt8(ascii: "\\"), let escaped = next() else {
        bytes.append(byte)
        continue
      }
      switch escaped {
      case UInt8(ascii: "0")...UInt8(ascii: "7"):
        var value = Int(escaped - UInt8(ascii: "0"))
        for _ in 0..<2 {
          guard index < line.count, (UInt8(ascii: "0")...UInt8(ascii: "7")).contains(line[index])
          else { break }
          value = value * 8 + Int(line[index] - UInt8(ascii: "0"))
          index += 1
        }
        bytes.append(UInt8(truncatingIfNeeded: value))
      case UInt8(ascii: "^"):
        if let control = next() { bytes.append(controlByte(control)) }
      case UInt8(ascii: "M"):
        guard index < line.count else {
          bytes.append(escaped)
          break
        }
        let kind = line[index]
        if kind == UInt8(ascii: "-"), index + 1 < line.count {
          bytes.append(line[index + 1] | 0x80)
          index += 2
        } else if kind == UInt8(ascii: "^"), index + 1 < line.count {
          bytes.append(controlByte(line[index + 1]) | 0x80)
          index += 2
        } else {
          bytes.append(escaped)
        }
      default:
        bytes.append(cStyle(escaped))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func controlByte(_ byte: UInt8) -> UInt8 {
    byte == UInt8(ascii: "?") ? 0x7F : byte & 0x1F
  }

  private static func cStyle(_ byte: UInt8) -> UInt8 {
    switch byte {
    case UInt8(ascii: "n"): return 0x0A
    case UInt8(ascii: "t"): return 0x09
    case UInt8(ascii: "r"): return 0x0D
    case UInt8(ascii: "s"): return 0x20
    case UInt8(ascii: "b"): return 0x08
    case UInt8(ascii: "a"): return 0x07
    case UInt8(ascii: "v"): return 0x0B
    case UInt8(ascii: "f"): return 0x0C
    case UInt8(ascii: "E"): return 0x1B
    default: return byte
    }
  }
}
