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
    var generator = SplitMix(seed: 7)
    let inserts: [Unicode.Scalar] = ["\"", "“", "”", ".", ",", "\n", " ", "’", "-", "("]
    for _ in 0..<60 {
      let variant = generator.scramble(text, edits: 8, removingOneIn: 2, inserting: inserts)
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
