import ReaderScoring
import Testing

/// Finding gold quotes' words in the text, in document order.
@Suite struct SpanLocatorTests {
  @Test func findsQuotesInOrder() {
    let text = "He vowed to “support” them and would “support the plan in full”, he said."
    var locator = SpanLocator(text: text)
    let first = locator.locate("support")
    let second = locator.locate("support the plan in full")
    #expect(first == ScalarRange(start: 13, end: 20))
    #expect(second == ScalarRange(start: 38, end: 62))
  }

  @Test func prefersQuotedOccurrence() {
    let text = #"Critics said it was unfair. The minister called it "unfair" anyway."#
    var locator = SpanLocator(text: text)
    let span = locator.locate("unfair")
    #expect(span?.start == 52)
  }

  @Test func foldsApostrophesAndLineBreaks() {
    let text = "\u{201C}It's a long\nquote,\u{201D} she said."
    var locator = SpanLocator(text: text)
    #expect(locator.locate("It\u{2019}s a long quote,") == ScalarRange(start: 1, end: 19))
  }

  @Test func paragraphHintBreaksTies() {
    let text = "\"Yes.\" one\n\n\"Yes.\" two"
    let paragraphs = [ScalarRange(start: 0, end: 10), ScalarRange(start: 12, end: 22)]
    var locator = SpanLocator(text: text, paragraphs: paragraphs)
    #expect(locator.locate("Yes.", paragraph: 2)?.start == 13)
  }

  @Test func repeatedWordsAdvance() {
    let text = #""Fair." "Fair.""#
    var locator = SpanLocator(text: text)
    #expect(locator.locate("Fair.")?.start == 1)
    #expect(locator.locate("Fair.")?.start == 9)
  }

  @Test func missingWordsAreNil() {
    var locator = SpanLocator(text: "nothing quoted here")
    #expect(locator.locate("absent") == nil)
  }
}
