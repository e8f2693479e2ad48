/// Splits a stretch of the article into `Token`s in one pass over the bytes.
///
/// Words keep internal hyphens and apostrophes ("Jae-myung", "O'Brien") and dotted
/// initialisms ("U.S."); a trailing possessive `'s` becomes its own token so that names match
/// the gazetteer; numbers keep their thousands separators and decimal point ("3,200", "4.8").
struct Tokenizer {
  let buffer: TextBuffer
  /// `WordFlags.table`, taken once: a global is reached through a call that checks it has been
  /// made, and the tokenizer asks the table for nearly every token.
  private let wordFlags: WordTable<WordFlags>

  init(buffer: TextBuffer) {
    self.buffer = buffer
    self.wordFlags = WordFlags.table
  }

  func tokens(from start: Int, to end: Int, paragraph: Int, into output: inout [Token]) {
    let bytes = buffer.bytes
    var index = start
    while index < end {
      let byte = bytes[index]
      // Most tokens are words starting with an ASCII letter, which no test below takes: asked
      // first.
      if ByteClass.isASCIILetter(byte) {
        index = scanWord(from: index, to: end, paragraph: paragraph, into: &output)
        continue
      }
      if ByteClass.isSpace(byte) {
        index += 1
        continue
      }
      if ByteClass.isNoBreakSpace(bytes, index) {
        index += 2
        continue
      }
      let punctuation = ByteClass.punctuationLength(bytes, index)
      if punctuation > 0 {
        let third = punctuation == 3 ? bytes[index + 2] : 0
        let kind: Token.Kind
        switch third {
        // Curly single marks are quotation marks too (British style); a ’ inside a word
        // never gets here, it is part of the word.
        case 0x9C, 0x9D, 0x9E, 0x98, 0x99: kind = .quote
        case 0x93, 0x94: kind = .dash
        default: kind = .punct
        }
        append(index, index + punctuation, kind, paragraph, &output)
        index += punctuation
        continue
      }
      if byte == 34 {
        append(index, index + 1, .quote, paragraph, &output)
        index += 1
        continue
      }
      if byte == 96 || byte == 39, index + 1 < end, bytes[index + 1] == byte {
        // Typewriter double marks: ``…'' (two backticks open, two apostrophes close).
        append(index, index + 2, .quote, paragraph, &output)
        index += 2
        continue
      }
      if byte == 39 {
        // A straight single mark outside a word: a quotation mark or an apostrophe ('90s,
        // skippers'); `QuoteFinder` decides.
        append(index, index + 1, .quote, paragraph, &output)
        index += 1
        continue
      }
      if byte == 45, index + 1 < end, bytes[index + 1] == 45 {
        var stop = index + 2
        while stop < end && bytes[stop] == 45 { stop += 1 }
        append(index, stop, .dash, paragraph, &output)
        index = stop
        continue
      }
      if ByteClass.isDigit(byte) {
        var stop = index + 1
        while stop < end {
          let next = bytes[stop]
          if ByteClass.isDigit(next) {
            stop += 1
          } else if next == 44 || next == 46, stop + 1 < end, ByteClass.isDigit(bytes[stop + 1]) {
            stop += 2
          } else {
            break
          }
        }
        append(index, stop, .number, paragraph, &output)
        index = stop
        continue
      }
      if ByteClass.isLetterStart(bytes, index) {
        index = scanWord(from: index, to: end, paragraph: paragraph, into: &output)
        continue
      }
      // Any other scalar is punctuation of its own.
      var stop = index + 1
      while stop < end && bytes[stop] & 0xC0 == 0x80 { stop += 1 }
      append(index, stop, .punct, paragraph, &output)
      index = stop
    }
  }

