import NewsModel
import NewsReader
import Testing

/// One long text read in one go gives, part by part, what each part gives on its own: the
/// reader sizes its arrays from how far it has read, writes quotes as soon as the quote they
/// run on in closes, and hands its records to the model at the end, none of which may change
/// what it finds.
@Suite struct LongDocumentTests {
  /// Every quote has its speaker in its own paragraph or runs on from one that has; the numbers
  /// and dates do not depend on the article's date.
  private static let part = """
    Mayor Ines Varga said the bridge would carry 4,500 cars a day. "We are ready," Varga said.

    "It took six years," said Tomas Reyes, the chief engineer. "It was worth it.

    "Every bolt was checked twice."

    The council set aside 2.5 million for repairs in March 2031.
    """

  @Test func partsOfOneLongTextReadAsTheyDoAlone() {
    let alone = Reading.article(Self.part, date: nil)
    // Enough copies that every array the reader grows passes the size where it stops doubling.
    let copies = 400
    let long = Reading.article(
      Array(repeating: Self.part, count: copies).joined(separator: "\n\n"), date: nil)
    #expect(alone.quotes.count == 4)
    #expect(long.paragraphs.count == copies * alone.paragraphs.count)
    #expect(long.sentences.count == copies * alone.sentences.count)
    #expect(long.numbers.count == copies * alone.numbers.count)
    #expect(long.dates.count == copies * alone.dates.count)
    #expect(long.quotes.count == copies * alone.quotes.count)
    let speakers = alone.quotes.indices.map { Reading.speaker(alone, $0) }
    #expect(speakers == ["Ines Varga", "Tomas Reyes", "Tomas Reyes", "Tomas Reyes"])
    #expect(
      long.quotes.indices.map { Reading.speaker(long, $0) }
        == Array(
          Array(repeating: speakers, count: copies).joined()))
    #expect(
      long.quotes.map(\.cue)
        == Array(Array(repeating: alone.quotes.map(\.cue), count: copies).joined()))
    #expect(Reading.names(long, .person) == Reading.names(alone, .person))
    #expect(
      long.entities.map(\.mentionCount) == alone.entities.map { $0.mentionCount * copies })
    #expect(long.mentions.count == copies * alone.mentions.count)
  }

  /// Pieces of a quote still running on when the text ends are written all the same.
  @Test func quoteRunningOnAtTheEndIsKept() {
    let text =
      "\"We are ready,\" Mayor Ines Varga said.\n\n\"Nobody will stop us.\n\n\"Not this time."
    let article = Reading.article(text, date: nil)
    #expect(
      article.quotes.map(\.text) == ["We are ready,", "Nobody will stop us.", "Not this time."])
    let speakers = article.quotes.indices.map { Reading.speaker(article, $0) }
    #expect(speakers == ["Ines Varga", "Ines Varga", "Ines Varga"])
  }
}
