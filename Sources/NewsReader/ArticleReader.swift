import NewsModel

/// Reads the plain text of one news article into an `Article`.
///
/// The work is a pipeline of small byte-level passes, each linear in the text: header,
/// paragraphs and headings, tokens, quotes, sentences, dates, numbers, entities and aliases,
/// then speakers. Offsets stay in bytes until the model is built, where they become
/// Unicode-scalar offsets.
public struct ArticleReader: Sendable {
  public init() {}

  /// Builds the model of `text`; `path` is recorded as given.
  public func read(text: String, path: String) -> Article {
    let buffer = TextBuffer(text)
    let header = HeaderParser(buffer: buffer).parse()
    let articleDate = header.date.flatMap { CalendarDate(iso: $0) }
    var article = Article(
      path: path, text: text, title: header.title, date: header.date, dateline: header.dateline)

    // Paragraphs and headings.
    let blocks = ParagraphSplitter(buffer: buffer).blocks(
      from: header.bodyStart, headerOnFirstLine: header.date != nil || header.dateline != nil)
    var paragraphRanges: [Range<Int>] = []
    for block in blocks {
      let span = span(buffer, block.start, block.end)
      let blockText = buffer.string(block.start, block.end)
      if block.isHeading {
        article.headings.append(Heading(text: blockText, span: span))
      } else {
        let heading = article.headings.isEmpty ? nil : article.headings.count - 1
        article.paragraphs.append(Paragraph(text: blockText, span: span, heading: heading))
        paragraphRanges.append(block.start..<block.end)
      }
    }

    // Tokens and quotes, paragraph by paragraph.
    var tokens: [Token] = []
    tokens.reserveCapacity(buffer.count / 5)
    let tokenizer = Tokenizer(buffer: buffer)
    let quoteFinder = QuoteFinder(buffer: buffer)
    var quotes: [QuoteFinder.Found] = []
    for (paragraph, range) in paragraphRanges.enumerated() {
      let first = tokens.count
      tokenizer.tokens(
        from: range.lowerBound, to: range.upperBound, paragraph: paragraph, into: &tokens)
      let found = quoteFinder.find(
        in: tokens, range: first..<tokens.count, paragraph: paragraph,
        paragraphEnd: range.upperBound)
      for quote in found {
        let end = quote.closeToken >= 0 ? quote.closeToken : tokens.count
        for index in (quote.openToken + 1)..<end { tokens[index].quote = quotes.count }
        quotes.append(quote)
      }
    }
    article.wordCount = tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }

    // Sentences; each token learns its sentence.
    let splitter = SentenceSplitter(buffer: buffer)
    var sentenceStarts: [Int] = []
    var tokenIndex = 0
    for (paragraph, range) in paragraphRanges.enumerated() {
      for sentence in splitter.split(start: range.lowerBound, end: range.upperBound) {
        let number = article.sentences.count
        article.sentences.append(
          Sentence(
            text: buffer.string(sentence.lowerBound, sentence.upperBound),
            span: span(buffer, sentence.lowerBound, sentence.upperBound), paragraph: paragraph))
        sentenceStarts.append(tokenIndex)
        while tokenIndex < tokens.count, tokens[tokenIndex].start < sentence.upperBound {
          tokens[tokenIndex].sentence = number
          tokenIndex += 1
        }
      }
    }
    sentenceStarts.append(tokens.count)

    // Dates, then numbers (which must not take a date's digits).
    let dates = DateExtractor(tokens: tokens, articleDate: articleDate).extract()
    var dateTokens = [Bool](repeating: false, count: tokens.count)
    for date in dates {
      for index in date.firstToken..<date.endToken { dateTokens[index] = true }
      let start = tokens[date.firstToken].start
      let end = tokens[date.endToken - 1].end
      article.dates.append(
        DateFact(
          text: buffer.string(start, end), span: span(buffer, start, end),
          sentence: tokens[date.firstToken].sentence, resolved: date.resolved))
    }
    for number in NumberExtractor(tokens: tokens, buffer: buffer, taken: dateTokens).extract() {
      article.numbers.append(
        NumberFact(
          text: buffer.string(number.start, number.end),
          span: span(buffer, number.start, number.end),
          sentence: tokens[number.firstToken].sentence, value: number.value, unit: number.unit,
          qualifier: number.qualifier))
    }

    // Entities and mentions.
    let candidates = EntityRecognizer(tokens: tokens, buffer: buffer).recognize()
    var resolver = AliasResolver()
    resolver.resolve(candidates)
    var tokenMention = [Int](repeating: -1, count: tokens.count)
    for (index, mention) in resolver.mentions.enumerated() {
      for token in mention.firstToken..<mention.endToken where tokenMention[token] < 0 {
        tokenMention[token] = index
      }
    }

    // Speakers.
    let references = ReferenceResolver(
      tokens: tokens, buffer: buffer, entities: resolver.entities, mentions: resolver.mentions,
      tokenMention: tokenMention, sentenceStarts: sentenceStarts)
    let attributor = SpeakerAttributor(
      tokens: tokens, references: references, dateTokens: dateTokens)
    let results = attributor.attribute(quotes)
    for result in results {
      if let speaker = result.attribution?.speaker { resolver.confirm(speaker) }
      if let via = result.via { resolver.confirm(via) }
    }

    // Entities in order of first mention; description-only entities nobody refers to go.
    let records = resolver.entities
    let kept = records.indices.filter { !records[$0].provisional && !records[$0].mentions.isEmpty }
      .sorted {
        resolver.mentions[records[$0].mentions[0]].start
          < resolver.mentions[records[$1].mentions[0]].start
      }
    var newIndex = [Int](repeating: -1, count: records.count)
    for (position, old) in kept.enumerated() { newIndex[old] = position }
    var quoteCounts = [Int](repeating: 0, count: kept.count)
    for (position, quote) in quotes.enumerated() {
      let result = results[position]
      let speaker = result.attribution?.speaker.map { newIndex[$0] }.flatMap { $0 >= 0 ? $0 : nil }
      let via = result.via.map { newIndex[$0] }.flatMap { $0 >= 0 ? $0 : nil }
      if let speaker, result.kind != .other { quoteCounts[speaker] += 1 }
      article.quotes.append(
        Quote(
          text: buffer.string(quote.textStart, quote.textEnd),
          span: span(buffer, quote.textStart, quote.textEnd), kind: result.kind,
          paragraph: quote.paragraph, sentence: tokens[quote.openToken].sentence,
          speaker: result.kind == .other ? nil : speaker,
          speakerMention: result.kind == .other ? nil : result.attribution?.mention,
          cue: result.kind == .other ? nil : result.attribution?.cue, via: via))
    }
    for (position, old) in kept.enumerated() {
      let record = records[old]
      article.entities.append(
        Entity(
          name: record.name, type: record.type, aliases: record.aliases, role: record.role,
          mentionCount: record.mentions.count, quoteCount: quoteCounts[position]))
    }
    for mention in resolver.mentions where newIndex[mention.entity] >= 0 {
      article.mentions.append(
        Mention(
          entity: newIndex[mention.entity], text: mention.text,
          sentence: tokens[mention.firstToken].sentence,
          span: span(buffer, mention.start, mention.end)))
    }
    return article
  }

  private func span(_ buffer: TextBuffer, _ start: Int, _ end: Int) -> TextSpan {
    TextSpan(start: buffer.scalarOffset(start), end: buffer.scalarOffset(end))
  }
}