  private func scanWord(from start: Int, to end: Int, paragraph: Int, into output: inout [Token])
    -> Int
  {
    let bytes = buffer.bytes
    var index = start
    var onlyInitials = true
    var lettersSinceDot = 0
    while index < end {
      let byte = bytes[index]
      if byte < 0x80, ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte) {
        // A run of ASCII letters and digits, the bulk of most words, eight bytes at a time
        // (no continuation byte can follow an ASCII byte, so none is skipped).
        let runEnd = Self.asciiLetterOrDigitRun(bytes, from: index + 1, to: end)
        lettersSinceDot += runEnd - index
        index = runEnd
        if lettersSinceDot > 1 { onlyInitials = false }
        continue
      }
      // Any other ASCII byte but ' - . ends the word (none of the tests below takes it): a
      // space or a comma after a word, most often.
      if byte < 0x80, byte != 39, byte != 45, byte != 46 { break }
      if ByteClass.isLetterStart(bytes, index) || ByteClass.isDigit(byte) {
        index += 1
        while index < end && bytes[index] & 0xC0 == 0x80 { index += 1 }
        lettersSinceDot += 1
        if lettersSinceDot > 1 { onlyInitials = false }
        continue
      }
      let apostrophe = ByteClass.apostropheLength(bytes, index)
      if apostrophe > 0 {
        let after = index + apostrophe
        // A possessive 's ends the word; other apostrophes inside a word are part of it.
        if after < end, bytes[after] == 115 || bytes[after] == 83,
          after + 1 >= end || !ByteClass.isLetterStart(bytes, after + 1)
        {
          append(start, index, .word, paragraph, &output)
          append(index, after + 1, .possessive, paragraph, &output)
          return after + 1
        }
        if after < end, ByteClass.isLetterStart(bytes, after) {
          index = after
          onlyInitials = false
          continue
        }
        break
      }
      if byte == 45, index + 1 < end,
        ByteClass.isLetterStart(bytes, index + 1)
          || ByteClass.isDigit(bytes[index + 1])
      {
        index += 1
        onlyInitials = false
        continue
      }
      if byte == 46, onlyInitials, lettersSinceDot == 1 {
        // Dotted initialism ("U.S."): keep the dots when another initial follows or when
        // the word so far is made of initials only.
        if index + 2 < end, ByteClass.isLetterStart(bytes, index + 1), bytes[index + 2] == 46 {
          index += 1
          lettersSinceDot = 0
          continue
        }
        if index > start + 2 {
          index += 1
          break
        }
        break
      }
      break
    }
    append(start, index, .word, paragraph, &output)
    return index
  }

  /// The end of the run of ASCII letters and digits from `start` (at most `end`).
  @inline(__always)
  private static func asciiLetterOrDigitRun(_ bytes: ByteClass.Bytes, from start: Int, to end: Int)
    -> Int
  {
    var index = start
    while index + 8 <= end {
      let other = ~ByteLanes.asciiLetterOrDigit(ByteLanes.load(bytes, index)) & ByteLanes.high
      if other != 0 { return index + ByteLanes.firstLane(other) }
      index += 8
    }
    while index < end, ByteClass.isASCIILetter(bytes[index]) || ByteClass.isDigit(bytes[index]) {
      index += 1
    }
    return index
  }

  @inline(__always)
  private func append(
    _ start: Int, _ end: Int, _ kind: Token.Kind, _ paragraph: Int, _ output: inout [Token]
  ) {
    #if _endian(little) && (arch(x86_64) || arch(arm64))
      // Up to 15 ASCII bytes (most tokens): packed into two words and handled on their bits.
      if let words = LowerForm.packedASCII(in: buffer.bytes, from: start, to: end) {
        let lower = LowerForm(lowercasingPacked: words, count: end - start)
        let hyphenated =
          ByteLanes.equal(words.0, 45) | (words.1 == 0 ? 0 : ByteLanes.equal(words.1, 45)) != 0
        var flags: WordFlags = []
        // Only words keep flags.
        if kind == .word {
          if let listed = wordFlags.value(of: lower) {
            flags = listed
          } else if hyphenated {
            flags = WordFlags.compoundFlags(lower.string, hyphenated: true)
          }
        }
        output.append(
          Token(
            start: start, end: end, kind: kind, packedASCII: words, lower: lower,
            paragraph: paragraph, flags: flags, hyphenated: hyphenated))
        return
      }
    #endif
    appendAnyBytes(start, end, kind, paragraph, &output)
  }

  /// `append` for any token: long, or with bytes from 0x80 up.
  private func appendAnyBytes(
    _ start: Int, _ end: Int, _ kind: Token.Kind, _ paragraph: Int, _ output: inout [Token]
  ) {
    let bytes = buffer.bytes[start..<end]
    // 0xE2 leads a curly apostrophe (which folding turns into ') or another typographic mark.
    var typographic = false
    var hyphenated = false
    for byte in bytes {
      if byte == 0xE2 { typographic = true }
      if byte == 45 { hyphenated = true }
    }
    let lower: LowerForm
    var flags: WordFlags = []
    let raw = UnsafeBufferPointer(rebasing: bytes)
    if !typographic {
      // Folding is then ASCII lower-casing alone, which the form does (on its bits, for a
      // short word); the table is asked by the form.
      lower = LowerForm(lowercasing: raw)
      if let listed = wordFlags.value(of: lower) {
        flags = listed
      } else if hyphenated {
        // Unlisted, a word has no flags unless it is a compound ("three-year").
        flags = WordFlags.compoundFlags(lower.string, hyphenated: true)
      }
    } else if kind != .word {
      // A typographic mark (or a possessive ’s): only words keep flags, so the folded form
      // alone is needed, without the table.
      lower = LowerForm(Self.fold(bytes))
    } else {
      // Perhaps with a curly apostrophe: folded on the stack first, so that a common word
      // still comes from the table and only other words make a string. (The closure reads a
      // local: capturing the tokenizer copied it, retaining the table's arrays.)
      let table = wordFlags
      (lower, flags) = Self.withFolded(bytes) { folded in
        if let (word, listed) = table.entry(bytes: folded) { return (word, listed) }
        // Not in the table: only a compound can still have flags (no second look-up).
        let lower = String(decoding: folded, as: UTF8.self)
        return (LowerForm(lower), WordFlags.compoundFlags(lower, hyphenated: hyphenated))
      }
    }
    // Built in place: a token held in a local first is copied into the array, then destroyed.
    output.append(
      Token(
        start: start, end: end, kind: kind, bytes: bytes, lower: lower, paragraph: paragraph,
        flags: kind == .word ? flags : [], hyphenated: hyphenated))
  }

  /// ASCII lower case with ’ and ‘ folded to ' so tables can be written with plain
  /// apostrophes.
  static func fold(_ text: String) -> String {
    // A small ASCII string (most look-up keys) is folded on its bits: it holds no ’, so
    // folding is lower-casing its capitals, if it has any.
    if let (words, count) = LowerForm(smallASCII: text)?.shortASCIIBytes {
      if ByteLanes.upper(words.0) | ByteLanes.upper(words.1) == 0 { return text }
      return LowerForm(lowercasingPacked: words, count: count).string
    }
    var text = text
    return text.withUTF8 { bytes in
      // Already folded (most look-up keys are): the same string, no new one.
      if !bytes.contains(where: { ByteClass.isUpper($0) || $0 == 0xE2 }) { return nil }
      return fold(bytes[...])
    } ?? text
  }

  static func fold(_ bytes: Slice<ByteClass.Bytes>) -> String {
    // Short ASCII (most words of names and roles) folds by lower-casing alone, on the bits.
    if let form = LowerForm.shortASCII(lowercasing: UnsafeBufferPointer(rebasing: bytes)) {
      return form.string
    }
    return withFolded(bytes) { String(decoding: $0, as: UTF8.self) }
  }

  /// Runs `body` with the folded bytes of `bytes` in a temporary buffer.
  static func withFolded<Result>(
    _ bytes: Slice<ByteClass.Bytes>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, bytes.count)) { output in
      var written = 0
      var index = bytes.startIndex
      while index < bytes.endIndex {
        let byte = bytes[index]
        if byte == 0xE2, index + 2 < bytes.endIndex, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x99 || bytes[index + 2] == 0x98
        {
          output[written] = 39
          written += 1
          index += 3
          continue
        }
        output[written] = ByteClass.isUpper(byte) ? byte + 32 : byte
        written += 1
        index += 1
      }
      return body(UnsafeBufferPointer(rebasing: output[..<written]))
    }
  }
}
