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
    /// For a quote inside another, the tokens of the enclosing quote's text.
    var outer: Range<Int>? = nil
  }

  let buffer: TextBuffer

  /// Finds the quotes among `tokens[range]`, which all belong to paragraph `paragraph` ending at
  /// byte `paragraphEnd`, in document order; a quote nested in another follows it.
  func find(in tokens: [Token], range: Range<Int>, paragraph: Int, paragraphEnd: Int) -> [Found] {
    // Where the marks are, found once: every pass below (the style, the outer quotes, the
    // quotes nested in each and the gaps between) looks at marks only, not at every token.
    // Kept in temporary storage (on the stack for most paragraphs), not in an array per
    // paragraph.
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, range.count)) { storage in
      var count = 0
      for index in range where isMark(tokens[index]) {
        storage[count] = Int32(index)
        count += 1
      }
      return find(
        in: tokens, range: range, marks: MarkList(UnsafeBufferPointer(rebasing: storage[..<count])),
        paragraph: paragraph, paragraphEnd: paragraphEnd)
    }
  }

  private func find(
    in tokens: [Token], range: Range<Int>, marks: MarkList, paragraph: Int, paragraphEnd: Int
  ) -> [Found] {
    let style = markStyle(of: tokens, marks: marks, paragraphEnd: paragraphEnd)
    let outer = pair(
      tokens, in: range, marks: marks, style: style, paragraph: paragraph,
      paragraphEnd: paragraphEnd, runsOn: true)
    var found: [Found] = []
    var gapStart = range.lowerBound
    for var quote in outer {
      if quote.runsOn { quote = closingBeforeFrame(quote, tokens, range) }
      // Double marks beside single-quoted speech ("the ‘Iron Lady’ said: “…”") are quotes too.
      if style != .double {
        found += pair(
          tokens, in: gapStart..<quote.openToken, marks: marks, style: .double,
          paragraph: paragraph, paragraphEnd: paragraphEnd, runsOn: false)
      }
      found.append(quote)
      let interior =
        (quote.openToken + 1)..<(quote.closeToken >= 0 ? quote.closeToken : range.upperBound)
      for var nested in pair(
        tokens, in: interior, marks: marks,
        style: nestedStyle(inside: style, tokens, marks.within(interior)),
        paragraph: paragraph, paragraphEnd: paragraphEnd, runsOn: false)
      {
        nested.outer = interior
        found.append(nested)
      }
      gapStart = quote.closeToken >= 0 ? quote.closeToken + 1 : range.upperBound
    }
    if style != .double, gapStart < range.upperBound {
      found += pair(
        tokens, in: gapStart..<range.upperBound, marks: marks, style: .double,
        paragraph: paragraph, paragraphEnd: paragraphEnd, runsOn: true)
    }
    return found
  }

  /// `"I have asked …, and I will keep asking, Beeston told the Courier.`: a quote left open
  /// whose paragraph ends in a speech frame after a comma lost its closing mark at that comma
  /// (a quote running on to the next paragraph never holds its own cue).
  private func closingBeforeFrame(_ quote: Found, _ tokens: [Token], _ range: Range<Int>)
    -> Found
  {
    var comma = range.upperBound - 1
    while comma > quote.openToken, !tokens[comma].isPunct(",") { comma -= 1 }
    guard comma > quote.openToken + 1 else { return quote }
    var cue = -1
    var cursor = comma + 1
    while cursor < range.upperBound, cursor < comma + 9 {
      let token = tokens[cursor]
      guard token.kind == .word || token.kind == .possessive || token.isPunct(".") else {
        return quote
      }
      if token.kind == .word, !token.isCapitalized, token.flags.cueForm == .finite {
        cue = cursor
        break
      }
      cursor += 1
    }
    guard cue > 0, cue + 1 <= range.upperBound else { return quote }
    // "…, we said no.": the speaker's own words go on; a frame names a third party.
    if cue == comma + 2, ["i", "we", "you", "they"].contains(tokens[comma + 1].lower) {
      return quote
    }
    for index in (cue + 1)..<range.upperBound where isMark(tokens[index]) { return quote }
    return Found(
      openToken: quote.openToken, closeToken: comma, textStart: quote.textStart,
      textEnd: tokens[comma].end, paragraph: quote.paragraph, runsOn: false)
  }

  /// The marks of quotes nested in quotes of `style`: single inside double (curly if any
  /// curly single mark is there), double inside single.
  private func nestedStyle(
    inside style: MarkStyle, _ tokens: [Token], _ marks: Slice<UnsafeBufferPointer<Int32>>
  ) -> MarkStyle {
    guard style == .double else { return .double }
    let curly = marks.contains { self.style(of: tokens[Int($0)]) == .curlySingle }
    return curly ? .curlySingle : .straightSingle
  }

  /// Pairs the marks of `style` among `tokens[range]`; a quote left open runs to the end of the
  /// paragraph when `runsOn`, else it is dropped.
  private func pair(
    _ tokens: [Token], in range: Range<Int>, marks: MarkList, style: MarkStyle, paragraph: Int,
    paragraphEnd: Int, runsOn: Bool
  ) -> [Found] {
    var found: [Found] = []
    var open = -1
    var openIsCurly = false
    // A straight double mark opened inside a curly-quoted stretch ("“He said "no" to me”").
    var straightInside = false
    for mark in marks.within(range) where self.style(of: tokens[Int(mark)]) == style {
      let index = Int(mark)
      let token = tokens[index]
      let spaceBefore = isBoundary(before: token.start)
      let spaceAfter = isBoundary(after: token.end, limit: paragraphEnd)
      var closes: Bool
      let opens: Bool
      switch rareMark(token) {
      case .backtick, .leftGuillemet:
        closes = false
        opens = open < 0
      case .rightGuillemet:
        closes = open >= 0
        opens = false
      case .none:
        (closes, opens) = faces(
          token, open: open, openIsCurly: openIsCurly, spaceBefore: spaceBefore,
          spaceAfter: spaceAfter, straightInside: &straightInside)
      }
      // "the directors’.’": a possessive right before the real closing mark.
      if closes, style != .double, closingMarkFollows(token) { closes = false }
      if closes {
        let start = tokens[open].end
        found.append(
          Found(
            openToken: open, closeToken: index, textStart: start, textEnd: token.start,
            paragraph: paragraph, runsOn: false))
        open = -1
        straightInside = false
      } else if opens {
        open = index
        openIsCurly = Self.commonMark(token, buffer.bytes) != .straightDouble
      }
    }
    if open >= 0, runsOn {
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

  /// Whether a common mark closes the open quote or opens one, from the way it faces and the
  /// spaces around it.
  private func faces(
    _ token: Token, open: Int, openIsCurly: Bool, spaceBefore: Bool, spaceAfter: Bool,
    straightInside: inout Bool
  ) -> (closes: Bool, opens: Bool) {
    let closes: Bool
    let opens: Bool
    // Which mark, by the form's bits (`lowerIs`): a `switch` on the string compared strings.
    switch Self.commonMark(token, buffer.bytes) {
    case .straightDouble:
      // A straight mark glued to the words before it closes a curly-opened quote too:
      // writers mix the two ("“I moved here," said …").
      let looksClosing = !spaceBefore && spaceAfter
      if open >= 0, openIsCurly, !looksClosing, spaceBefore { straightInside = true }
      closes = open >= 0 && (!openIsCurly || (looksClosing && !straightInside))
      if open >= 0, openIsCurly, looksClosing, straightInside { straightInside = false }
      opens = open < 0 && !spaceAfter
    case .twoBackticks:
      closes = false
      opens = open < 0
    case .twoApostrophes:
      closes = open >= 0
      opens = false
    case .single where buffer.bytes[token.start] == 39:
      closes = open >= 0 && !spaceBefore && spaceAfter && !isApostrophe(closing: token)
      opens = open < 0 && spaceBefore && !spaceAfter && !isApostrophe(opening: token)
    case .single:
      // ‘ opens after a space; ’ closes before one.
      let opening = buffer.bytes[token.start + 2] == 0x98
      closes = open >= 0 && !spaceBefore && spaceAfter
      opens = open < 0 && opening && spaceBefore && !spaceAfter
    case .rightDouble:
      closes = open >= 0
      opens = open < 0 && spaceBefore && !spaceAfter
    case .other:  // “ or „
      closes = open >= 0 && !spaceBefore && spaceAfter
      opens = open < 0 && !spaceAfter
    }
    return (closes, opens)
  }

  /// The common quotation marks, as their folded forms tell them apart (curly singles fold to
  /// ').
  private enum CommonMark {
    case straightDouble
    case twoBackticks
    case twoApostrophes
    case single
    case rightDouble
    /// “ or „.
    case other
  }

  /// Told by the written bytes: comparing forms with non-ASCII marks went through the string
  /// library. A folded form is one of these marks exactly when the bytes below are written
  /// (a curly mark is always a token of its own).
  private static func commonMark(_ token: Token, _ bytes: ByteClass.Bytes) -> CommonMark {
    let first = bytes[token.start]
    switch token.end - token.start {
    case 1:
      if first == 34 { return .straightDouble }
      if first == 39 { return .single }
    case 2:
      let second = bytes[token.start + 1]
      if first == 96 && second == 96 { return .twoBackticks }
      if first == 39 && second == 39 { return .twoApostrophes }
    case 3:
      guard first == 0xE2, bytes[token.start + 1] == 0x80 else { break }
      switch bytes[token.start + 2] {
      case 0x98, 0x99: return .single
      case 0x9D: return .rightDouble
      default: break
      }
    default: break
    }
    return .other
  }

  /// The token indices of a paragraph's quotation marks, in order (borrowed: valid during
  /// `find` only).
  private struct MarkList {
    let all: UnsafeBufferPointer<Int32>

    init(_ all: UnsafeBufferPointer<Int32>) { self.all = all }

    /// The marks inside `range`.
    func within(_ range: Range<Int>) -> Slice<UnsafeBufferPointer<Int32>> {
      all[first(atLeast: range.lowerBound)..<first(atLeast: range.upperBound)]
    }

    /// The position in `all` of the first mark at `index` or after (binary search).
    private func first(atLeast index: Int) -> Int {
      var low = 0
      var high = all.count
      while low < high {
        let middle = (low + high) / 2
        if Int(all[middle]) < index { low = middle + 1 } else { high = middle }
      }
      return low
    }
  }

  /// One punctuation mark and then the same single closing mark follow `token` ("’.’").
  private func closingMarkFollows(_ token: Token) -> Bool {
    let bytes = buffer.bytes
    let next = token.end + 1
    guard next < bytes.count, [44, 46, 33, 63, 59, 58].contains(bytes[token.end]) else {
      return false
    }
    let length = token.end - token.start
    guard next + length <= bytes.count else { return false }
    for offset in 0..<length where bytes[next + offset] != bytes[token.start + offset] {
      return false
    }
    return true
  }

  enum MarkStyle {
    case double
    case curlySingle
    case straightSingle
  }

  /// Marks the tokenizer leaves as punctuation: a lone backtick (typewriter `…'), guillemets.
  enum RareMark {
    case backtick
    case leftGuillemet
    case rightGuillemet
  }

  private func rareMark(_ token: Token) -> RareMark? {
    guard token.kind == .punct else { return nil }
    let bytes = buffer.bytes
    if bytes[token.start] == 96, token.end - token.start == 1 { return .backtick }
    if bytes[token.start] == 0xC2, token.end - token.start == 2 {
      if bytes[token.start + 1] == 0xAB { return .leftGuillemet }
      if bytes[token.start + 1] == 0xBB { return .rightGuillemet }
    }
    return nil
  }

  /// A quotation mark: a quote token, or a rare mark.
  private func isMark(_ token: Token) -> Bool {
    token.kind == .quote || rareMark(token) != nil
  }

  /// Which marks a quote token is: double (" “ ” „ `` '' « »), curly single (‘ ’) or straight
  /// single (' and a lone `).
  private func style(of token: Token) -> MarkStyle {
    switch rareMark(token) {
    case .backtick: return .straightSingle
    case .leftGuillemet, .rightGuillemet: return .double
    case .none: break
    }
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
  private func markStyle(of tokens: [Token], marks: MarkList, paragraphEnd: Int)
    -> MarkStyle
  {
    var sawCurlySingle = false
    for mark in marks.all {
      let index = Int(mark)
      let token = tokens[index]
      switch style(of: token) {
      case .double: return .double
      case .curlySingle:
        // A paragraph opening its speech with ‘ quotes in singles, even with “…” inside.
        if !sawCurlySingle, buffer.bytes[token.start + 2] == 0x98, isBoundary(before: token.start),
          !isBoundary(after: token.end, limit: paragraphEnd), !isApostrophe(opening: token)
        {
          return .curlySingle
        }
        sawCurlySingle = true
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
    // 'n' ("rock 'n' roll"), but not 'I'm or 'I've, which open a quote.
    if letters == 1, index < bytes.count, bytes[index] == 39,
      index + 1 >= bytes.count || !ByteClass.isLetterStart(bytes, index + 1)
    {
      return true
    }
    let word = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[token.end..<index]), as: UTF8.self)
    return Self.elisions.contains(word.lowercased())
  }

  private static let elisions: WordSet = ["em", "til", "tis", "twas", "cause", "bout", "n"]

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
    guard next >= 97 && next <= 122 else { return false }
    // "'not in the business of blockades' but": a possessive is followed by a noun, not by a
    // conjunction or preposition.
    var wordEnd = token.end + 1
    while wordEnd < bytes.count, bytes[wordEnd] >= 97 && bytes[wordEnd] <= 122 { wordEnd += 1 }
    let word = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[(token.end + 1)..<wordEnd]), as: UTF8.self)
    return !Self.clauseWords.contains(word)
  }

  /// Words that cannot follow a possessive, so a straight mark before them closes a quote.
  private static let clauseWords: WordSet = [
    "but", "and", "or", "that", "to", "when", "as", "in", "on", "at", "for", "of", "from", "with",
    "by", "if", "because", "while", "which", "who", "before", "after", "is", "was", "were", "are",
    "than", "she", "he", "they", "it", "we", "said", "says",
  ]

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
    // A quote mark right after another closes both ("…,'\" she said").
    case 44, 46, 59, 58, 33, 63, 41, 93, 34, 39: return true
    default: break
    }
    return ByteClass.punctuationLength(bytes, offset) > 0
  }
}
