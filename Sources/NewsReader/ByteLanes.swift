/// Tests on the eight bytes ("lanes") of a 64-bit word at once, for the scanners' hot loops:
/// the reader walks every byte of the text several times (paragraphs, sentences, tokens), and
/// a test per byte was a visible share of its instructions.
///
/// A result has the top bit of every lane that passes set and nothing else. Tests said to be
/// for ASCII lanes assume bytes below 0x80 (no lane then carries into the next).
enum ByteLanes {
  static let high: UInt64 = 0x8080_8080_8080_8080
  private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  @inline(__always)
  static func broadcast(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// Lanes equal to `byte`, exactly, whatever the bytes.
  @inline(__always)
  static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let difference = word ^ broadcast(byte)
    // A lane's top bit ends up set only when all eight of its bits were clear.
    return ~(((difference & low7) &+ low7) | difference) & high
  }

  /// ASCII lanes whose byte is at least `bound` (1...0x80).
  @inline(__always)
  static func atLeast(_ word: UInt64, _ bound: UInt8) -> UInt64 {
    (word &+ broadcast(0x80 &- bound)) & high
  }

  /// ASCII lanes whose byte is in `lowest...highest`.
  @inline(__always)
  static func inRange(_ word: UInt64, _ lowest: UInt8, _ highest: UInt8) -> UInt64 {
    atLeast(word, lowest) & ~atLeast(word, highest &+ 1)
  }

  /// ASCII lanes holding a capital letter.
  @inline(__always)
  static func upper(_ word: UInt64) -> UInt64 { inRange(word, 65, 90) }

  /// ASCII lanes holding a small letter.
  @inline(__always)
  static func lower(_ word: UInt64) -> UInt64 { inRange(word, 97, 122) }

  /// Lanes holding a byte `ByteClass.isSpace` takes (space, tab, line and form feeds,
  /// carriage return), whatever the bytes.
  @inline(__always)
  static func space(_ word: UInt64) -> UInt64 {
    // Tab through carriage return are 9...13; a byte from 0x80 up is in no range.
    (equal(word, 32) | inRange(word & low7, 9, 13)) & ~word & high
  }

  /// Lanes holding an ASCII letter or digit, whatever the bytes (a byte from 0x80 up is
  /// neither).
  @inline(__always)
  static func asciiLetterOrDigit(_ word: UInt64) -> UInt64 {
    let ascii = word & low7
    // Setting 0x20 makes capitals small and moves no other byte into a…z.
    let letter = inRange(ascii | 0x2020_2020_2020_2020, 97, 122)
    let digit = inRange(ascii, 48, 57)
    return (letter | digit) & ~word
  }

  /// The 64-bit word of `bytes` starting at `index` (the first byte in the lowest lane); the
  /// caller checks that eight bytes are there.
  @inline(__always)
  static func load(_ bytes: ByteClass.Bytes, _ index: Int) -> UInt64 {
    UInt64(
      littleEndian: UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(
        fromByteOffset: index, as: UInt64.self))
  }

  /// The index of the lowest lane set in `lanes` (not 0).
  @inline(__always)
  static func firstLane(_ lanes: UInt64) -> Int { lanes.trailingZeroBitCount &>> 3 }

  /// The first index in `start..<end` holding a newline, or `end`.
  static func firstNewline(_ bytes: ByteClass.Bytes, from start: Int, to end: Int) -> Int {
    var index = start
    while index + 8 <= end {
      let found = equal(load(bytes, index), 10)
      if found != 0 { return index + firstLane(found) }
      index += 8
    }
    while index < end, bytes[index] != 10 { index += 1 }
    return index
  }
}
