/// Why a JSON text could not be parsed, with the UTF-8 offset where parsing stopped.
public struct JSONParseError: Error, Equatable, CustomStringConvertible {
  public var offset: Int
  public var reason: String

  public var description: String { "JSON error at byte \(offset): \(reason)" }
}

/// A strict recursive-descent JSON parser over UTF-8 bytes (RFC 8259).
///
/// Gold files are small, so clarity beats speed here; the parser exists only so the bench and
/// its tests do not need Foundation.
public struct JSONParser {
  private let bytes: [UInt8]
  private var index = 0

  private init(_ text: String) { bytes = Array(text.utf8) }

  /// Parses one JSON document; trailing non-space text is an error.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var parser = JSONParser(text)
    let value = try parser.value()
    parser.skipSpace()
    guard parser.index == parser.bytes.count else { throw parser.error("trailing text") }
    return value
  }

  private func error(_ reason: String) -> JSONParseError {
    JSONParseError(offset: index, reason: reason)
  }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
  }

  private mutating func value() throws(JSONParseError) -> JSONValue {
    skipSpace()
    guard index < bytes.count else { throw error("unexpected end") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try object()
    case UInt8(ascii: "["): return try array()
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "t"): return try literal("true", .bool(true))
    case UInt8(ascii: "f"): return try literal("false", .bool(false))
    case UInt8(ascii: "n"): return try literal("null", .null)
    default: return try number()
    }
  }

  private mutating func literal(_ word: String, _ value: JSONValue) throws(JSONParseError)
    -> JSONValue
  {
    let expected = Array(word.utf8)
    guard index + expected.count <= bytes.count,
      Array(bytes[index..<index + expected.count]) == expected
    else { throw error("expected \(word)") }
    index += expected.count
    return value
  }

  private mutating func expect(_ byte: UInt8) throws(JSONParseError) {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte else {
      throw error("expected '\(Character(Unicode.Scalar(byte)))'")
    }
    index += 1
  }

  /// True (and consumes it) when the next non-space byte is `byte`.
  private mutating func take(_ byte: UInt8) -> Bool {
    skipSpace()
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  private mutating func object() throws(JSONParseError) -> JSONValue {
    try expect(UInt8(ascii: "{"))
    var members: [String: JSONValue] = [:]
    if take(UInt8(ascii: "}")) { return .object(members) }
    repeat {
      skipSpace()
      let key = try string()
      try expect(UInt8(ascii: ":"))
      members[key] = try value()
    } while take(UInt8(ascii: ","))
    try expect(UInt8(ascii: "}"))
    return .object(members)
  }

  private mutating func array() throws(JSONParseError) -> JSONValue {
    try expect(UInt8(ascii: "["))
    var values: [JSONValue] = []
    if take(UInt8(ascii: "]")) { return .array(values) }
    repeat { values.append(try value()) } while take(UInt8(ascii: ","))
    try expect(UInt8(ascii: "]"))
    return .array(values)
  }

  private mutating func number() throws(JSONParseError) -> JSONValue {
    let start = index
    while index < bytes.count,
      (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
        || [
          UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"),
          UInt8(ascii: "E"),
        ].contains(bytes[index])
    {
      index += 1
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard !text.isEmpty, let value = Double(text) else {
      index = start
      throw error("unexpected character")
    }
    return .number(value)
  }

  private mutating func string() throws(JSONParseError) -> String {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
      throw error("expected string")
    }
    index += 1
    var scalars = String.UnicodeScalarView()
    var runStart = index
    // Copies runs of plain bytes at once and decodes escapes one by one.
    func flush(_ end: Int) {
      scalars.append(
        contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars)
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        flush(index)
        index += 1
        return String(scalars)
      }
      if byte < 0x20 { throw error("control character in string") }
      if byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
      flush(index)
      index += 1
      guard index < bytes.count else { break }
      let escape = bytes[index]
      index += 1
      switch escape {
      case UInt8(ascii: "\""): scalars.append("\"")
      case UInt8(ascii: "\\"): scalars.append("\\")
      case UInt8(ascii: "/"): scalars.append("/")
      case UInt8(ascii: "b"): scalars.append("\u{08}")
      case UInt8(ascii: "f"): scalars.append("\u{0C}")
      case UInt8(ascii: "n"): scalars.append("\n")
      case UInt8(ascii: "r"): scalars.append("\r")
      case UInt8(ascii: "t"): scalars.append("\t")
      case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
      default: throw error("bad escape")
      }
      runStart = index
    }
    throw error("unterminated string")
  }

  private mutating func hex4() throws(JSONParseError) -> UInt32 {
    guard index + 4 <= bytes.count,
      let value = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
    else { throw error("bad \\u escape") }
    index += 4
    return value
  }

  /// Decodes the digits after `\u`, joining a UTF-16 surrogate pair when one follows.
  private mutating func unicodeEscape() throws(JSONParseError) -> Unicode.Scalar {
    let high = try hex4()
    if (0xD800..<0xDC00).contains(high), index + 2 <= bytes.count,
      bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
    {
      index += 2
      let low = try hex4()
      let combined = 0x10000 + ((high - 0xD800) << 10) + (low &- 0xDC00)
      if let scalar = Unicode.Scalar(combined) { return scalar }
    }
    return Unicode.Scalar(high) ?? "\u{FFFD}"
  }
}
