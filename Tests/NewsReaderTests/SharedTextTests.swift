import NewsModel
import NewsReader
import Testing

/// The model's texts are slices of the article's text (`TextSlice`); spans are counted in
/// scalars, eight bytes at a time. Both must give back exactly the words of the source.
@Suite struct SharedTextTests {
  /// Curly marks, accents, a no-break space and an emoji spread across more than one
  /// 64-byte checkpoint block, so that byte and scalar offsets part early and often.
  static let body =
    "Ángel Núñez, the café’s owner, said: “Prices rose 4.8% — again.” "
    + "Müller\u{00A0}replied later 🙂 that the Zürich branch would stay open.\n\n"
    + "“It’s fine,” said Ólafur Jóhannsson, who runs the bakery next door in Reykjavík."

  @Test func elementTextsMatchTheirSpans() {
    let article = Reading.article(Self.body)
    let text = article.text
    #expect(!article.sentences.isEmpty)
    for sentence in article.sentences {
      #expect(ScalarSlice.text(text, sentence.span) == sentence.text)
    }
    for paragraph in article.paragraphs {
      #expect(ScalarSlice.text(text, paragraph.span) == paragraph.text)
    }
    #expect(!article.quotes.isEmpty)
    for quote in article.quotes {
      #expect(ScalarSlice.text(text, quote.span) == quote.text)
    }
    for mention in article.mentions {
      #expect(ScalarSlice.text(text, mention.span) == mention.text)
    }
  }

  @Test func slicesCompareByTheirText() {
    let whole = TextSlice("said the minister")
    let source = SharedText("the minister said the minister")
    let slice = TextSlice(source, utf8Start: 13, utf8End: 30)
    #expect(slice.string == "said the minister")
    #expect(slice == whole)
    #expect(slice.hashValue == whole.hashValue)
    #expect(TextSlice(source, utf8Start: 4, utf8End: 4).string.isEmpty)
  }

  @Test func elementsBuiltByHandOrFromSlicesAreEqual() {
    let source = SharedText("Intro. The port reopened.")
    let span = TextSpan(start: 7, end: 25)
    let sliced = Sentence(
      text: TextSlice(source, utf8Start: 7, utf8End: 25), span: span, paragraph: 0)
    var written = Sentence(text: "The port reopened.", span: span, paragraph: 0)
    #expect(sliced == written)
    written.text = "Changed."
    #expect(written.text == "Changed.")
    #expect(sliced != written)
  }
}
