import Testing

@testable import NewsReader

/// `LowerForm` keeps a token's lower-cased form as plain bits; every kind of string (short,
/// literal, long and built at run time) must come back equal, and a long one must outlive
/// the string it was made from.
@Suite struct LowerFormTests {
  @Test func shortAndLiteralFormsComeBack() {
    let built = String(decoding: Array("minister".utf8), as: UTF8.self)
    #expect(LowerForm(built).string == "minister")
    #expect(
      LowerForm("a literal longer than fifteen bytes").string
        == "a literal longer than fifteen bytes")
    #expect(LowerForm("").string.isEmpty)
    #expect(LowerForm("ça").string == "ça")
  }

  @Test func longFormOutlivesItsSource() {
    var forms: [LowerForm] = []
    for index in 0..<200 {
      // Built at run time and dropped at once: only the interned copy can keep it alive.
      let word = String(repeating: "intergovernmental", count: 2) + String(index)
      forms.append(LowerForm(word))
    }
    for (index, form) in forms.enumerated() {
      #expect(form.string == String(repeating: "intergovernmental", count: 2) + String(index))
    }
    let again = LowerForm(String(repeating: "intergovernmental", count: 2) + "7")
    #expect(again.string == forms[7].string)
  }

  @Test func tokenGivesItsLowerFormBack() {
    let long = String(repeating: "counterintelligence", count: 2)
    let token = Token(
      start: 0, end: long.utf8.count, kind: .word, written: long.uppercased(), lower: long,
      paragraph: 0)
    let copies = Array(repeating: token, count: 100)
    #expect(copies.allSatisfy { $0.lower == long })
    #expect(token.isAllCaps)
  }

  /// The bits `LowerForm.equals` relies on: short ASCII strings carry the small-ASCII tag and
  /// the same text always gets the same bits, however it was made.
  @Test func shortASCIIStringsAreTheirBits() {
    func bits(_ string: String) -> (UInt64, UInt64) {
      unsafeBitCast(string, to: (UInt64, UInt64).self)
    }
    #expect(bits("of").1 & LowerForm.tagMask == LowerForm.smallASCIITag)
    #expect(bits("fifteen bytes!!").1 & LowerForm.tagMask == LowerForm.smallASCIITag)
    #expect(bits("ça").1 & LowerForm.tagMask != LowerForm.smallASCIITag)
    #expect(bits("sixteen bytes!!!").1 & LowerForm.tagMask != LowerForm.smallASCIITag)
    let built = String(decoding: Array("of".utf8), as: UTF8.self)
    #expect(bits(built) == bits("of"))
    var grown = "o"
    grown.append("f")
    #expect(bits(grown) == bits("of"))
    #expect(bits(String("xofx".dropFirst().dropLast())) == bits("of"))
  }

  @Test func equalsAnswersAsEquality() {
    let long = String(repeating: "counterintelligence", count: 2)
    let words = [
      "of", "on", "off", "", ".", "'", "’", "”", "ça", "c\u{327}a", "K", "\u{212A}", ";",
      "\u{37E}", long, long + "s", String(decoding: Array("of".utf8), as: UTF8.self),
    ]
    for form in words {
      for word in words {
        #expect(LowerForm(form).equals(word) == (form == word), "\(form) vs \(word)")
      }
    }
  }

  /// Forms made straight from bytes must be the very strings folding would have built.
  @Test func formsFromBytesAreTheFoldedStrings() {
    func bits(_ string: String) -> (UInt64, UInt64) {
      unsafeBitCast(string, to: (UInt64, UInt64).self)
    }
    var words = ["", "a", "The", "U.S.", "NATO", "three-year", "O'Brien", "Müller", "ça", "’s"]
    let alphabet = Array("AbCdEfGhIjKlMnOpQrStU")
    for length in 0...alphabet.count { words.append(String(alphabet.prefix(length))) }
    for word in words {
      let folded = Tokenizer.fold(word)
      let form = Array(word.utf8).withUnsafeBufferPointer { LowerForm(lowercasing: $0) }
      if word.utf8.contains(0xE2) { continue }  // the tokenizer folds those on the slow path
      #expect(form.string == folded, "\(word)")
      #expect(bits(form.string) == bits(LowerForm(folded).string), "\(word)")
    }
  }

  /// `Tokenizer.fold` against folding written out byte by byte: the same strings, bit for bit.
  @Test func foldIsByteFolding() {
    func reference(_ text: String) -> String {
      var out: [UInt8] = []
      let bytes = Array(text.utf8)
      var index = 0
      while index < bytes.count {
        if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
          bytes[index + 2] == 0x98 || bytes[index + 2] == 0x99
        {
          out.append(39)
          index += 3
          continue
        }
        out.append(ByteClass.isUpper(bytes[index]) ? bytes[index] + 32 : bytes[index])
        index += 1
      }
      return String(decoding: out, as: UTF8.self)
    }
    let texts = [
      "", "A", "The", "Korean Central News Agency", "O’Brien", "MÜLLER", "Jae-myung", "U.S.",
      "ABCDEFGHIJKLMNO", "ABCDEFGHIJKLMNOP", "already folded", "@[`{", "ZZZ’s",
    ]
    for text in texts {
      let folded = Tokenizer.fold(text)
      #expect(folded == reference(text), "\(text)")
      if folded.utf8.count <= 15 {
        let bits = unsafeBitCast(folded, to: (UInt64, UInt64).self)
        let expected = unsafeBitCast(reference(text), to: (UInt64, UInt64).self)
        #expect(bits == expected, "\(text)")
      }
    }
  }
}
