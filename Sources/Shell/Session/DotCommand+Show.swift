import NewsModel
import QueryEngine
import QueryLanguage

extension DotCommand {
  /// `.show COLLECTION ID`: the row in its paragraph, its words highlighted — for a quote, the
  /// speaker's words at the cue too — so the reader can check what newsq extracted.
  static func show(
    _ session: Session, _ arguments: Arguments, _ context: DotCommandContext
  ) throws(Diagnostic) -> RunStatus {
    try expect(arguments, count: 2...2, usage: ".show COLLECTION ID", context: context)
    let (collectionWord, idWord) = (arguments[0], arguments[1])
    guard let collection = Schema.collection(named: collectionWord.name) else {
      throw unknownCollection(collectionWord)
    }
    guard ["start", "end", "article"].allSatisfy({ collection.field(named: $0) != nil }) else {
      throw Diagnostic(
        message: "'\(collection.name)' rows have no place in the text", range: collectionWord.range,
        hints: ["try one of: paragraphs, sentences, quotes, all_quotes, mentions, numbers, dates"])
    }
    guard let id = Int(idWord.name), id > 0 else {
      throw Diagnostic(message: "expected a row id, found '\(idWord.name)'", range: idWord.range)
    }
    let wanted = ["article", "start", "end", "speaker", "speaker_mention", "cue"]
      .filter { collection.field(named: $0) != nil }
    let query = try Parser.parseQuery(
      "\(collection.name) where id = \(id) select \(wanted.joined(separator: ", "))")
    let result = try session.engine.run(query)
    guard let row = result.rows.first else {
      throw Diagnostic(message: "no \(collection.name) row with id \(id)", range: idWord.range)
    }
    let values = Dictionary(uniqueKeysWithValues: zip(wanted, row))
    guard case .text(let path)? = values["article"],
      let article = session.corpus.articles.first(where: { $0.path == path }),
      case .integer(let start)? = values["start"], case .integer(let end)? = values["end"]
    else { return .success }
    let view = RowInContext(
      article: article, span: TextSpan(start: start, end: end),
      speakerMention: ValueText.text(values["speaker_mention"] ?? .null))
    var header = "\(collection.name) \(id) · \(article.path)"
    if let number = view.paragraphNumber { header += " · paragraph \(number)" }
    if let speaker = values["speaker"].flatMap(ValueText.text) {
      header += " · speaker: \(speaker)"
    }
    if let cue = values["cue"].flatMap(ValueText.text) { header += " · cue: \(cue)" }
    let colour = TerminalInfo.wantsColour(on: session.output.descriptor)
    let width = session.tableWidth ?? TerminalInfo.width(of: session.output.descriptor)
    session.output.write(header + "\n" + view.render(colour: colour, width: width) + "\n")
    return .success
  }
}

/// A row's span shown inside its paragraph, with the speaker's words marked when known.
struct RowInContext {
  let article: Article
  let span: TextSpan
  let speakerMention: String?

  /// 1-based number of the paragraph holding the span, if it is in one (not the header).
  var paragraphNumber: Int? {
    article.paragraphs.firstIndex { $0.span.start <= span.start && span.start < $0.span.end }
      .map { $0 + 1 }
  }

  /// The paragraph's text, word-wrapped to `width`, the row in reverse video (or `[…]`)
  /// and the speaker's words in bold underline (or `{…}`).
  func render(colour: Bool, width: Int) -> String {
    let scalars = Array(article.text.unicodeScalars)
    let context =
      paragraphNumber.map { article.paragraphs[$0 - 1].span }
      ?? TextSpan(start: span.start, end: span.end)
    let clamp = { (offset: Int) in min(max(offset, 0), scalars.count) }
    let text = String(String.UnicodeScalarView(scalars[clamp(context.start)..<clamp(context.end)]))
    var marks: [(start: Int, end: Int, open: String, close: String)] = [
      (
        span.start - context.start, span.end - context.start, colour ? "\u{1B}[7m" : "[",
        colour ? "\u{1B}[0m" : "]"
      )
    ]
    if let mention = speakerMention, let found = find(mention, in: text, avoiding: marks[0]) {
      marks.append(
        (found.start, found.end, colour ? "\u{1B}[1;4m" : "{", colour ? "\u{1B}[0m" : "}"))
    }
    var marked = ""
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      for mark in marks where mark.start == offset { marked += mark.open }
      marked.unicodeScalars.append(scalar)
      for mark in marks where mark.end == offset + 1 { marked += mark.close }
    }
    let lines = TableRenderer.flatten(marked)
    return colour ? lines : TableRenderer.wrap(lines, width: width).joined(separator: "\n")
  }

  /// The occurrence of `mention` nearest to the row, outside it (scalar offsets in `text`).
  private func find(
    _ mention: String, in text: String,
    avoiding row: (start: Int, end: Int, open: String, close: String)
  ) -> (start: Int, end: Int)? {
    let haystack = Array(text.unicodeScalars)
    let needle = Array(mention.unicodeScalars)
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    var best: (start: Int, end: Int)?
    for start in 0...(haystack.count - needle.count)
    where Array(haystack[start..<start + needle.count]) == needle {
      let end = start + needle.count
      guard end <= row.start || start >= row.end else { continue }
      let distance = start >= row.end ? start - row.end : row.start - end
      let bestDistance = best.map { $0.start >= row.end ? $0.start - row.end : row.start - $0.end }
      if bestDistance == nil || distance < bestDistance! { best = (start, end) }
    }
    return best
  }
}
