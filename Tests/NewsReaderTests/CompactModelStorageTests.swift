import NewsModel
import Testing

/// The model's packed layouts (`NumberFact`, `Quote`, `DateFact`) give back exactly what they
/// were given, including values the reader never writes.
@Suite struct CompactModelStorageTests {
  private let span = TextSpan(start: 3, end: 9)

  @Test(arguments: [
    "2025-05-01", "2025-03", "2024", "2025-W18", "0999", "999", "2025-5-1", "2025-05-40",
    "next spring", "", "2025-05-01T10:00",
  ])
  func dateKeepsResolvedForm(_ resolved: String) {
    let date = DateFact(text: "last Friday", span: span, sentence: 4, resolved: resolved)
    #expect(date.text == "last Friday")
    #expect(date.resolved == resolved)
    #expect(date.sentence == 4)
  }

  @Test func dateWithoutResolvedFormAndEdits() {
    var date = DateFact(text: "Friday", span: span, sentence: 0, resolved: nil)
    #expect(date.resolved == nil)
    date.resolved = "a while ago"
    date.text = "then"
    #expect(date.text == "then" && date.resolved == "a while ago")
    date.resolved = "2026-11-26"
    #expect(date.text == "then" && date.resolved == "2026-11-26")
    #expect(date != DateFact(text: "then", span: span, sentence: 0, resolved: "2026-11-27"))
  }

  @Test func numberKeepsUnitQualifierAndValue() {
    var number = NumberFact(
      text: "84", span: span, sentence: 2, value: 84, unit: "workers", qualifier: "more than")
    #expect(number.unit == "workers" && number.qualifier == "more than" && number.value == 84)
    number.unit = nil
    #expect(number.unit == nil && number.qualifier == "more than")
    number.qualifier = nil
    number.value = nil
    #expect(number.unit == nil && number.qualifier == nil && number.value == nil)
    number.unit = "%"
    #expect(number.unit == "%" && number.qualifier == nil)
    let zero = NumberFact(text: "0", span: span, sentence: 0, value: 0)
    #expect(zero.value == 0)
    #expect(zero != NumberFact(text: "0", span: span, sentence: 0, value: nil))
  }

  @Test(arguments: Quote.Kind.allCases)
  func quoteKeepsKindAndParagraph(_ kind: Quote.Kind) {
    var quote = Quote(text: "We will", span: span, kind: kind, paragraph: 70_000, sentence: 5)
    #expect(quote.kind == kind && quote.paragraph == 70_000)
    quote.paragraph = 12
    quote.kind = .partial
    #expect(quote.kind == .partial && quote.paragraph == 12)
  }
}
