import NewsModel
import NewsReader
import Testing

/// Odd inputs must give a model, never a crash.
@Suite struct RobustnessTests {
  static let oddInputs = [
    "", " ", "\n\n\n", " date 2025-05-06 SEOUL:", " date 2025-13-45 SEOUL: Text.",
    "\"", "“", "”", "\"\"", "“”", "Hello \"", "A \"b\" c \"d", "SEOUL:", "LONDON, (Reuters) -",
    "The end.\r\n\r\nNext paragraph.\r\n", "Mr. Dr. St. U.S.", "3.", "$", "$.", "-", "--",
    "'s", "’s", "The the the the", "A group.", "the North", "According to", "said", "\"x,\" said",
    "Kim said:", "“It is,“", "one", "nine million", "last", "last week", "Monday", "May",
    "Jan. 1", "(", "(X)", "Org Group (OG", "Ünïcödé Ñame said \"ok\".", "😀 emoji “quote” 😀",
    "\t\ttabbed\tline\t", "ALLCAPS HEADLINE\n\nBody text here.",
  ]

  @Test(arguments: oddInputs)
  func oddInput(_ text: String) {
    let article = ArticleReader().read(text: text, path: "odd.txt")
    let scalars = text.unicodeScalars.count
    for paragraph in article.paragraphs {
      #expect(paragraph.span.start >= 0 && paragraph.span.end <= scalars)
    }
    for quote in article.quotes {
      #expect(ScalarSlice.text(text, quote.span) == quote.text)
    }
  }

  @Test func mutatedReferenceArticle() throws {
    let text = try RepoFiles.text("examples/articles/kim-shoigu.txt")
    let scalars = Array(text.unicodeScalars)
    var generator = SplitMix(seed: 7)
    let inserts: [Unicode.Scalar] = ["\"", "“", "”", ".", ",", "\n", " ", "’", "-", "("]
    for _ in 0..<60 {
      var mutated = scalars
      for _ in 0..<8 {
        let position = Int(generator.next() % UInt64(mutated.count))
        if generator.next() % 2 == 0 {
          mutated.remove(at: position)
        } else {
          mutated.insert(inserts[Int(generator.next() % UInt64(inserts.count))], at: position)
        }
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: mutated)
      let variant = String(view)
      let article = ArticleReader().read(text: variant, path: "m.txt")
      for quote in article.quotes {
        #expect(ScalarSlice.text(variant, quote.span) == quote.text)
      }
      for mention in article.mentions {
        #expect(ScalarSlice.text(variant, mention.span) == mention.text)
      }
    }
  }
}

/// A small deterministic random generator, so failures reproduce.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
