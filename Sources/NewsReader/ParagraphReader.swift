import NewsModel

/// Reads an article one paragraph at a time and keeps what later paragraphs need.
///
/// Each paragraph's tokens are made, used by every recogniser and dropped; entities, mentions,
/// the authors of texts ("the commentary") and the last quote carry over. Quotes are written
/// to the model as soon as the quote they run on in is closed, with the resolver's entity
/// indices; `finish` turns those into the model's once placeholders ("state media" before the
/// agency is named) have been merged into the entities they stand for.
struct ParagraphReader {
  let buffer: TextBuffer
  let articleDate: CalendarDate?
  private var resolver = AliasResolver()
  private var tokenBase = 0
  private var authors: [String: Int] = [:]
  /// Quotes read so far (the index the next one gets).
  private var quoteCount = 0
  /// The quotes since the last one closed in its paragraph: pieces of one quote running over
  /// paragraphs share their speaker, known once the last piece is read.
  private var openQuotes: [(quote: PendingQuote, result: SpeakerAttributor.Result)] = []
  private var previous: (QuoteFinder.Found, SpeakerAttributor.Result)?
  /// People named outside quotes since the last paragraph with quotes.
  private var peopleSinceQuote: Set<Int> = []
  /// "He said:" ending the last paragraph.
  private var colonCue: Attribution?
  /// The last paragraph's lone quote, waiting for this paragraph to name its speaker.
  private var lede: LedeQuote?
  /// Reused from paragraph to paragraph so that growing it costs nothing after the first.
  private var tokens: [Token] = []
  /// Per token of the paragraph: part of a date (numbers leave those digits alone), and the
  /// mention it belongs to (-1 for none). Reused like `tokens`: allocating and freeing two
  /// arrays per paragraph was a visible share of the reader's time.
  private var dateTokens: [Bool] = []
  private var tokenMention: [Int] = []
  /// The paragraph's first token of each sentence, and its token count last.
  private var sentenceStarts: [Int] = []

  /// A quote waiting for the pieces it runs on in.
  private struct PendingQuote {
    var textStart: Int
    var textEnd: Int
    var paragraph: Int
    var sentence: Int
    var runsOn: Bool
    var nested: Bool
  }

  init(buffer: TextBuffer, articleDate: CalendarDate?) {
    self.buffer = buffer
    self.articleDate = articleDate
  }

