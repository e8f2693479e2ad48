import Testing

@testable import NewsReader

/// The scanners test eight bytes at a time (`ByteLanes`) and make most tokens from packed
/// bytes; each must answer exactly as the byte-at-a-time test it stands for.
@Suite struct ByteLanesTests {
  /// A word with `byte` in lane `lane` and `filler` in every other lane.
  private func word(_ byte: UInt8, lane: Int, filler: UInt8) -> UInt64 {
    var word = ByteLanes.broadcast(filler)
    word &= ~(UInt64(0xFF) << (lane * 8))
    return word | UInt64(byte) << (lane * 8)
  }

  private func isSet(_ lanes: UInt64, _ lane: Int) -> Bool { lanes >> (lane * 8 + 7) & 1 == 1 }

  @Test func everyByteInEveryLaneIsClassedAsAlone() {
    for filler: UInt8 in [0, 0x20, 0x41, 0x7A, 0x80, 0xC3, 0xFF] {
      for lane in 0..<8 {
        for value in 0...255 {
          let byte = UInt8(value)
          let lanes = word(byte, lane: lane, filler: filler)
          #expect(isSet(ByteLanes.equal(lanes, 10), lane) == (byte == 10))
          #expect(isSet(ByteLanes.equal(lanes, 0xE2), lane) == (byte == 0xE2))
          #expect(
            isSet(ByteLanes.asciiLetterOrDigit(lanes), lane)
              == (ByteClass.isASCIILetter(byte) || ByteClass.isDigit(byte)))
          guard byte < 0x80, filler < 0x80 else { continue }
          #expect(isSet(ByteLanes.upper(lanes), lane) == ByteClass.isUpper(byte))
          #expect(isSet(ByteLanes.lower(lanes), lane) == ByteClass.isLower(byte))
        }
      }
    }
  }

  @Test func newlinesAreFoundWherever() {
    let text = Array("ab\ncdefghijklmnopq\nrst".utf8)
    text.withUnsafeBufferPointer { bytes in
      #expect(ByteLanes.firstNewline(bytes, from: 0, to: bytes.count) == 2)
      #expect(ByteLanes.firstNewline(bytes, from: 3, to: bytes.count) == 18)
      #expect(ByteLanes.firstNewline(bytes, from: 3, to: 10) == 10)
      #expect(ByteLanes.firstNewline(bytes, from: 19, to: bytes.count) == bytes.count)
    }
  }

  @Test func packedTokensMatchTokensMadeFromStrings() {
    // Short ASCII tokens are made on packed bytes; their case facts, hyphen, form and flags
    // must be those of the same token made from its strings.
    let text =
      "NATO and the U.S. said Monday's KCNA-style three-year talks, x A aB Ab AB ABC a-b "
      + "well-known 3,200 4.8% the EU's NEW-YORKERS McDonald O'Brien "
      + "a fifteen-bytes twelvelettersx, end"
    let tokens = TextBuffer.withBuffer(text) { buffer in
      var tokens: [Token] = []
      Tokenizer(buffer: buffer).tokens(from: 0, to: buffer.count, paragraph: 0, into: &tokens)
      return tokens.map { ($0, buffer.text($0)) }
    }
    #expect(tokens.count > 30)
    for (token, written) in tokens {
      let folded = Tokenizer.fold(written)
      let reference = Token(
        start: token.start, end: token.end, kind: token.kind, written: written, lower: folded,
        paragraph: 0)
      #expect(token.lower == folded, "\(written)")
      #expect(token.isCapitalized == reference.isCapitalized, "\(written)")
      #expect(token.isAllCaps == reference.isAllCaps, "\(written)")
      #expect(token.startsLower == reference.startsLower, "\(written)")
      #expect(token.isHyphenated == reference.isHyphenated, "\(written)")
      let flags: WordFlags =
        token.kind == .word ? WordFlags.of(folded, hyphenated: written.utf8.contains(45)) : []
      #expect(token.flags == flags, "\(written)")
    }
  }

  @Test func foldingIsLowerCasingAndPlainApostrophes() {
    // Small ASCII strings fold on their bits; every other string by its bytes.
    let texts = [
      "", "a", "the", "ABC", "McDonald", "fifteen-letter!", "FIFTEEN-LETTERS", "sixteen-letters!",
      "O’Brien", "‘Quoted’", "Müller", "ÉCOLE", "x1-Y2", "@[`{", String(repeating: "Ab", count: 20),
    ]
    for text in texts {
      var expected = ""
      for scalar in text.unicodeScalars {
        if scalar == "’" || scalar == "‘" {
          expected += "'"
        } else if scalar.isASCII, ByteClass.isUpper(UInt8(scalar.value)) {
          expected.unicodeScalars.append(Unicode.Scalar(UInt8(scalar.value) + 32))
        } else {
          expected.unicodeScalars.append(scalar)
        }
      }
      #expect(Tokenizer.fold(text) == expected, "\(text)")
    }
  }

  @Test func scalarOffsetsCountScalarsInAnyBlock() {
    // ASCII blocks take a shortcut; blocks with multi-byte scalars are counted.
    // Non-ASCII at a block's start, middle and end, and in the last, partial block.
    let text =
      "é" + String(repeating: "plain ascii text ", count: 9) + "Müller said “no” — "
      + String(repeating: "more plain text ", count: 9) + "a“b" + String(repeating: "x", count: 61)
      + "ü" + String(repeating: "tail ", count: 5) + "é"
    let expected = Array(text.unicodeScalars)
    TextBuffer.withBuffer(text) { buffer in
      var scalars = 0
      var offset = 0
      for scalar in expected {
        #expect(buffer.scalarOffset(offset) == scalars)
        offset += String(scalar).utf8.count
        scalars += 1
      }
      #expect(buffer.scalarOffset(buffer.count) == expected.count)
    }
  }
}

