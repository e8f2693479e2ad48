/// Counts whitespace-separated words over UTF-8 bytes, the `wc -w` definition: independent of
/// the reader, so words per second does not depend on what the reader thinks a word is.
enum WordCounter {
  static func count(_ text: String) -> Int {
    var words = 0
    var inWord = false
    for byte in text.utf8 {
      let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if !space && !inWord { words += 1 }
      inWord = !space
    }
    return words
  }
}
