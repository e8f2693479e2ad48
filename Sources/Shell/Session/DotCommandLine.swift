import QueryLanguage

/// Splits a dot-command line into its name and arguments, each with its source range.
/// Arguments are separated by spaces; `"…"` or `'…'` quote one holding spaces.
enum DotCommandLine {
  static func words(in source: String, range: SourceRange) -> [Identifier] {
    let bytes = Array(source.utf8[index(source, range.start)..<index(source, range.end)])
    var words: [Identifier] = []
    var position = 0
    while position < bytes.count {
      while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 {
        position += 1
      }
      guard position < bytes.count else { break }
      let start = position
      var word: [UInt8] = []
      if bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
        let quote = bytes[position]
        position += 1
        while position < bytes.count, bytes[position] != quote {
          word.append(bytes[position])
          position += 1
        }
        position = min(position + 1, bytes.count)
      } else {
        while position < bytes.count, bytes[position] != 0x20, bytes[position] != 0x09 {
          word.append(bytes[position])
          position += 1
        }
      }
      words.append(
        Identifier(
          name: String(decoding: word, as: UTF8.self),
          range: SourceRange(start: range.start + start, end: range.start + position)))
    }
    return words
  }

  private static func index(_ source: String, _ offset: Int) -> String.Index {
    source.utf8.index(source.utf8.startIndex, offsetBy: min(offset, source.utf8.count))
  }
}