/// Numbers and dates read without the string library must give what it gives.
@Suite struct DigitReadingTests {
  @Test func numberValuesAreThoseOfDoubleParsing() {
    var random = SplitMix(seed: 7)
    var texts = ["0", "7", "3,200", "4.8", "137.3", "0.1", "1.2610", "999999999999999", "0.000001"]
    for _ in 0..<2000 {
      let whole = String(random.next() % 100_000_000)
      let fraction = String(random.next() % 10_000_000)
      texts.append(random.next() % 2 == 0 ? whole : whole + "." + fraction)
    }
    texts += ["12345678901234567", "1.23456789012345678", "1,234,567.5"]
    for text in texts {
      let plain = text.filter { $0 != "," }
      #expect(NumberExtractor.value(ofDigits: text) == Double(plain), "\(text)")
      for exponent in [2, 3, 6, 9, 12] {
        #expect(
          NumberExtractor.value(ofDigits: text, timesTenTo: exponent)
            == Double(plain + "e" + String(exponent)), "\(text)e\(exponent)")
      }
    }
  }

  @Test func isoFormsAreThoseOfPadding() {
    for (year, month, day) in [(2025, 3, 1), (999, 12, 31), (12, 1, 9), (0, 0, 0), (9999, 99, 99)] {
      #expect(
        DateExtractor.isoMonth(year, month)
          == "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))")
      #expect(
        DateExtractor.isoDay(year, month, day)
          == CalendarDate(year: year, month: month, day: day).isoString)
    }
    #expect(DateExtractor.isoMonth(12345, 1) == "12345-01")
    #expect(DateExtractor.isoMonth(-5, 1) == "00-5-01")
  }
}

/// Headings are told by a word count read eight bytes at a time.
@Suite struct ShortLineTests {
  /// The byte-at-a-time count `ParagraphSplitter.isShortLine` stands for.
  private func reference(_ bytes: [UInt8]) -> Bool {
    var words = 0
    var inWord = false
    for byte in bytes {
      if byte == 10 { return false }
      let space = ByteClass.isSpace(byte)
      if !space && !inWord { words += 1 }
      inWord = !space
    }
    return words >= 1 && words <= 8
  }

  @Test func wordCountsMatchTheByteCount() {
    var random = SplitMix(seed: 11)
    let alphabet: [UInt8] = [32, 32, 32, 9, 10, 11, 12, 13, 97, 98, 65, 0xC3, 0xA9, 0xE2, 46, 0]
    for _ in 0..<5000 {
      let length = Int(random.next() % 90)
      // Mostly letters, so that many lines have a handful of words.
      let bytes = (0..<length).map { _ -> UInt8 in
        random.next() % 3 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : 120
      }
      let expected = reference(bytes)
      bytes.withUnsafeBufferPointer { buffer in
        #expect(ParagraphSplitter.isShortLine(buffer, from: 0, to: buffer.count) == expected)
      }
    }
  }
}
