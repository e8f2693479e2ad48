/// A stretch of text inside quotation marks, and who said it.
///
/// Indices are stored as 32-bit integers (-1 for none) and the text as a slice of the
/// article's text: an article holds many quotes, and the model should cost little more than
/// the text it describes.
public struct Quote: Hashable, Sendable {
  /// Whether the quoted words are speech, and how much of it.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A whole utterance.
    case direct
    /// A fragment of speech inside reported speech.
    case partial
    /// Not speech: a title, a nickname, scare quotes.
    case other
  }

  private var storage: TextSlice
  /// The span of `text` (marks excluded).
  public var span: TextSpan
  /// The paragraph index in the low 30 bits and the kind's code in the top two: a separate
  /// one-byte kind padded a quote from 72 bytes to 80.
  private var paragraphAndKind: UInt32
  private var sentenceIndex: Int32
  private var speakerIndex: Int32
  private var viaIndex: Int32
  /// The words that name the speaker at the cue ("he", "Lee", "the commentary").
  public var speakerMention: String?
  /// The speech verb or phrase ("said", "according to").
  public var cue: String?

  /// The quoted words, without the marks (a new `String` on each read).
  public var text: String {
    get { storage.string }
    set { storage = TextSlice(newValue) }
  }

  private static let paragraphMask: UInt32 = (1 << 30) - 1

  /// Whether the quoted words are speech, and how much of it.
  public var kind: Kind {
    get {
      switch paragraphAndKind >> 30 {
      case 0: return .direct
      case 1: return .partial
      default: return .other
      }
    }
    set {
      let code: UInt32
      switch newValue {
      case .direct: code = 0
      case .partial: code = 1
      case .other: code = 2
      }
      paragraphAndKind = (paragraphAndKind & Self.paragraphMask) | code << 30
    }
  }

  /// Index into `Article.paragraphs`.
  public var paragraph: Int {
    get { Int(paragraphAndKind & Self.paragraphMask) }
    set { paragraphAndKind = (paragraphAndKind & ~Self.paragraphMask) | UInt32(newValue) }
  }

  /// Index into `Article.sentences` of the sentence where the quote starts.
  public var sentence: Int {
    get { Int(sentenceIndex) }
    set { sentenceIndex = Int32(newValue) }
  }

  /// Index into `Article.entities` of who spoke, when known.
  public var speaker: Int? {
    get { speakerIndex < 0 ? nil : Int(speakerIndex) }
    set { speakerIndex = newValue.map { Int32($0) } ?? -1 }
  }

  /// Index into `Article.entities` of the outlet that relays the speech, if any.
  public var via: Int? {
    get { viaIndex < 0 ? nil : Int(viaIndex) }
    set { viaIndex = newValue.map { Int32($0) } ?? -1 }
  }

  public init(
    text: String, span: TextSpan, kind: Kind, paragraph: Int, sentence: Int,
    speaker: Int? = nil, speakerMention: String? = nil, cue: String? = nil, via: Int? = nil
  ) {
    self.init(
      text: TextSlice(text), span: span, kind: kind, paragraph: paragraph, sentence: sentence,
      speaker: speaker, speakerMention: speakerMention, cue: cue, via: via)
  }

  /// A quote whose text is a slice of the article's text, sharing its storage.
  public init(
    text: TextSlice, span: TextSpan, kind: Kind, paragraph: Int, sentence: Int,
    speaker: Int? = nil, speakerMention: String? = nil, cue: String? = nil, via: Int? = nil
  ) {
    self.storage = text
    self.span = span
    self.paragraphAndKind = UInt32(paragraph)
    self.sentenceIndex = Int32(sentence)
    self.speakerIndex = speaker.map { Int32($0) } ?? -1
    self.viaIndex = via.map { Int32($0) } ?? -1
    self.speakerMention = speakerMention
    self.cue = cue
    self.kind = kind
  }
}
