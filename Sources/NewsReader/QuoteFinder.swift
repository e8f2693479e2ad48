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
    let doubleMarks = range.contains { tokens[$0].kind == .quote && !isSingle(tokens[$0]) }
    for index in range where tokens[index].kind == .quote && isSingle(tokens[index]) != doubleMarks
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

  /// A curly single mark (‘ or ’).
  private func isSingle(_ token: Token) -> Bool {
    let bytes = buffer.bytes
    return bytes[token.start] == 0xE2
      && (bytes[token.start + 2] == 0x98 || bytes[token.start + 2] == 0x99)
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