  mutating func read(paragraph: Int, range: Range<Int>, into article: inout Article) {
    resolver.reserveAhead(Double(range.lowerBound) / Double(max(1, buffer.bytes.count)))
    tokens.removeAll(keepingCapacity: true)
    Tokenizer(buffer: buffer).tokens(
      from: range.lowerBound, to: range.upperBound, paragraph: paragraph, into: &tokens)
    for index in tokens.indices where tokens[index].kind == .word || tokens[index].kind == .number {
      article.wordCount += 1
    }

    let found = QuoteFinder(buffer: buffer).find(
      in: tokens, range: 0..<tokens.count, paragraph: paragraph, paragraphEnd: range.upperBound)
    // Tokens of a nested quote stay in the enclosing quote.
    for (position, quote) in found.enumerated() where quote.outer == nil {
      let end = quote.closeToken >= 0 ? quote.closeToken : tokens.count
      for index in (quote.openToken + 1)..<end { tokens[index].quote = quoteCount + position }
    }

    // Sentences; each token learns its sentence.
    let firstSentence = article.sentences.count
    sentenceStarts.removeAll(keepingCapacity: true)
    var tokenIndex = 0
    for sentence in SentenceSplitter(buffer: buffer).split(
      start: range.lowerBound, end: range.upperBound)
    {
      let number = article.sentences.count
      article.sentences.append(
        Sentence(
          text: buffer.slice(sentence.lowerBound, sentence.upperBound),
          span: span(sentence.lowerBound, sentence.upperBound), paragraph: paragraph))
      sentenceStarts.append(tokenIndex)
      while tokenIndex < tokens.count, tokens[tokenIndex].start < sentence.upperBound {
        tokens[tokenIndex].sentence = number
        tokenIndex += 1
      }
    }
    sentenceStarts.append(tokens.count)

    // Dates, then numbers (which must not take a date's digits).
    dateTokens.removeAll(keepingCapacity: true)
    dateTokens.append(contentsOf: repeatElement(false, count: tokens.count))
    for date in DateExtractor(tokens: tokens, articleDate: articleDate).extract() {
      for index in date.firstToken..<date.endToken { dateTokens[index] = true }
      let start = tokens[date.firstToken].start
      let end = tokens[date.endToken - 1].end
      article.dates.append(
        DateFact(
          text: buffer.string(start, end), span: span(start, end),
          sentence: tokens[date.firstToken].sentence, resolved: date.resolved))
    }
    for number in NumberExtractor(tokens: tokens, buffer: buffer, taken: dateTokens).extract() {
      article.numbers.append(
        NumberFact(
          text: buffer.string(number.start, number.end), span: span(number.start, number.end),
          sentence: tokens[number.firstToken].sentence, value: number.value, unit: number.unit,
          qualifier: number.qualifier))
    }

    // Entities and mentions.
    let candidates = NamedInApposition(tokens: tokens).promote(
      EntityRecognizer(tokens: tokens, buffer: buffer).recognize())
    var pronouns: [(token: Int, sentence: Int, word: String)] = []
    for index in tokens.indices where tokens[index].quote < 0 {
      // Compared on the packed form's bits: a string comparison per token was a visible cost.
      if tokens[index].lowerIs("he") || tokens[index].lowerIs("she") {
        pronouns.append((index, tokens[index].sentence, tokens[index].lower))
      }
    }
    let firstMention = resolver.resolve(candidates, base: tokenBase, pronouns: pronouns)
    tokenMention.removeAll(keepingCapacity: true)
    tokenMention.append(contentsOf: repeatElement(-1, count: tokens.count))
    for index in firstMention..<resolver.mentions.count {
      let mention = resolver.mentions[index]
      // A name resolved now can add a mention back in an earlier paragraph ("van Laar" once
      // "Pieter van Laar" is known): it has no tokens here.
      // An unnamed person names no speaker, unless they speak for a body ("the spokesperson").
      let entity = resolver.entities[mention.entity]
      guard mention.firstToken >= tokenBase, mention.endToken - tokenBase <= tokens.count,
        !entity.anonymous || entity.speaksFor != nil
      else {
        continue
      }
      for token in (mention.firstToken - tokenBase)..<(mention.endToken - tokenBase)
      where tokenMention[token] < 0 {
        tokenMention[token] = index
      }
    }

    // Speakers.
    var confirmed: [Int] = []
    do {
      let references = ReferenceResolver(
        tokens: tokens, base: tokenBase, buffer: buffer, entities: resolver.entities,
        mentions: resolver.mentions, tokenMention: tokenMention, sentenceStarts: sentenceStarts,
        firstSentence: firstSentence, authors: authors)
      var attributor = SpeakerAttributor(
        tokens: tokens, references: references, dateTokens: dateTokens)
      attributor.interveningPeople = peopleSinceQuote
      attributor.introducedBy = colonCue
      let paragraphResults = attributor.attribute(found, previous: previous)
      for (quote, result) in zip(found, paragraphResults) {
        add(
          PendingQuote(
            textStart: quote.textStart, textEnd: quote.textEnd, paragraph: paragraph,
            sentence: tokens[quote.openToken].sentence, runsOn: quote.runsOn,
            nested: quote.outer != nil), result, into: &article)
        // A title held up after the paragraph's speech ("…,” he said, referring to the
        // so-called “Ndélé Accord”) does not end that speech for the paragraph after.
        let asideAfterSpeech =
          result.kind == .other
          && previous.map { $0.0.paragraph == quote.paragraph && $0.1.kind != .other } == true
        if quote.outer == nil, !asideAfterSpeech { previous = (quote, result) }
        if let speaker = result.attribution?.speaker { confirmed.append(speaker) }
        if let via = result.via { confirmed.append(via) }
      }
      for (noun, author) in references.textAuthors() { authors[noun] = author }
      colonCue = attributor.colonCue()
      if let lede, found.isEmpty,
        let named = lede.attribution(
          nextTokens: tokens, mentions: resolver.mentions, from: firstMention, base: tokenBase,
          entities: resolver.entities, buffer: buffer)
      {
        lede.take(named, in: &article)
        if let speaker = named.speaker { confirmed.append(speaker) }
      }
      lede = LedeQuote.waiting(
        found, results: paragraphResults, tokens: tokens, written: article.quotes.count)
    }
    // "What about the critics who say Grant was right?": an interviewer's question names
    // whom it asks about; the answer after it still continues the interviewee.
    if found.isEmpty, !isQuestion() {
      for index in firstMention..<resolver.mentions.count where resolver.mentions[index].quote < 0 {
        let entity = resolver.mentions[index].entity
        if resolver.entities[entity].type == .person { peopleSinceQuote.insert(entity) }
      }
    } else {
      peopleSinceQuote.removeAll()
    }
    for entity in confirmed { resolver.confirm(entity) }
    tokenBase += tokens.count
  }

