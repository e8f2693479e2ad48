/// The ISO forms a `DateFact` resolves to, packed into 32 bits: `2025-05-01`, `2025-03`,
/// `2024`, `2025-W18`, or none.
///
/// The top three bits say which form, then 14 bits of year, 6 of month or week and 5 of day.
/// Only strings that format back to exactly themselves are packed (fixed widths, ASCII
/// digits), so unpacking never changes a value; `pack` answers nil for anything else.
enum PackedISODate {
  static let none: UInt32 = 0
  private static let year: UInt32 = 1
  private static let month: UInt32 = 2
  private static let day: UInt32 = 3
  private static let week: UInt32 = 4

  static func form(_ code: UInt32) -> UInt32 { code >> 29 }

  static func pack(_ string: String?) -> UInt32? {
    guard var string else { return none }
    // Over the bytes in place: a copy into an array allocated for every date read.
    return string.withUTF8 { bytes -> UInt32? in
      guard bytes.count >= 4, let year = number(bytes, 0, 4), year < 1 << 14 else { return nil }
      switch bytes.count {
      case 4:
        return code(Self.year, year, 0, 0)
      case 7 where bytes[4] == 0x2D:
        guard let month = number(bytes, 5, 7) else { return nil }
        return code(Self.month, year, month, 0)
      case 8 where bytes[4] == 0x2D && bytes[5] == 0x57:
        guard let week = number(bytes, 6, 8) else { return nil }
        return code(Self.week, year, week, 0)
      case 10 where bytes[4] == 0x2D && bytes[7] == 0x2D:
        guard let month = number(bytes, 5, 7), let day = number(bytes, 8, 10), day < 32 else {
          return nil
        }
        return code(Self.day, year, month, day)
      default:
        return nil
      }
    }
  }

  /// The string `pack` was given; nil for `none` (and for codes `pack` never makes).
  static func unpack(_ code: UInt32) -> String? {
    let year = digits(Int(code >> 11 & (1 << 14 - 1)), width: 4)
    let middle = digits(Int(code >> 5 & 63), width: 2)
    switch form(code) {
    case Self.year: return year
    case Self.month: return year + "-" + middle
    case Self.week: return year + "-W" + middle
    case Self.day: return year + "-" + middle + "-" + digits(Int(code & 31), width: 2)
    default: return nil
    }
  }

  private static func code(_ form: UInt32, _ year: Int, _ middle: Int, _ day: Int) -> UInt32? {
    guard middle < 64 else { return nil }
    return form << 29 | UInt32(year) << 11 | UInt32(middle) << 5 | UInt32(day)
  }

  /// The decimal number in `bytes[start..<end]`, all ASCII digits, or nil.
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
    -> Int?
  {
    var value = 0
    for byte in bytes[start..<end] {
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }

  private static func digits(_ value: Int, width: Int) -> String {
    let plain = String(value)
    return String(repeating: "0", count: max(0, width - plain.count)) + plain
  }
}
