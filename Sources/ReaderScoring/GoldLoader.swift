/// Why a gold file could not be turned into a `GoldArticle`.
public enum GoldLoadError: Error, Equatable, CustomStringConvertible {
  case json(JSONParseError)
  case shape(String)

  public var description: String {
    switch self {
    case .json(let error): return error.description
    case .shape(let reason): return "unexpected gold shape: \(reason)"
    }
  }
}

/// Reads the gold JSON shape of `gold/kim-shoigu.json` (plus `other_quotes` and
/// `metadata.title`) into a `GoldArticle`.
///
/// Lenient where annotators vary: `other_quotes` may hold strings or `{"text": …}` objects, and a
/// quote of kind `other` inside `quotes` is moved to the other quotes rather than scored as
/// speech.
public enum GoldLoader {
  public static func load(json text: String) throws(GoldLoadError) -> GoldArticle {
    let root: JSONValue
    do {
      root = try JSONParser.parse(text)
    } catch {
      throw .json(error)
    }
    guard case .object = root else { throw .shape("top level is not an object") }
    guard let quoteValues = root["quotes"]?.array else { throw .shape("no quotes array") }
    var gold = GoldArticle(
      article: root["article"]?.string, title: root["metadata"]?["title"]?.string, quotes: [])
    for (number, value) in quoteValues.enumerated() {
      guard let text = value["text"]?.string else {
        throw .shape("quote \(number + 1) has no text")
      }
      let kind = value["kind"]?.string ?? "direct"
      if kind == "other" {
        gold.otherQuotes.append(text)
        continue
      }
      let speakerAny = value["speaker_any"]?.array.map { $0.map(\.string) }
      gold.quotes.append(
        GoldQuote(
          text: text, speaker: value["speaker"]?.string, speakerAny: speakerAny, kind: kind,
          paragraph: value["paragraph"]?.number.map { Int($0) }))
    }
    for value in root["other_quotes"]?.array ?? [] {
      if let text = value.string ?? value["text"]?.string { gold.otherQuotes.append(text) }
    }
    return gold
  }
}
