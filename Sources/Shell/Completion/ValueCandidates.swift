import LineEditor
import QueryLanguage

/// Values from the loaded articles as completion candidates: bare when the lexer would read
/// them back as one plain value, else in double quotes with escapes.
enum ValueCandidates {
  /// `values` matching what is typed: a prefix of the value ignoring case, or of the quoted
  /// form when the user has opened a quote. Typographic apostrophes and dashes match plain ones.
  static func candidates(_ values: [String], matching partial: String) -> [Completion.Candidate] {
    let opened = partial.first.map { "\"'“‘".contains($0) } ?? false
    let typed = fold(opened ? String(partial.dropFirst()) : partial)
    return values.filter { fold($0).hasPrefix(typed) }.map { value in
      let bare = !opened && isBare(value)
      let text = bare ? value : quoted(value)
      return Completion.Candidate(text + " ", display: text)
    }
  }

  /// True when `value` lexes back as exactly one word or number that is not a keyword.
  static func isBare(_ value: String) -> Bool {
    let tokens = Lexer.tokenize(value).filter { !$0.isEnd }
    guard tokens.count == 1, let token = tokens.first, token.keyword == nil,
      token.range.start == 0, token.range.end == value.utf8.count
    else { return false }
    switch token.kind {
    case .word, .integer, .decimal, .date: return true
    default: return false
    }
  }

  static func quoted(_ value: String) -> String {
    var text = "\""
    for character in value {
      switch character {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      default: text.append(character)
      }
    }
    return text + "\""
  }

  private static func fold(_ text: String) -> String {
    String(
      text.lowercased().map { character -> Character in
        switch character {
        case "’", "‘": "'"
        case "“", "”": "\""
        case "–", "—": "-"
        default: character
        }
      })
  }
}
