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
    var bits = unsafeBitCast(string, to: (UInt64, UInt64).self)
    if bits.1 & Self.immortalBit == 0 {
      bits = unsafeBitCast(LongForms.shared.intern(string), to: (UInt64, UInt64).self)
    }
    (low, high) = bits
  }

  /// The string back; it refers to immortal or interned storage, so no copy is made.
  var string: String { unsafeBitCast((low, high), to: String.self) }

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
