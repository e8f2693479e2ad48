/// A time expression in the text, resolved against the article's date where possible.
///
/// Stored in 32 bytes rather than 48: the resolved ISO form is packed into 32 bits
/// (`PackedISODate`). A resolved string that does not pack is kept after the text in
/// `storage`, with the text's length in `resolvedCode`; the public properties read and write
/// both as before.
public struct DateFact: Hashable, Sendable {
  private var storage: String
  public var span: TextSpan
  private var sentenceIndex: Int32
  private var resolvedCode: UInt32

  /// Marks `storage` as text followed by the resolved string; the low bits hold the text's
  /// length in UTF-8 bytes.
  private static let unpackedForm: UInt32 = 7
  private static let lengthMask: UInt32 = (1 << 29) - 1

  /// As written ("Thursday", "last year").
  public var text: String {
    get {
      guard PackedISODate.form(resolvedCode) == Self.unpackedForm else { return storage }
      return String(Substring(storage.utf8.prefix(Int(resolvedCode & Self.lengthMask))))
    }
    set { store(text: newValue, resolved: resolved) }
  }

  /// ISO form: `2025-05-01`, `2025-03`, `2024`, `2025-W18`; nil without an article date.
  public var resolved: String? {
    get {
      guard PackedISODate.form(resolvedCode) == Self.unpackedForm else {
        return PackedISODate.unpack(resolvedCode)
      }
      return String(Substring(storage.utf8.dropFirst(Int(resolvedCode & Self.lengthMask))))
    }
    set { store(text: text, resolved: newValue) }
  }

  /// Index into `Article.sentences` (stored in 32 bits: an article holds many of these).
  public var sentence: Int {
    get { Int(sentenceIndex) }
    set { sentenceIndex = Int32(newValue) }
  }

  public init(text: String, span: TextSpan, sentence: Int, resolved: String?) {
    self.storage = text
    self.span = span
    self.sentenceIndex = Int32(sentence)
    self.resolvedCode = PackedISODate.none
    store(text: text, resolved: resolved)
  }

  private mutating func store(text: String, resolved: String?) {
    if let code = PackedISODate.pack(resolved) {
      storage = text
      resolvedCode = code
    } else {
      storage = text + (resolved ?? "")
      resolvedCode = Self.unpackedForm << 29 | UInt32(text.utf8.count)
    }
  }
}
