/// Turns statement text into tokens, scanning UTF-8 bytes.
///
/// The lexer never fails: text it cannot read becomes an `.invalid` token and lexing goes
/// on, so the script splitter and the completeness check can work on any input. Whitespace
/// (including non-ASCII spaces) and `#` comments are skipped. Token ranges are UTF-8 byte
/// offsets into the whole source, even when only a part of it is lexed.
public struct Lexer {
  /// The bytes being lexed: the part of the source inside the requested range.
  private let bytes: [UInt8]
  /// The source offset of `bytes[0]`.
  private let base: Int
  private var index = 0
  private var atLineStart = true

  /// Lexes `range` of `source` (all of it when nil).
  public init(_ source: String, range: SourceRange? = nil) {
    let utf8 = source.utf8
    let whole = SourceRange(start: 0, end: utf8.count)
    let wanted = range ?? whole
    let start = max(0, min(wanted.start, whole.end))
    let end = max(start, min(wanted.end, whole.end))
    let lower = utf8.index(utf8.startIndex, offsetBy: start)
    let upper = utf8.index(lower, offsetBy: end - start)
    bytes = Array(utf8[lower..<upper])
    base = start
  }

  /// All tokens of `range` of `source`, ending with one `.end` token.
  public static func tokenize(_ source: String, range: SourceRange? = nil) -> [Token] {
    var lexer = Lexer(source, range: range)
    var tokens: [Token] = []
    while true {
      let token = lexer.next()
      tokens.append(token)
      if token.isEnd { return tokens }
    }
  }

  /// Resumes lexing at source `offset` (the script splitter skips dot-command lines).
  public mutating func resume(at offset: Int) {
    index = max(0, min(offset - base, bytes.count))
  }

  /// The source offset of the end of the line holding source `offset` (before its `\n`).
  public func endOfLine(from offset: Int) -> Int {
    var i = max(0, offset - base)
    while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
    return base + i
  }

  /// Reads the next token; `.end` (repeatedly) at the end.
  public mutating func next() -> Token {
    skipTrivia()
    let startsLine = atLineStart
    atLineStart = false
    let start = index
    guard index < bytes.count else {
      return Token(kind: .end, range: range(start, start), startsLine: startsLine)
    }
    let kind: Token.Kind
    let byte = bytes[index]
    if let quote = openingQuote(at: index) {
      kind = lexString(quote)
    } else if isDigit(byte) {
      kind = lexNumber()
    } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+"),
      index + 1 < bytes.count, isDigit(bytes[index + 1])
    {
      kind = lexNumber()
    } else if isOperatorByte(byte) {
      kind = lexOperator()
    } else if let mark = punctuation(byte) {
      index += 1
      kind = .punctuation(mark)
    } else if isWordStart(at: index) {
      kind = lexWord()
    } else {
      let (scalar, length) = scalar(at: index)
      index += length
      kind = .invalid(.unexpectedCharacter(String(scalar), range: range(start, index)))
    }
    return Token(kind: kind, range: range(start, index), startsLine: startsLine)
  }

  // MARK: - Trivia

