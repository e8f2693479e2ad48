/// Cuts the body into blocks and sorts them into headings and paragraphs.
///
/// Blocks are separated by blank lines. When the body has no blank line at all, every
/// non-empty line is a block instead (one-paragraph-per-line files). A heading is a block of
/// at most eight words with no closing punctuation; the block that carries the header line is
/// always a paragraph.
struct ParagraphSplitter {
  struct Block {
    var start: Int
    var end: Int
    var isHeading: Bool
  }

  let buffer: TextBuffer

  /// Hands each block to `body` in text order, as it is found: no list of them is kept (on one
  /// long document it would live as long as the read).
  func forEachBlock(from bodyStart: Int, headerOnFirstLine: Bool, _ body: (Block) -> Void) {
    let bytes = buffer.bytes
    let end = bytes.count
    let lineMode = !hasBlankLine(from: bodyStart)
    var found = 0
    func emit(_ start: Int, _ end: Int) {
      var block = Block(start: start, end: end, isHeading: false)
      let isFirst = found == 0 && headerOnFirstLine
      block.isHeading = !isFirst && isHeading(block)
      found += 1
      body(block)
    }
    var blockStart = -1
    var lastContent = bodyStart
    var index = bodyStart
    var lineHasContent = false
    var lineStart = bodyStart
    while index <= end {
      if index < end, bytes[index] != 10 {
        // The rest of the line, up to its break, found eight bytes at a time: inside a line
        // only its first and last content bytes matter (where a block starts, where it ends).
        let lineEnd = ByteLanes.firstNewline(bytes, from: index, to: end)
        var first = index
        while first < lineEnd, ByteClass.isSpace(bytes[first]) { first += 1 }
        if first < lineEnd {
          if !lineHasContent && blockStart < 0 { blockStart = first }
          lineHasContent = true
          var last = lineEnd
          while ByteClass.isSpace(bytes[last - 1]) { last -= 1 }
          lastContent = last
        }
        index = lineEnd
        continue
      }
      let atEnd = index == end
      let byte: UInt8 = atEnd ? 10 : bytes[index]
      if byte == 10 {
        if !lineHasContent || lineMode || atEnd {
          // A blank line (or every line break in line mode) closes the open block.
          if lineMode && lineHasContent && blockStart < 0 { blockStart = lineStart }
          if blockStart >= 0 {
            emit(blockStart, lastContent)
            blockStart = -1
          }
        }
        lineHasContent = false
        lineStart = index + 1
      }
      index += 1
    }
  }

  /// Whether `bytes[start..<end]` holds one to eight words (runs of non-space bytes) and no
  /// line break. Nine words are no heading, whatever follows: the scan stops there, so a
  /// paragraph costs a few words, read eight bytes at a time.
  static func isShortLine(_ bytes: ByteClass.Bytes, from start: Int, to end: Int) -> Bool {
    var words = 0
    // Whether the byte before the one looked at is a space (the block's start counts as one).
    var afterSpace = true
    var index = start
    while index + 8 <= end {
      let word = ByteLanes.load(bytes, index)
      if ByteLanes.equal(word, 10) != 0 { return false }
      let spaces = ByteLanes.space(word)
      // A word starts at a non-space lane after a space lane (or after the previous eight).
      var starts = ~spaces & ((spaces &<< 8) | (afterSpace ? 0x80 : 0)) & ByteLanes.high
      while starts != 0 {
        words += 1
        if words > 8 { return false }
        starts &= starts &- 1
      }
      afterSpace = spaces &>> 63 != 0
      index += 8
    }
    while index < end {
      let byte = bytes[index]
      if byte == 10 { return false }
      let space = ByteClass.isSpace(byte)
      if !space && afterSpace {
        words += 1
        if words > 8 { return false }
      }
      afterSpace = space
      index += 1
    }
    return words >= 1
  }

  private func hasBlankLine(from start: Int) -> Bool {
    let bytes = buffer.bytes
    var sawNewline = false
    var seenContent = false
    for index in start..<bytes.count {
      let byte = bytes[index]
      if byte == 10 {
        if sawNewline && seenContent { return true }
        sawNewline = true
      } else if !ByteClass.isSpace(byte) {
        sawNewline = false
        seenContent = true
      }
    }
    return false
  }

  private func isHeading(_ block: Block) -> Bool {
    let bytes = buffer.bytes
    guard Self.isShortLine(bytes, from: block.start, to: block.end) else { return false }
    let lastStart = ByteClass.previousScalarStart(bytes, block.end)
    let last = bytes[lastStart]
    switch last {
    case 46, 33, 63, 58, 59, 44, 34, 41: return false
    // "He said: 'It was great.'": a straight single mark after a full stop closes a sentence
    // ("Marlow: Package is 'fair'" stays a heading).
    case 39
    where lastStart > block.start
      && [46, 33, 63, 44].contains(bytes[lastStart - 1]):
      return false
    default: break
    }
    if ByteClass.punctuationLength(bytes, lastStart) == 3 {
      let mark = bytes[lastStart + 2]
      // Closing quotes and ellipsis close a sentence.
      if mark == 0x9D || mark == 0x99 || mark == 0xA6 || mark == 0x9C { return false }
    }
    return true
  }
}
