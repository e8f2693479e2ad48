/// Pairs the double quotation marks of one paragraph into quoted stretches.
///
/// Straight marks toggle. Curly marks say which way they face, but writers get them wrong, so
/// the position decides when the face disagrees: an opening-style mark glued to the end of the
/// quoted words (“…,“ the commentary said) closes the open quote, and a closing-style mark that
/// starts a word after a space opens one. A quote still open at the end of the paragraph runs
/// to its end and is continued by the next paragraph's opening mark (the news convention for
/// speech running over several paragraphs). Paragraphs without double marks are read with
/// curly single marks (‘…’), the British convention; inside double quotes single marks are
/// nested quotes and are left alone, as are straight marks inside curly ones.
struct QuoteFinder {
  struct Found {
    var openToken: Int
    /// -1 when the quote runs to the end of the paragraph.
    var closeToken: Int
    var textStart: Int
    var textEnd: Int
    var paragraph: Int
    /// Still open at the end of its paragraph.
    var runsOn: Bool
  }

  let buffer: TextBuffer

  /// Finds the quotes among `tokens[range]`, which all belong to paragraph `paragraph` ending at
  /// byte `paragraphEnd`.
  func find(in tokens: [Token], range: Range<Int>, paragraph: Int, paragraphEnd: Int) -> [Found] {
    var found: [Found] = []
    var open = -1
    var openIsCurly = false
    let style = markStyle(of: tokens, in: range, paragraphEnd: paragraphEnd)
    for index in range where tokens[index].kind == .quote && self.style(of: tokens[index]) == style
    {
      let token = tokens[index]
      let spaceBefore = isBoundary(before: token.start)
      let spaceAfter = isBoundary(after: token.end, limit: paragraphEnd)
      let closes: Bool
      let opens: Bool
      switch token.lower {
      case "\"":
        closes = open >= 0 && !openIsCurly
        opens = open < 0 && !spaceAfter
      case "``":
        closes = false
        opens = open < 0
      case "''":
        closes = open >= 0
        opens = false
      case "'" where buffer.bytes[token.start] == 39:
        closes = open >= 0 && !spaceBefore && spaceAfter && !isApostrophe(closing: token)
        opens = open < 0 && spaceBefore && !spaceAfter && !isApostrophe(opening: token)
      case "'":
        // ‘ opens after a space; ’ closes before one.
        let opening = buffer.bytes[token.start + 2] == 0x98
        closes = open >= 0 && !spaceBefore && spaceAfter
        opens = open < 0 && opening && spaceBefore && !spaceAfter
      case "”":
        closes = open >= 0
        opens = open < 0 && spaceBefore && !spaceAfter
      default:  // “ or „
        closes = open >= 0 && !spaceBefore && spaceAfter
        opens = open < 0 && !spaceAfter
      }
      if closes {
        let start = tokens[open].end
        found.append(
          Found(
            openToken: open, closeToken: index, textStart: start, textEnd: token.start,
            paragraph: paragraph, runsOn: false))
        open = -1
      } else if opens {
        open = index
        openIsCurly = token.lower != "\""
      }
    }
    if open >= 0 {
      var end = paragraphEnd
      let bytes = buffer.bytes
      while end > tokens[open].end, ByteClass.isSpace(bytes[end - 1]) { end -= 1 }
      if end > tokens[open].end {
        found.append(
          Found(
            openToken: open, closeToken: -1, textStart: tokens[open].end, textEnd: end,
            paragraph: paragraph, runsOn: true))
      }
    }
    return found
  }

  enum MarkStyle {
    case double
    case curlySingle
    case straightSingle
  }

  /// Which marks a quote token is: double (" “ ” „ `` ''), curly single (‘ ’) or straight
  /// single (').
  private func style(of token: Token) -> MarkStyle {
    let bytes = buffer.bytes
    if bytes[token.start] == 0xE2 {
      return bytes[token.start + 2] == 0x98 || bytes[token.start + 2] == 0x99
        ? .curlySingle : .double
    }
    if bytes[token.start] == 39, token.end - token.start == 1 { return .straightSingle }
    return .double
  }

  /// The paragraph's primary marks: double marks unless there are none (curly or straight
  /// singles, the British convention), or a straight single mark opens a quote before any
  /// double mark (`'My father told me "sell the boat",' she said.`).
  private func markStyle(of tokens: [Token], in range: Range<Int>, paragraphEnd: Int)
    -> MarkStyle
  {
    var sawCurlySingle = false
    for index in range where tokens[index].kind == .quote {
      let token = tokens[index]
      switch style(of: token) {
      case .double: return .double
      case .curlySingle: sawCurlySingle = true
      case .straightSingle:
        if !sawCurlySingle, isBoundary(before: token.start),
          !isBoundary(after: token.end, limit: paragraphEnd), !isApostrophe(opening: token)
        {
          return .straightSingle
        }
      }
    }
    return sawCurlySingle ? .curlySingle : .straightSingle
  }

  /// A straight mark before a word that is an elision, not an opening mark: '90s, 'n',
  /// 'em, 'til.
  private func isApostrophe(opening token: Token) -> Bool {
    let bytes = buffer.bytes
    var index = token.end
    guard index < bytes.count else { return false }
    if ByteClass.isDigit(bytes[index]) {
      while index < bytes.count, ByteClass.isDigit(bytes[index]) { index += 1 }
      return index < bytes.count && bytes[index] == 115
    }
    var letters = 0
    while index < bytes.count, ByteClass.isLetterStart(bytes, index) {
      index += 1
      letters += 1
    }
    if letters == 1, index < bytes.count, bytes[index] == 39 { return true }
    let word = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[token.end..<index]), as: UTF8.self)
    return Self.elisions.contains(word.lowercased())
  }

  private static let elisions: Set<String> = ["em", "til", "tis", "twas", "cause", "bout", "n"]

  /// A straight mark after a word that is a plural possessive (`the skippers' money`), not a
  /// closing mark: after an "s", before a space and a lower-case word.
  private func isApostrophe(closing token: Token) -> Bool {
    let bytes = buffer.bytes
    // rock 'n' roll
    if token.start > 1, bytes[token.start - 2] == 39 { return true }
    guard token.start > 0, bytes[token.start - 1] == 115 || bytes[token.start - 1] == 83,
      token.end + 1 < bytes.count, bytes[token.end] == 32
    else { return false }
    let next = bytes[token.end + 1]
    return next >= 97 && next <= 122
  }

  private func isBoundary(before offset: Int) -> Bool {
    if offset == 0 { return true }
    let bytes = buffer.bytes
    let previous = ByteClass.previousScalarStart(bytes, offset)
    let byte = bytes[previous]
    if ByteClass.isSpace(byte) || byte == 40 || byte == 91 { return true }
    if ByteClass.isNoBreakSpace(bytes, previous) { return true }
    let punctuation = ByteClass.punctuationLength(bytes, previous)
    return punctuation == 3 && (bytes[previous + 2] == 0x93 || bytes[previous + 2] == 0x94)
  }

  private func isBoundary(after offset: Int, limit: Int) -> Bool {
    if offset >= limit { return true }
    let bytes = buffer.bytes
    let byte = bytes[offset]
    if ByteClass.isSpace(byte) { return true }
    switch byte {
    case 44, 46, 59, 58, 33, 63, 41, 93: return true
    default: break
    }
    return ByteClass.punctuationLength(bytes, offset) > 0
  }
}