  /// Keeps `quote` until the quote it is a piece of closes, then writes the pieces to the
  /// model with the speaker any of them found (see `SpeakerAttributor.shareSpeakers`).
  private mutating func add(
    _ quote: PendingQuote, _ result: SpeakerAttributor.Result, into article: inout Article
  ) {
    quoteCount += 1
    if !quote.runsOn, !quote.nested, openQuotes.isEmpty {
      // A quote standing alone (most are) has no pieces to share a speaker with.
      write(quote, result, into: &article)
      return
    }
    openQuotes.append((quote, result))
    guard !quote.runsOn, !quote.nested else { return }
    var results = openQuotes.map(\.result)
    SpeakerAttributor.shareSpeakers(
      &results, runsOn: openQuotes.map(\.quote.runsOn), nested: openQuotes.map(\.quote.nested))
    for (position, result) in results.enumerated() {
      write(openQuotes[position].quote, result, into: &article)
    }
    openQuotes.removeAll(keepingCapacity: true)
  }

  /// Writes one quote with the resolver's entity indices (`finish` maps them to the model's).
  private func write(
    _ quote: PendingQuote, _ result: SpeakerAttributor.Result, into article: inout Article
  ) {
    let isSpeech = result.kind != .other
    article.quotes.append(
      Quote(
        text: buffer.slice(quote.textStart, quote.textEnd),
        span: span(quote.textStart, quote.textEnd), kind: result.kind,
        paragraph: quote.paragraph, sentence: quote.sentence,
        speaker: isSpeech ? result.attribution?.speaker : nil,
        speakerMention: isSpeech ? result.attribution?.mention : nil,
        cue: isSpeech ? result.attribution.flatMap { $0.cue.isEmpty ? nil : $0.cue } : nil,
        via: isSpeech ? result.via : nil))
  }

  /// Settles entities (placeholders merged, unreferenced descriptions dropped, order of first
  /// mention) and writes entities and mentions to the model, and the model's entity indices
  /// to the quotes. The resolver's working state is given up as it is used: this is where one
  /// long document's memory peaks.
  mutating func finish(into article: inout Article) {
    // Pieces left open at the end share nothing.
    for (quote, result) in openQuotes { write(quote, result, into: &article) }
    openQuotes = []
    authors = [:]
    tokens = []
    dateTokens = []
    tokenMention = []
    sentenceStarts = []
    var settled = resolver.finish(buffer)
    var firstStart = [Int](repeating: 0, count: settled.entities.count)
    var seen = [Bool](repeating: false, count: settled.entities.count)
    for mention in settled.mentions where !seen[mention.entity] {
      seen[mention.entity] = true
      firstStart[mention.entity] = mention.start
    }
    seen = []
    let kept = settled.entities.indices.filter {
      !settled.entities[$0].provisional && settled.entities[$0].mentionCount > 0
    }.sorted { firstStart[$0] < firstStart[$1] }
    firstStart = []
    var newIndex = [Int32](repeating: -1, count: settled.entities.count)
    for (position, old) in kept.enumerated() { newIndex[old] = Int32(position) }
    let merged = settled.target
    settled.target = []
    func final(_ entity: Int?) -> Int? {
      guard let entity else { return nil }
      let index = newIndex[merged[entity]]
      return index >= 0 ? Int(index) : nil
    }
    var quoteCounts = [Int](repeating: 0, count: kept.count)
    for index in article.quotes.indices {
      let speaker = final(article.quotes[index].speaker)
      if let speaker { quoteCounts[speaker] += 1 }
      article.quotes[index].speaker = speaker
      article.quotes[index].via = final(article.quotes[index].via)
    }
    // The model's arrays are sized exactly: they do not double past what they hold.
    article.entities.reserveCapacity(article.entities.count + kept.count)
    for (position, old) in kept.enumerated() {
      let record = settled.entities[old]
      article.entities.append(
        Entity(
          name: record.name, type: record.type, aliases: record.aliases, role: record.role,
          mentionCount: record.mentionCount, quoteCount: quoteCounts[position]))
    }
    settled.entities = []
    let mentions = settled.mentions
    settled.mentions = []
    var count = 0
    for mention in mentions where newIndex[mention.entity] >= 0 { count += 1 }
    article.mentions.reserveCapacity(article.mentions.count + count)
    for mention in mentions where newIndex[mention.entity] >= 0 {
      article.mentions.append(
        Mention(
          entity: Int(newIndex[mention.entity]), text: buffer.slice(mention.start, mention.end),
          sentence: mention.sentence,
          span: span(mention.start, mention.end)))
    }
  }

  /// The paragraph ends with a question mark outside quotes (the question of a Q&A layout).
  private func isQuestion() -> Bool {
    guard var last = tokens.indices.last else { return false }
    while last > 0, tokens[last].kind == .punct, !tokens[last].isPunct("?") { last -= 1 }
    return tokens[last].isPunct("?") && tokens[last].quote < 0
  }

  private func span(_ start: Int, _ end: Int) -> TextSpan {
    TextSpan(start: buffer.scalarOffset(start), end: buffer.scalarOffset(end))
  }
}