  /// Skips whitespace and `# comments`, noting line starts.
  private mutating func skipTrivia() {
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        atLineStart = true
        index += 1
      } else if byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D) {
        index += 1
      } else if byte == UInt8(ascii: "#") {
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
      } else if byte >= 0x80 {
        let (scalar, length) = scalar(at: index)
        // Pasted text brings no-break spaces, em spaces and byte-order marks.
        guard scalar.properties.isWhitespace || scalar == "\u{FEFF}" || scalar == "\u{200B}"
        else { return }
        index += length
      } else {
        return
      }
    }
  }

  // MARK: - Rules (Grammar/newsq.ebnf, lexical part)

  /// WORD: a letter or `_`, then letters, digits, `_`, and `-` or an apostrophe between
  /// word characters (`Jae-myung`, `O'Brien`, `Pyongyang’s`).
  private mutating func lexWord() -> Token.Kind {
    let start = index
    index += scalar(at: index).length
    while index < bytes.count {
      if isWordContinue(at: index) {
        index += scalar(at: index).length
      } else if let joiner = wordJoinerLength(at: index), isWordContinue(at: index + joiner) {
        index += joiner
      } else {
        break
      }
    }
    return .word(text(start, index))
  }

  /// NUMBER: `[+-]? digit+ ('.' digit+)?`. Digits running into letters make a word (`3rd`),
  /// four digits and a `-` make a DATE.
  private mutating func lexNumber() -> Token.Kind {
    let start = index
    let signed = !isDigit(bytes[index])
    if signed { index += 1 }
    let digitsStart = index
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
    if !signed, index - digitsStart == 4, index < bytes.count, bytes[index] == UInt8(ascii: "-") {
      index = start
      return lexDate()
    }
    if !signed, index < bytes.count, isWordContinue(at: index) {
      index = start
      return lexWord()
    }
    if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."), isDigit(bytes[index + 1]) {
      index += 1
      while index < bytes.count, isDigit(bytes[index]) { index += 1 }
      return .decimal(text(start, index))
    }
    var value = 0
    for byte in bytes[digitsStart..<index] {
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (plus, overflow2) = times.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
      if overflow1 || overflow2 {
        return .invalid(.integerTooLarge(text(start, index), range: range(start, index)))
      }
      value = plus
    }
    return .integer(bytes[start] == UInt8(ascii: "-") ? -value : value)
  }

  /// DATE: `YYYY-MM-DD`, `YYYY-MM` or `YYYY-Www`, with a real month, day or week.
  private mutating func lexDate() -> Token.Kind {
    let start = index
    // Take the whole run of date-like characters so `2024-13-01x` is one bad date, not a
    // date and a stray word.
    while index < bytes.count,
      isDigit(bytes[index]) || isASCIILetter(bytes[index]) || bytes[index] == UInt8(ascii: "-")
    {
      index += 1
    }
    let written = text(start, index)
    let parts = written.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    func number(_ part: String, in valid: ClosedRange<Int>) -> Bool {
      part.utf8.count == 2 && Int(part).map(valid.contains) == true
    }
    let valid: Bool
    switch parts.count {
    case 2 where parts[1].first == "W" || parts[1].first == "w":
      valid = number(String(parts[1].dropFirst()), in: 1...53)
    case 2:
      valid = number(parts[1], in: 1...12)
    case 3:
      valid = number(parts[1], in: 1...12) && number(parts[2], in: 1...31)
    default:
      valid = false
    }
    return valid ? .date(written) : .invalid(.invalidDate(written, range: range(start, index)))
  }

  /// OPERATOR: a run of `= ! < > ~`, checked by the parser so `=<` can get a suggestion.
  private mutating func lexOperator() -> Token.Kind {
    let start = index
    while index < bytes.count, isOperatorByte(bytes[index]) { index += 1 }
    return .op(text(start, index))
  }

  /// STRING: `"…"`, `'…'`, `“…”` or `‘…’`, with escapes. Strings may span lines. In `‘…’` a
  /// `’` followed by a letter is an apostrophe (`‘Pyongyang’s test’`), not the end.
  private mutating func lexString(_ quote: Quote) -> Token.Kind {
    let start = index
    index += quote.openLength
    var value: [UInt8] = []
    var firstError: LexError?
    while index < bytes.count {
      if let closeLength = closingQuoteLength(quote, at: index) {
        index += closeLength
        if let firstError { return .invalid(firstError) }
        return .string(String(decoding: value, as: UTF8.self))
      }
      let byte = bytes[index]
      guard byte == UInt8(ascii: "\\") else {
        value.append(byte)
        index += 1
        continue
      }
      let escapeStart = index
      index += 1
      guard index < bytes.count else { break }
      let escaped = bytes[index]
      switch escaped {
      case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
      case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
      case UInt8(ascii: "r"): value.append(UInt8(ascii: "\r"))
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "\\"): value.append(escaped)
      case UInt8(ascii: "u"):
        if let scalar = unicodeEscape() {
          value.append(contentsOf: Array(String(scalar).utf8))
          continue
        }
        // Underline the whole escape as written, up to its `}` if it has one nearby.
        var end = index
        while end < bytes.count, end - escapeStart < 12,
          !isBlank(bytes[end]), closingQuoteLength(quote, at: end) == nil
        {
          end += 1
          if bytes[end - 1] == UInt8(ascii: "}") { break }
        }
        index = max(index, end)
        firstError =
          firstError
          ?? .invalidUnicodeEscape(text(escapeStart, end), range: range(escapeStart, end))
        continue
      default:
        // `\”` and `\’` inside typographic strings: the escaped mark is kept as written.
        // Any other escape is kept as written, backslash included, so that regular
        // expressions read naturally: `matches "\d+\.\d"` needs no doubled backslashes.
        let length = scalar(at: index).length
        if openingQuote(at: index) == nil && closingQuoteLength(quote, at: index) == nil {
          value.append(UInt8(ascii: "\\"))
        }
        value.append(contentsOf: bytes[index..<index + length])
        index += length
        continue
      }
      index += 1
    }
    index = bytes.count
    return .invalid(.unterminatedString(closingQuote: quote.close, range: range(start, index)))
  }

  /// After `\u`: `{` 1–8 hex digits `}` naming a scalar. Leaves `index` after what it read.
  private mutating func unicodeEscape() -> Unicode.Scalar? {
    index += 1  // the `u`
    guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
    index += 1
    var value: UInt32 = 0
    var digits = 0
    while index < bytes.count, let digit = hexValue(bytes[index]) {
      value = value &* 16 &+ digit
      digits += 1
      index += 1
    }
    guard index < bytes.count, bytes[index] == UInt8(ascii: "}") else { return nil }
    index += 1
    guard (1...8).contains(digits) else { return nil }
    return Unicode.Scalar(value)
  }

  // MARK: - Quotes

  /// The quote marks a string can open with, and what closes each.
  struct Quote {
    var open: String
    /// The first is the one named in "close it with …".
    var closers: [String]
    var close: String { closers[0] }
    var openLength: Int { open.utf8.count }
  }

  /// ASCII quotes close only with themselves. Typographic ones come as pasted from word
  /// processors and other languages' conventions: “…”, ‘…’, ”…” and ’…’ (Swedish, Finnish),
  /// „…“ and „…” (German, Polish), «…».
  private static let quotes: [Quote] = [
    Quote(open: "\"", closers: ["\""]), Quote(open: "'", closers: ["'"]),
    Quote(open: "\u{201C}", closers: ["\u{201D}"]), Quote(open: "\u{2018}", closers: ["\u{2019}"]),
    Quote(open: "\u{201D}", closers: ["\u{201D}"]), Quote(open: "\u{2019}", closers: ["\u{2019}"]),
    Quote(open: "\u{201E}", closers: ["\u{201C}", "\u{201D}"]),
    Quote(open: "\u{00AB}", closers: ["\u{00BB}"]),
  ]

  private func openingQuote(at i: Int) -> Quote? {
    // Every quote mark starts with one of these bytes; most tokens start with none.
    switch bytes[i] {
    case UInt8(ascii: "\""), UInt8(ascii: "'"), 0xC2, 0xE2:
      return Lexer.quotes.first { hasPrefix($0.open, at: i) }
    default:
      return nil
    }
  }

  private func closingQuoteLength(_ quote: Quote, at i: Int) -> Int? {
    guard let close = quote.closers.first(where: { hasPrefix($0, at: i) }) else { return nil }
    let length = close.utf8.count
    // ’ followed by a letter is an apostrophe: ‘Pyongyang’s test’.
    if close == "\u{2019}", isWordContinue(at: i + length) { return nil }
    return length
  }

  private func hasPrefix(_ text: String, at i: Int) -> Bool {
    var j = i
    for byte in text.utf8 {
      guard j < bytes.count, bytes[j] == byte else { return false }
      j += 1
    }
    return true
  }

  // MARK: - Characters

  private func isOperatorByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"),
      UInt8(ascii: "~"):
      true
    default: false
    }
  }

  private func punctuation(_ byte: UInt8) -> Punctuation? {
    switch byte {
    case UInt8(ascii: "("): .leftParen
    case UInt8(ascii: ")"): .rightParen
    case UInt8(ascii: ","): .comma
    case UInt8(ascii: "."): .dot
    case UInt8(ascii: ";"): .semicolon
    default: nil
    }
  }

  private func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  private func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: UInt32(byte - 0x30)
    case 0x41...0x46: UInt32(byte - 0x41 + 10)
    case 0x61...0x66: UInt32(byte - 0x61 + 10)
    default: nil
    }
  }

  private func isWordStart(at i: Int) -> Bool {
    guard i < bytes.count else { return false }
    let byte = bytes[i]
    if byte < 0x80 { return isASCIILetter(byte) || byte == UInt8(ascii: "_") }
    return isLetterLike(scalar(at: i).scalar)
  }

  private func isWordContinue(at i: Int) -> Bool {
    guard i < bytes.count else { return false }
    let byte = bytes[i]
    if byte < 0x80 { return isASCIILetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") }
    let scalar = scalar(at: i).scalar
    return isLetterLike(scalar) || scalar.properties.numericType != nil
  }

  /// The length of a `-`, `'` or `’` that may join two parts of one word.
  private func wordJoinerLength(at i: Int) -> Int? {
    if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "'") { return 1 }
    return hasPrefix("\u{2019}", at: i) ? 3 : nil
  }

  private func isLetterLike(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isAlphabetic { return true }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// Decodes the scalar starting at byte `i` (the text is valid UTF-8, but a range may cut a
  /// scalar short, which decodes as U+FFFD).
  private func scalar(at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let lead = bytes[i]
    let length: Int
    var value: UInt32
    switch lead {
    case ..<0x80: return (Unicode.Scalar(lead), 1)
    case 0xC0..<0xE0:
      length = 2
      value = UInt32(lead & 0x1F)
    case 0xE0..<0xF0:
      length = 3
      value = UInt32(lead & 0x0F)
    case 0xF0...:
      length = 4
      value = UInt32(lead & 0x07)
    default:
      return ("\u{FFFD}", 1)
    }
    guard i + length <= bytes.count else { return ("\u{FFFD}", bytes.count - i) }
    for j in 1..<length { value = value << 6 | UInt32(bytes[i + j] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  private func text(_ start: Int, _ end: Int) -> String {
    String(decoding: bytes[start..<end], as: UTF8.self)
  }

  private func range(_ start: Int, _ end: Int) -> SourceRange {
    SourceRange(start: base + start, end: base + end)
  }
}
