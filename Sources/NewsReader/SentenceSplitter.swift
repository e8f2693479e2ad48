/// Splits one paragraph into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes or brackets glued to it)
/// followed by a space and a capital, digit or opening quote. It does not end after an
/// abbreviation ("Dr.", "Jan.", "U.S."), a single initial ("John F. Kennedy"), inside a decimal
/// ("4.8") or between a quoted exclamation or question and its attribution
/// (`"Why now?" she asked.`).
struct SentenceSplitter {
  let buffer: TextBuffer

  func split(start: Int, end: Int) -> [Range<Int>] {
    let bytes = buffer.bytes
    var result: [Range<Int>] = []
    var sentenceStart = start
    var index = start
    while index < end {
      let byte = bytes[index]
      var terminatorEnd = -1
      if byte == 46 || byte == 33 || byte == 63 {
        terminatorEnd = index + 1
      } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
        terminatorEnd = index + 3
      }
      if terminatorEnd < 0 {
        index += 1
        continue
      }
      var after = terminatorEnd
      while after < end {
        let next = bytes[after]
        if next == 46 || next == 33 || next == 63 || next == 34 || next == 41 || next == 39
          || next == 93
        {
          after += 1
        } else if ByteClass.punctuationLength(bytes, after) == 3,
          [0x9D, 0x9C, 0x99, 0xA6].contains(bytes[after + 2])
        {
          after += 3
        } else {
          break
        }
      }
      if isBoundary(terminator: index, after: after, end: end, sentenceStart: sentenceStart) {
        result.append(sentenceStart..<after)
        var next = after
        while next < end, ByteClass.isSpace(bytes[next]) { next += 1 }
        sentenceStart = next
        index = next
      } else {
        index = after
      }
    }
    if sentenceStart < end {
      result.append(sentenceStart..<end)
    }
    return result
  }

  private func isBoundary(terminator: Int, after: Int, end: Int, sentenceStart: Int) -> Bool {
    let bytes = buffer.bytes
    guard after < end, ByteClass.isSpace(bytes[after]) || ByteClass.isNoBreakSpace(bytes, after)
    else { return false }
    var next = after
    while next < end, ByteClass.isSpace(bytes[next]) || ByteClass.isNoBreakSpace(bytes, next) {
      next += ByteClass.isNoBreakSpace(bytes, next) ? 2 : 1
    }
    guard next < end else { return false }
    guard startsSentence(at: next, end: end) else { return false }
    if bytes[terminator] == 46 {
      let word = wordBefore(terminator, floor: sentenceStart)
      if word.isEmpty { return true }
      if Abbreviations.words.contains(word) { return false }
      // A single capital letter is an initial; "U.S" style dotted words end in one too.
      let letters = word.utf8.filter { ByteClass.isASCIILetter($0) }
      if letters.count == 1, let first = letters.first, ByteClass.isUpper(first) { return false }
      if word.utf8.contains(46) { return false }
      return true
    }
    if bytes[terminator] == 33 || bytes[terminator] == 63 {
      // "Why now?" she asked. / "Stop!" Jones shouted.
      if after > terminator + 1, attributionFollows(from: next, end: end) { return false }
    }
    return true
  }

  private func startsSentence(at index: Int, end: Int) -> Bool {
    let bytes = buffer.bytes
    let byte = bytes[index]
    if ByteClass.isUpper(byte) || ByteClass.isDigit(byte) { return true }
    if byte == 34 || byte == 40 || byte == 39 || byte == 91 || byte == 96 { return true }
    if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80 {
      return [0x9C, 0x98, 0x94, 0x93].contains(bytes[index + 2])
    }
    if byte == 0xC3, index + 1 < end { return bytes[index + 1] <= 0x9E }
    return false
  }

  /// The letters and dots immediately before `index`.
  private func wordBefore(_ index: Int, floor: Int) -> String {
    let bytes = buffer.bytes
    var start = index
    while start > floor, ByteClass.isASCIILetter(bytes[start - 1]) || bytes[start - 1] == 46 {
      start -= 1
    }
    return buffer.string(start, index)
  }

  /// Whether one to three words and then a speech verb follow ("she asked", "said Jones").
  private func attributionFollows(from start: Int, end: Int) -> Bool {
    let bytes = buffer.bytes
    var index = start
    var words = 0
    while index < end, words < 4 {
      while index < end, bytes[index] == 32 { index += 1 }
      let wordStart = index
      while index < end, ByteClass.isASCIILetter(bytes[index]) { index += 1 }
      guard index > wordStart else { return false }
      let word = Tokenizer.fold(buffer.string(wordStart, index))
      if CueWords.verbs[word] != nil { return true }
      words += 1
    }
    return false
  }
}
