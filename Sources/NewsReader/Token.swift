/// One token of paragraph text: a word, a number, a possessive `'s`, a quotation mark, a dash
/// or another punctuation mark, with byte offsets into the article.
struct Token {
  enum Kind: Equatable {
    case word
    case number
    /// The `'s` / `’s` split off a possessive ("Moscow's" → "Moscow" + "'s").
    case possessive
    /// A double quotation mark (straight or curly); which ones open or close is decided by
    /// `QuoteFinder`, not here.
    case quote
    case dash
    case punct
  }

  var start: Int
  var end: Int
  var kind: Kind
  /// The token as written.
  var text: String
  /// Lower-cased (ASCII) form with typographic apostrophes folded, used for table lookups.
  var lower: String
  var paragraph: Int
  var sentence: Int = 0
  /// Index of the quote whose text contains this token, or -1.
  var quote: Int = -1

  /// First letter is upper case.
  var isCapitalized: Bool {
    guard kind == .word, let first = text.utf8.first else { return false }
    if ByteClass.isUpper(first) { return true }
    // Latin-1 capitals (À..Þ) are encoded C3 80..C3 9E.
    if first == 0xC3, text.utf8.count > 1 {
      let second = text.utf8[text.utf8.index(after: text.utf8.startIndex)]
      return second >= 0x80 && second <= 0x9E && second != 0x97
    }
    return false
  }

  /// Two or more letters, all upper case ("NATO", "KCNA").
  var isAllCaps: Bool {
    guard kind == .word else { return false }
    var letters = 0
    for byte in text.utf8 {
      if ByteClass.isLower(byte) { return false }
      if ByteClass.isUpper(byte) { letters += 1 }
    }
    return letters >= 2
  }

  var isWord: Bool { kind == .word }

  func isPunct(_ character: String) -> Bool { kind == .punct && text == character }
}
