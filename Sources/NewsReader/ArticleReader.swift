import NewsModel

/// Reads the plain text of one news article into an `Article`.
///
/// The work is a pipeline of small byte-level passes, each linear in the text: header,
/// paragraphs and headings, then for each paragraph in turn tokens, quotes, sentences, dates,
/// numbers, entities and aliases, and speakers. Tokens live only while their paragraph is
/// read, so memory follows the model, not the token count; what later paragraphs need
/// (entities, mentions, who wrote which text, the last quote) is carried over. Offsets stay
/// in bytes until the model is built, where they become Unicode-scalar offsets.
public struct ArticleReader: Sendable {
  public init() {}

  /// Builds the model of `text`; `path` is recorded as given.
  public func read(text: String, path: String) -> Article {
    TextBuffer.withBuffer(text) { read(text: text, path: path, buffer: $0) }
  }

  private func read(text: String, path: String, buffer: TextBuffer) -> Article {
    let header = HeaderParser(buffer: buffer).parse()
    let articleDate = header.date.flatMap { CalendarDate(iso: $0) }
    var article = Article(
      path: path, text: text, title: header.title, date: header.date, dateline: header.dateline)

    // Paragraphs and headings, each paragraph read as it is found: no list of their ranges
    // is kept for a second pass.
    do {
      // Scoped so that the reader's working state is gone before the arrays are trimmed:
      // trimming copies each array once, and on one long document that copy would otherwise
      // add to the peak.
      var reader = ParagraphReader(buffer: buffer, articleDate: articleDate)
      let bodyBytes = max(1, buffer.bytes.count - header.bodyStart)
      ParagraphSplitter(buffer: buffer).forEachBlock(
        from: header.bodyStart, headerOnFirstLine: header.date != nil || header.dateline != nil
      ) { block in
        let span = span(buffer, block.start, block.end)
        let blockText = buffer.slice(block.start, block.end)
        if block.isHeading {
          article.headings.append(Heading(text: blockText, span: span))
          return
        }
        let heading = article.headings.isEmpty ? nil : article.headings.count - 1
        article.reserveAhead(read: block.start - header.bodyStart, of: bodyBytes)
        article.paragraphs.append(Paragraph(text: blockText, span: span, heading: heading))
        reader.read(
          paragraph: article.paragraphs.count - 1, range: block.start..<block.end, into: &article)
      }
      reader.finish(into: &article)
    }
    article.trimCapacity()
    return article
  }

  private func span(_ buffer: TextBuffer, _ start: Int, _ end: Int) -> TextSpan {
    TextSpan(start: buffer.scalarOffset(start), end: buffer.scalarOffset(end))
  }
}

extension Article {
  /// Drops the spare capacity the element arrays grew while reading: a corpus keeps every
  /// model, and the slack of doubling would otherwise cost up to as much as the elements.
  fileprivate mutating func trimCapacity() {
    headings = headings.trimmed()
    paragraphs = paragraphs.trimmed()
    sentences = sentences.trimmed()
    quotes = quotes.trimmed()
    entities = entities.trimmed()
    mentions = mentions.trimmed()
    numbers = numbers.trimmed()
    dates = dates.trimmed()
  }
}

extension Article {
  /// Grows the arrays that every paragraph adds to, to the size the whole text is likely to
  /// need, guessed from how much of it (`read` of `total` bytes) gave how many elements so far.
  /// Doubling would leave up to as much spare room as the elements take, alive at the end of
  /// the read, where one long document's memory peaks.
  fileprivate mutating func reserveAhead(read: Int, of total: Int) {
    let fraction = Double(read) / Double(total)
    paragraphs.reserveAhead(fraction)
    sentences.reserveAhead(fraction)
    quotes.reserveAhead(fraction)
    numbers.reserveAhead(fraction)
    dates.reserveAhead(fraction)
  }
}

extension Array {
  /// The same elements in storage of just their size; self when the spare room is at most an
  /// eighth of the elements (arrays grown by `reserveAhead`): the copy would cost more than
  /// it saves, and on one long document it was the read's peak (the freed working state
  /// leaves holes too scattered for copies that size, so each went to fresh pages).
  fileprivate func trimmed() -> [Element] {
    guard capacity - count > count / 8 else { return self }
    var copy: [Element] = []
    copy.reserveCapacity(count)
    copy.append(contentsOf: self)
    return copy
  }
}
