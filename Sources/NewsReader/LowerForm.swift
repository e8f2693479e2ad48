#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A token's lower-cased form held as the raw bits of a `String` that needs no reference
/// counting, so that `Token` is a plain value: the recognisers copy tokens a great deal, and
/// with a `String` field every copy and every dropped token paid for a retain or release.
///
/// Short strings (up to 15 UTF-8 bytes) are stored inline in their own bits, and literals
/// live in the binary: both are immortal, so their bits can be kept and turned back into a
/// string at will. Any other string (a long word) is first interned in `LongForms`, which
/// keeps it alive for the life of the process; its bits then refer to storage that is never
/// freed.
struct LowerForm {
  private let low: UInt64
  private let high: UInt64

  init(_ string: String) {
    (low, high) = Self.bits(of: string)
  }

  private static func bits(of string: String) -> (UInt64, UInt64) {
    let bits = unsafeBitCast(string, to: (UInt64, UInt64).self)
    if bits.1 & Self.immortalBit != 0 { return bits }
    #if _endian(little) && (arch(x86_64) || arch(arm64))
      // Short ASCII text in a heap string: made small, so that one short text has one form
      // (`WordTable.value(of:)` compares forms by their bits).
      var copy = string
      let count = copy.utf8.count
      if let words = copy.withUTF8({ Self.packedASCII($0, lowercasing: false) }) {
        return (words.0, words.1 | Self.smallASCIITag | UInt64(count) << 56)
      }
    #endif
    return unsafeBitCast(LongForms.shared.intern(string), to: (UInt64, UInt64).self)
  }

  private init(bits: (UInt64, UInt64)) {
    (low, high) = bits
  }

  /// The form of `string` when it is a small ASCII string (then its bits are the form, and
  /// nothing needs to be looked at); nil for any other string.
  @inline(__always)
  init?(smallASCII string: String) {
    #if _endian(little) && (arch(x86_64) || arch(arm64))
      let bits = unsafeBitCast(string, to: (UInt64, UInt64).self)
      guard bits.1 & Self.tagMask == Self.smallASCIITag else { return nil }
      (low, high) = bits
    #else
      return nil
    #endif
  }

  /// The form of up to 15 ASCII bytes packed by `packedASCII(in:from:to:)`, lower-cased:
  /// `init(lowercasing:)` for those bytes, made on the bits.
  @inline(__always)
  init(lowercasingPacked words: (UInt64, UInt64), count: Int) {
    self.init(
      bits: (
        Self.lowercased(words.0),
        Self.lowercased(words.1) | Self.smallASCIITag | UInt64(truncatingIfNeeded: count) << 56
      ))
  }

  /// `packedASCII` for `bytes[start..<end]`, read eight bytes at a time when the text goes on
  /// for sixteen bytes from `start` (the bytes past `end` are read, then masked off).
  @inline(__always)
  static func packedASCII(in bytes: ByteClass.Bytes, from start: Int, to end: Int) -> (
    UInt64, UInt64
  )? {
    let count = end &- start
    guard count <= 15 else { return nil }
    guard start &+ 16 <= bytes.count else {
      return packedASCII(UnsafeBufferPointer(rebasing: bytes[start..<end]), lowercasing: false)
    }
    var words = (ByteLanes.load(bytes, start), ByteLanes.load(bytes, start &+ 8))
    if count < 8 {
      words.0 &= (1 &<< UInt64(count &* 8)) &- 1
      words.1 = 0
    } else {
      words.1 &= (1 &<< UInt64((count &- 8) &* 8)) &- 1
    }
    guard (words.0 | words.1) & Self.highBits == 0 else { return nil }
    return words
  }

  /// The form of `bytes` with ASCII capitals lower-cased (the tokenizer's folding of a word
  /// without a curly apostrophe), made without building a `String` when it is short ASCII.
  ///
  /// A short ASCII string is all bits: its bytes from the lowest up, zero padding, and in the
  /// top byte the small-ASCII tag (1110) and the count; `LowerFormTests` checks that these
  /// bits are exactly those of the `String` built from the same bytes, for every length.
  init(lowercasing bytes: UnsafeBufferPointer<UInt8>) {
    self = Self.shortASCII(lowercasing: bytes) ?? LowerForm(Tokenizer.fold(bytes[...]))
  }

  /// `init(lowercasing:)` for up to 15 ASCII bytes, built on the bits; nil for other bytes.
  static func shortASCII(lowercasing bytes: UnsafeBufferPointer<UInt8>) -> LowerForm? {
    #if _endian(little) && (arch(x86_64) || arch(arm64))
      guard let words = packedASCII(bytes, lowercasing: true) else { return nil }
      return LowerForm(bits: (words.0, words.1 | smallASCIITag | UInt64(bytes.count) << 56))
    #else
      return nil
    #endif
  }

