/// One token of paragraph text: a word, a number, a possessive `'s`, a quotation mark, a dash
/// or another punctuation mark, with byte offsets into the article.
///
/// Kept small (positions as 32-bit integers, no copy of the written form: `TextBuffer.text`
/// gives it back) because a long text holds one token per five bytes or so, and a plain value
/// (no reference-counted field, see `LowerForm`) because the recognisers copy tokens often.
struct Token {
  enum Kind: UInt8 {
    case word
    case number
    /// The `'s` / `’s` split off a possessive ("Moscow's" → "Moscow" + "'s").
    case possessive
    /// A double quotation mark (straight or curly); which ones open or close is decided by
    /// `QuoteFinder`, not here.
    case quote
    case dash
    case punct
  }

  private var startOffset: UInt32
  private var endOffset: UInt32
  private var paragraphIndex: Int32
  private var sentenceIndex: Int32 = 0
  private var quoteIndex: Int32 = -1
  var kind: Kind
  /// Letter-case facts of the written form, and whether it holds a hyphen (see the bits
  /// below).
  private var caseBits: UInt8
  /// What the word lists say about `lower`.
  var flags: WordFlags = []
  private var lowerForm: LowerForm

  private static let capitalizedBit: UInt8 = 1
  private static let allCapsBit: UInt8 = 2
  private static let lowerInitialBit: UInt8 = 4
  private static let hyphenBit: UInt8 = 8

  init(start: Int, end: Int, kind: Kind, written: String, lower: String, paragraph: Int) {
    var written = written
    let bits =
      (kind == .word ? written.withUTF8 { Self.caseBits(of: $0[...]) } : 0)
      | (written.utf8.contains(45) ? Self.hyphenBit : 0)
    self.init(
      start: start, end: end, kind: kind, lower: LowerForm(lower), paragraph: paragraph,
      caseBits: bits, flags: [])
  }

  /// Builds a token straight from the article's bytes (the tokenizer's fast path), which the
  /// tokenizer has already scanned for hyphens.
  init(
    start: Int, end: Int, kind: Kind, bytes: Slice<ByteClass.Bytes>, lower: LowerForm,
    paragraph: Int, flags: WordFlags = [], hyphenated: Bool
  ) {
    self.init(
      start: start, end: end, kind: kind, lower: lower, paragraph: paragraph,
      caseBits: (kind == .word ? Self.caseBits(of: bytes) : 0)
        | (hyphenated ? Self.hyphenBit : 0), flags: flags)
  }

  /// Builds a token of up to 15 ASCII bytes from their packed form (see
  /// `LowerForm.packedASCII(in:from:to:)`): the tokenizer's path for most tokens, with the
  /// letter-case facts read from the packed bytes instead of a walk over them.
  init(
    start: Int, end: Int, kind: Kind, packedASCII words: (UInt64, UInt64), lower: LowerForm,
    paragraph: Int, flags: WordFlags, hyphenated: Bool
  ) {
    self.init(
      start: start, end: end, kind: kind, lower: lower, paragraph: paragraph,
      caseBits: (kind == .word ? Self.caseBits(ofPackedASCII: words) : 0)
        | (hyphenated ? Self.hyphenBit : 0), flags: flags)
  }

  @inline(__always)
  private init(
    start: Int, end: Int, kind: Kind, lower: LowerForm, paragraph: Int, caseBits: UInt8,
    flags: WordFlags
  ) {
    self.startOffset = UInt32(start)
    self.endOffset = UInt32(end)
    self.kind = kind
    self.lowerForm = lower
    self.paragraphIndex = Int32(paragraph)
    self.caseBits = caseBits
    self.flags = flags
  }

  /// Lower-cased (ASCII) form with typographic apostrophes folded, used for table lookups;
  /// punctuation and numbers are as written.
  var lower: String { lowerForm.string }

  /// `lower` as its form (for reading short ASCII bytes without the string).
  var form: LowerForm { lowerForm }

  var start: Int { Int(startOffset) }
  var end: Int { Int(endOffset) }
  var paragraph: Int { Int(paragraphIndex) }

  var sentence: Int {
    get { Int(sentenceIndex) }
    set { sentenceIndex = Int32(newValue) }
  }

  /// Index of the quote whose text contains this token, or -1.
  var quote: Int {
    get { Int(quoteIndex) }
    set { quoteIndex = Int32(newValue) }
  }

  /// First letter is upper case.
  var isCapitalized: Bool { caseBits & Self.capitalizedBit != 0 }

  /// Two or more letters, all upper case ("NATO", "KCNA").
  var isAllCaps: Bool { caseBits & Self.allCapsBit != 0 }

  /// A word whose first letter is lower case.
  var startsLower: Bool { caseBits & Self.lowerInitialBit != 0 }

  var isWord: Bool { kind == .word }

  /// `lower` holds a hyphen ("al-Saud", "three-year"); folding keeps hyphens, so the written
  /// form was scanned.
  var isHyphenated: Bool { caseBits & Self.hyphenBit != 0 }

  /// `lower == word`, by bits where they answer (see `LowerForm.equals`).
  func lowerIs(_ word: String) -> Bool { lowerForm.equals(word) }

  func isPunct(_ character: String) -> Bool { kind == .punct && lowerForm.equals(character) }

  /// `caseBits(of:)` for packed ASCII bytes (zero lanes past the end count as neither case).
  @inline(__always)
  private static func caseBits(ofPackedASCII words: (UInt64, UInt64)) -> UInt8 {
    var bits: UInt8 = 0
    let first = UInt8(truncatingIfNeeded: words.0)
    if ByteClass.isUpper(first) {
      bits |= capitalizedBit
    } else if ByteClass.isLower(first) {
      bits |= lowerInitialBit
    }
    // All capitals: no small letter, and two capitals or more (a lane set in two words, or
    // two lanes in one: clearing the lowest set bit leaves some). Most words fit in the
    // first word, the second is then all zero lanes.
    let short = words.1 == 0
    if ByteLanes.lower(words.0) | (short ? 0 : ByteLanes.lower(words.1)) == 0 {
      let upper = (ByteLanes.upper(words.0), short ? 0 : ByteLanes.upper(words.1))
      if (upper.0 != 0 && upper.1 != 0) || upper.0 & (upper.0 &- 1) != 0
        || upper.1 & (upper.1 &- 1) != 0
      {
        bits |= allCapsBit
      }
    }
    return bits
  }

  private static func caseBits(of utf8: Slice<ByteClass.Bytes>) -> UInt8 {
    var bits: UInt8 = 0
    guard let first = utf8.first else { return 0 }
    if ByteClass.isUpper(first) {
      bits |= capitalizedBit
    } else if ByteClass.isLower(first) {
      bits |= lowerInitialBit
    } else if first == 0xC3, utf8.count > 1 {
      // Latin-1 capitals (À..Þ) are encoded C3 80..C3 9E.
      let second = utf8[utf8.startIndex + 1]
      if second >= 0x80 && second <= 0x9E && second != 0x97 { bits |= capitalizedBit }
    }
    var letters = 0
    var anyLower = false
    for byte in utf8 {
      if ByteClass.isLower(byte) {
        anyLower = true
        break
      }
      if ByteClass.isUpper(byte) { letters += 1 }
    }
    if !anyLower && letters >= 2 { bits |= allCapsBit }
    return bits
  }
}
