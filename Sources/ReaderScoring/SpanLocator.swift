/// Finds where each gold quote's words are in the article, walking the gold in document order.
///
/// Gold files give a quote's words and paragraph, not its offsets, and the same words can occur
/// more than once ("unconditionally support" opens a longer quote two paragraphs later). Among
/// all occurrences the locator prefers, in this order: one at or after the previous gold quote
/// (gold lists quotes in document order), one that opens right after a quotation mark (the words
/// were quoted there, not merely used), one inside the hinted paragraph, then the earliest.
public struct SpanLocator {
  private let folded: [Unicode.Scalar]
  private let paragraphs: [ScalarRange]
  private var cursor = 0

  /// `paragraphs` are the paragraph spans the gold paragraph numbers refer to, 0-based by index
  /// (the reader's own paragraphs serve: the hint only breaks ties, it never decides alone).
  public init(text: String, paragraphs: [ScalarRange] = []) {
    folded = text.unicodeScalars.map(TextFolding.foldForSearch)
    self.paragraphs = paragraphs
  }

  /// The span of `quote` in the text, or nil when its words do not occur.
  /// `paragraph` is the 1-based gold paragraph number.
  public mutating func locate(_ quote: String, paragraph: Int? = nil) -> ScalarRange? {
    var needle = quote.unicodeScalars.map(TextFolding.foldForSearch)
    while needle.first == " " { needle.removeFirst() }
    while needle.last == " " { needle.removeLast() }
    let starts = occurrences(of: needle)
    guard !starts.isEmpty else { return nil }
    let hint = paragraph.flatMap { paragraphs.indices.contains($0 - 1) ? paragraphs[$0 - 1] : nil }
    let best = starts.max { rank($0, hint).lexicographicallyPrecedes(rank($1, hint)) }!
    cursor = best + 1
    return ScalarRange(start: best, end: best + needle.count)
  }

  /// A sortable preference; the negated start makes the earliest win among equals.
  private func rank(_ start: Int, _ hint: ScalarRange?) -> [Int] {
    let inOrder = start >= cursor ? 1 : 0
    let quoted = start > 0 && TextFolding.isQuoteMark(folded[start - 1]) ? 1 : 0
    let inParagraph = hint.map { start >= $0.start && start < $0.end } == true ? 1 : 0
    return [inOrder, quoted, inParagraph, -start]
  }

  private func occurrences(of needle: [Unicode.Scalar]) -> [Int] {
    guard let first = needle.first, needle.count <= folded.count else { return [] }
    var starts: [Int] = []
    var index = 0
    while index + needle.count <= folded.count {
      if folded[index] == first, folded[index..<index + needle.count].elementsEqual(needle) {
        starts.append(index)
      }
      index += 1
    }
    return starts
  }
}