  /// Up to 15 ASCII `bytes` packed into two words from the lowest byte up, zero-padded, with
  /// the capitals lower-cased when `lowercasing`; nil for longer or non-ASCII bytes.
  @inline(__always)
  static func packedASCII(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> (
    UInt64, UInt64
  )? {
    let count = bytes.count
    guard count <= 15 else { return nil }
    // Shifted in byte by byte: a copy through memcpy cost a call per word.
    var words: (UInt64, UInt64) = (0, 0)
    for offset in 0..<min(count, 8) { words.0 |= UInt64(bytes[offset]) << (offset &* 8) }
    if count > 8 {
      for offset in 8..<count { words.1 |= UInt64(bytes[offset]) << ((offset &- 8) &* 8) }
    }
    guard (words.0 | words.1) & Self.highBits == 0 else { return nil }
    return lowercasing ? (Self.lowercased(words.0), Self.lowercased(words.1)) : words
  }

  /// A short ASCII form's bytes as `packedASCII` packs them (its bits without the tag and
  /// count), or nil for any other form.
  var shortASCIIWords: (UInt64, UInt64)? {
    #if _endian(little) && (arch(x86_64) || arch(arm64))
      guard high & Self.tagMask == Self.smallASCIITag else { return nil }
      return (low, high & 0x00FF_FFFF_FFFF_FFFF)
    #else
      return nil
    #endif
  }

  /// A short ASCII form's packed bytes and their count, or nil for any other form.
  var shortASCIIBytes: (words: (UInt64, UInt64), count: Int)? {
    guard let words = shortASCIIWords else { return nil }
    return (words, Int(truncatingIfNeeded: high >> 56) & 0xF)
  }

  /// Whether two forms have the same bits (for short ASCII forms: the same text).
  func hasSameBits(as other: LowerForm) -> Bool { low == other.low && high == other.high }

  private static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Eight ASCII bytes with the capitals lower-cased, all at once: adding 0x3F sets a byte's
  /// top bit from "A" up, adding 0x25 from past "Z" (no byte below 0x80 carries over).
  @inline(__always)
  private static func lowercased(_ word: UInt64) -> UInt64 {
    let fromA = word &+ 0x3F3F_3F3F_3F3F_3F3F
    let pastZ = word &+ 0x2525_2525_2525_2525
    return word | ((fromA & ~pastZ & highBits) >> 2)
  }

  /// The string back; it refers to immortal or interned storage, so no copy is made.
  var string: String { unsafeBitCast((low, high), to: String.self) }

  /// Whether the form is `word` (as `string == word`), mostly without a call into the string
  /// library: the recognisers compare token forms with short literals all the time.
  ///
  /// The same bits are the same string. Two short ASCII strings are held entirely in their bits
  /// (the bytes, zero padding, the count and the small-ASCII tag), so different bits are
  /// different texts: the standard library compares such strings by their bits too. Anything
  /// else (long or non-ASCII, where canonically equivalent texts may differ in bytes) takes
  /// `==`. `LowerFormTests` checks the tag and that equal short texts get equal bits.
  @inline(__always)
  func equals(_ word: String) -> Bool {
    let other = unsafeBitCast(word, to: (UInt64, UInt64).self)
    if other.0 == low && other.1 == high { return true }
    #if _endian(little) && (arch(x86_64) || arch(arm64))
      // The layout checked by `LowerFormTests`; elsewhere every unequal pair takes `==`.
      if high & Self.tagMask == Self.smallASCIITag && other.1 & Self.tagMask == Self.smallASCIITag {
        return false
      }
    #endif
    return string == word
  }

  /// The top four bits of a 64-bit string's object word say what kind of string it is;
  /// immortal, small and ASCII (1110) is the short ASCII string.
  static let tagMask: UInt64 = 0xF << 60
  static let smallASCIITag: UInt64 = 0xE << 60

  /// The top bit of a 64-bit string's object word: set for small and literal strings, which
  /// reference counting ignores.
  private static let immortalBit: UInt64 = 1 << 63
}

/// The long lower-cased forms seen so far, one shared copy each, kept for the life of the
/// process (see `LowerForm`). Words of sixteen bytes or more are few, and so is this table.
final class LongForms: @unchecked Sendable {
  static let shared = LongForms()

  private var forms: Set<String> = []
  /// Guards `forms`; readers of a `LowerForm` never take it, they only read interned strings.
  private let lock: UnsafeMutablePointer<pthread_mutex_t>

  private init() {
    lock = .allocate(capacity: 1)
    pthread_mutex_init(lock, nil)
  }

  /// The one shared copy of `string`.
  func intern(_ string: String) -> String {
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    if let index = forms.firstIndex(of: string) { return forms[index] }
    forms.insert(string)
    return string
  }
}
