import QueryLanguage
import Testing

/// Random mixes of the language's pieces (and broken pieces) must never crash the lexer,
/// parser, splitter or completeness check, and every range they report must lie inside the
/// text, in order.
@Suite struct RobustnessTests {
  /// A small deterministic generator, so a failure can be replayed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state
    }
  }

  static let pieces = [
    "quotes", " where ", "speaker", " = ", "Kim", " Jong", " and ", " or ", " not ", "(", ")",
    "\"", "'", "“", "”", "‘", "’", "\\", "\\u{", "}", "\n", ";", "#", ".", ",", " in ", " is ",
    "null", " group by ", " order by ", " limit ", " offset ", " select ", "count()", "-",
    "2024-05", "4.8", "12", "é", "서울", "😀", "=<", "!", " contains ", " starts with ", "\t",
    ".mode json\n", "\r\n", "\u{00A0}",
  ]

  @Test func randomInputsNeverCrash() {
    var generator = Generator(state: 42)
    for _ in 0..<3_000 {
      let count = Int.random(in: 0...14, using: &generator)
      let source = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }
        .joined()
      let size = source.utf8.count
      let tokens = Lexer.tokenize(source)
      #expect(tokens.last?.isEnd == true)
      var previousEnd = 0
      for token in tokens {
        #expect(token.range.start >= previousEnd && token.range.end <= size, "\(source)")
        previousEnd = token.range.end
      }
      _ = StatementCompleteness.isComplete(source)
      var itemEnd = 0
      for item in ScriptSplitter.split(source) {
        #expect(item.range.start >= itemEnd && item.range.end <= size, "\(source)")
        #expect(item.range.start < item.range.end, "\(source)")
        itemEnd = item.range.end
        guard item.kind == .statement else { continue }
        do {
          let query = try Parser.parseQuery(source, range: item.range)
          _ = ASTDump.dump(query)
        } catch {
          #expect(error.range.start >= item.range.start, "\(source)")
          #expect(error.range.end <= item.range.end, "\(source)")
          #expect(!error.message.isEmpty)
        }
      }
    }
  }
}
