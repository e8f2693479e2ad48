import NewsModel

/// Builds an `Article` by hand over a real text, locating each element's words in it so spans
/// are true Unicode-scalar offsets (what the reader will produce), not made-up numbers.
struct ArticleBuilder {
  private(set) var article: Article
  private let scalars: [Unicode.Scalar]
  /// Where the next search starts: elements of one kind are added in document order.
  private var cursor: [String: Int] = [:]

  init(path: String, text: String) {
    article = Article(path: path, text: text)
    scalars = Array(text.unicodeScalars)
  }

  /// The span of the first occurrence of `words` after the previous element of `kind`.
  private mutating func locate(_ words: String, kind: String) -> TextSpan {
    let needle = Array(words.unicodeScalars)
    var start = cursor[kind, default: 0]
    while start + needle.count <= scalars.count {
      if Array(scalars[start..<(start + needle.count)]) == needle {
        cursor[kind] = start + 1
        return TextSpan(start: start, end: start + needle.count)
      }
      start += 1
    }
    preconditionFailure("'\(words)' is not in \(article.path) after the last \(kind)")
  }

  mutating func heading(_ text: String) {
    article.headings.append(Heading(text: text, span: locate(text, kind: "heading")))
  }

  mutating func paragraph(_ text: String, heading: Int? = nil) {
    article.paragraphs.append(
      Paragraph(text: text, span: locate(text, kind: "paragraph"), heading: heading))
    article.wordCount += text.split(separator: " ").count
  }

  /// A sentence of the most recent paragraph.
  mutating func sentence(_ text: String) {
    article.sentences.append(
      Sentence(
        text: text, span: locate(text, kind: "sentence"), paragraph: article.paragraphs.count - 1)
    )
  }

  /// A quote in the most recent sentence and paragraph.
  mutating func quote(
    _ text: String, _ kind: Quote.Kind, speaker: Int? = nil, mention: String? = nil,
    cue: String? = nil, via: Int? = nil
  ) {
    article.quotes.append(
      Quote(
        text: text, span: locate(text, kind: "quote"), kind: kind,
        paragraph: article.paragraphs.count - 1, sentence: article.sentences.count - 1,
        speaker: speaker, speakerMention: mention, cue: cue, via: via))
    if let speaker { article.entities[speaker].quoteCount += 1 }
  }

  /// An entity, in order of first mention; returns its index.
  @discardableResult
  mutating func entity(
    _ name: String, _ type: Entity.Kind, aliases: [String] = [], role: String? = nil
  ) -> Int {
    article.entities.append(Entity(name: name, type: type, aliases: aliases, role: role))
    return article.entities.count - 1
  }

  /// A mention of `entity` in the most recent sentence.
  mutating func mention(_ entity: Int, _ text: String) {
    article.mentions.append(
      Mention(
        entity: entity, text: text, sentence: article.sentences.count - 1,
        span: locate(text, kind: "mention")))
    article.entities[entity].mentionCount += 1
  }

  /// A number in the most recent sentence.
  mutating func number(
    _ text: String, value: Double?, unit: String? = nil, qualifier: String? = nil
  ) {
    article.numbers.append(
      NumberFact(
        text: text, span: locate(text, kind: "number"), sentence: article.sentences.count - 1,
        value: value, unit: unit, qualifier: qualifier))
  }

  /// A date in the most recent sentence.
  mutating func date(_ text: String, resolved: String?) {
    article.dates.append(
      DateFact(
        text: text, span: locate(text, kind: "date"), sentence: article.sentences.count - 1,
        resolved: resolved))
  }
}
