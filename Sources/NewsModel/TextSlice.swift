/// An article's text held once, by reference, for the elements sliced from it.
public final class SharedText: Sendable {
  public let string: String

  public init(_ string: String) {
    self.string = string
  }
}

/// A stretch of an article's text by UTF-8 offsets, sharing the text's storage.
///
/// Sixteen bytes and no copy of the words: a model holds one per paragraph, sentence, heading
/// and quote, and with copies (or even 32-byte `Substring`s) the model cost several times
/// the text it describes. Equal slices are equal by their text, wherever it lives.
public struct TextSlice: Hashable, Sendable {
  private let source: SharedText
  private let startOffset: UInt32
  private let endOffset: UInt32

  /// A slice covering all of `string` (for models built by hand).
  public init(_ string: String) {
    self.init(SharedText(string), utf8Start: 0, utf8End: string.utf8.count)
  }

  /// Bytes `utf8Start..<utf8End` of `source`; both must be scalar boundaries.
  public init(_ source: SharedText, utf8Start: Int, utf8End: Int) {
    self.source = source
    self.startOffset = UInt32(utf8Start)
    self.endOffset = UInt32(max(utf8Start, utf8End))
  }

  /// The text, as a new `String`.
  public var string: String {
    let utf8 = source.string.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: Int(startOffset))
    let upper = utf8.index(lower, offsetBy: Int(endOffset - startOffset))
    return String(Substring(utf8[lower..<upper]))
  }

  public static func == (left: TextSlice, right: TextSlice) -> Bool {
    left.string == right.string
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(string)
  }
}
