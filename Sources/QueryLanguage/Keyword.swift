/// The reserved words of the language. Matched case-insensitively (`WHERE` works).
///
/// `count` is deliberately not here: after `group by` it is a column name, and `count()` is
/// recognised by the parentheses that follow it.
public enum Keyword: String, Hashable, Sendable, CaseIterable {
  case `where`, group, by, order, asc, desc, limit, offset, select
  case and, or, not
  case contains, starts, ends, with, matches, `in`, `is`, null

  /// The keyword spelled by `text`, ignoring ASCII case.
  public init?(_ text: String) {
    // Keywords are short ASCII words: skip the lowercasing for anything else.
    guard text.utf8.count <= 8 else { return nil }
    let lowercase = text.utf8.allSatisfy { !($0 >= 0x41 && $0 <= 0x5A) }
    guard let keyword = Keyword.byName[lowercase ? text : Keyword.asciiLowercased(text)] else {
      return nil
    }
    self = keyword
  }

  /// A hash lookup beats the synthesized `init(rawValue:)`, which compares with every case.
  private static let byName = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

  /// Words that begin a clause, in the order the clauses must appear.
  static let clauseOrder: [Keyword] = [.where, .group, .order, .limit, .offset, .select]

  /// True when a statement ending in this word is waiting for more (`where`, `and`, `by`…).
  var expectsMore: Bool {
    switch self {
    case .asc, .desc, .null: false
    default: true
    }
  }

  static func asciiLowercased(_ text: String) -> String {
    String(
      decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
  }
}
