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
    // Room for a typical paragraph's sentences at once: growing from empty reallocated the
    // array two or three times per paragraph.
    result.reserveCapacity(4)
    var sentenceStart = start
    var index = start
    while index < end {
      index = Self.nextCandidate(bytes, from: index, to: end)
      guard index < end else { break }
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
          Self.isClosingMarkOrEllipsis(bytes[after + 2])
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

  /// The first index from `start` holding `.`, `!`, `?` or a byte from 0x80 up (0xE2 leads
  /// `…`; the caller passes over the others), or `end`: the only bytes a sentence can end at,
  /// looked for eight at a time.
  @inline(__always)
  private static func nextCandidate(_ bytes: ByteClass.Bytes, from start: Int, to end: Int) -> Int {
    var index = start
    while index + 8 <= end {
      let word = ByteLanes.load(bytes, index)
      let found =
        ByteLanes.equal(word, 46) | ByteLanes.equal(word, 33) | ByteLanes.equal(word, 63)
        | (word & ByteLanes.high)
      if found != 0 { return index + ByteLanes.firstLane(found) }
      index += 8
    }
    while index < end {
      let byte = bytes[index]
      if byte == 46 || byte == 33 || byte == 63 || byte >= 0x80 { return index }
      index += 1
    }
    return end
  }

  /// The third byte of ” “ ’ or …, which a sentence's terminator can carry after it.
  private static func isClosingMarkOrEllipsis(_ third: UInt8) -> Bool {
    third == 0x9D || third == 0x9C || third == 0x99 || third == 0xA6
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
      let wordStart = wordBefore(terminator, floor: sentenceStart)
      if wordStart == terminator { return true }
      let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<terminator])
      if Abbreviations.words.contains(bytes: word) { return false }
      // A single capital letter is an initial; "U.S" style dotted words end in one too. (The
      // word is letters and dots: the first non-dot is the first letter.)
      var letters = 0
      var firstLetter: UInt8 = 0
      for byte in word where byte != 46 {
        if letters == 0 { firstLetter = byte }
        letters += 1
      }
      if letters == 1, ByteClass.isUpper(firstLetter) { return false }
      if letters < word.count { return false }
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
      let third = bytes[index + 2]
      return third == 0x9C || third == 0x98 || third == 0x94 || third == 0x93
    }
    if byte == 0xC3, index + 1 < end { return bytes[index + 1] <= 0x9E }
    return false
  }

  /// Where the letters and dots immediately before `index` start.
  private func wordBefore(_ index: Int, floor: Int) -> Int {
    let bytes = buffer.bytes
    var start = index
    while start > floor, ByteClass.isASCIILetter(bytes[start - 1]) || bytes[start - 1] == 46 {
      start -= 1
    }
    return start
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
