import Testing

@testable import NewsReader

/// The recogniser's and the attributor's shortcuts (byte tests before string calls, look-ups
/// by a form's bits, the gazetteer's flat tables) must answer exactly as the plain code they
/// replace.
@Suite struct RecogniserShortcutTests {
  static let text = """
    Kim Jong Un met officials of the Democratic People’s Republic of Korea and the US \
    delegation in New York; the South Korean envoy told us the LMR-204 plan, a three-year \
    deal, was "finally" agreed. I’m told the Internationalisation2 Committee, Zürich's \
    mayor, Costa Rica, Côte d'Ivoire and the United Kingdom's manufacturers' bodies — \
    Mr. Ruiz, 11, said reportedly rethinking the 2024 ceasefire — would follow.
    """

  static func tokens(_ text: String) -> [Token] {
    TextBuffer.withBuffer(text) { buffer in
      var tokens: [Token] = []
      Tokenizer(buffer: buffer).tokens(from: 0, to: buffer.count, paragraph: 0, into: &tokens)
      return tokens
    }
  }

  @Test func quickAffixesAnswerAsTheLibrary() {
    let words =
      Self.tokens(Self.text).map(\.lower) + [
        "", "s", "ly", "ing", "thing", "i’m", "i'd", "i", "rethinking", "maker", "drugmaker",
        "e\u{301}s", "s\u{301}", "ça", "manufacturers’", "a\r\n", "\r\nb", "b\r", "\nb",
        "fifteen bytes!!", "sixteen bytes!!!", "x sixteen bytes!!!",
      ]
    let affixes = [
      "s", "ly", "ing", "thing", "maker", "ed", "-ed", "ist", "i’", "i'", "spokes", "", "\n",
      "\r", "a\n", "b\r", "fifteen bytes!!", "sixteen bytes!!!",
    ]
    for word in words {
      for affix in affixes {
        #expect(word.hasSuffixQuickly(affix) == word.hasSuffix(affix), "\(word) \(affix)")
        #expect(word.hasPrefixQuickly(affix) == word.hasPrefix(affix), "\(word) \(affix)")
      }
    }
  }

  @Test func firstAndLastBytesAreTheStringsOwn() {
    let words =
      Self.tokens(Self.text).map(\.lower) + [
        "", "s", "ab", "abcdefgh", "abcdefghi", "abcdefghijklmno", "abcdefghijklmnop", "ç", "aç",
        "çа", "’", "people’s", String(repeating: "z", count: 40),
      ]
    for word in words {
      #expect(word.lastByte == word.utf8.last, "\(word)")
      #expect(word.firstByte == word.utf8.first, "\(word)")
    }
  }

  @Test func wordSetAnswersAlikeByBitsAndByBytes() {
    let members = [
      "said", "told", "people's", "state-run", "ça", "internationalisation", "a", "reportedly",
    ]
    let words = WordSet(members)
    let queries =
      Self.tokens(Self.text).map(\.lower) + members + [
        "", "sai", "Said", "internationalisatio", "internationalisations", "ç", "people’s",
        String("people's minister".prefix(8)), "reportedly" + "",
      ]
    for query in queries {
      var copy = query
      let byBytes = copy.withUTF8 { words.contains(bytes: $0) }
      #expect(words.contains(query) == byBytes, "\(query)")
      #expect(words.contains(query) == members.contains(query), "\(query)")
    }
    #expect(words.contains("internationalisation"))
    #expect(!words.contains("told "))
    #expect(words.count == members.count)
  }

  @Test func digitTestReadsEveryByte() {
    let tokens =
      Self.tokens(Self.text)
      + Self.tokens("a1 1a abcdefgh9 abcdefghijklmn7 abcdefghijklmnop7 09 ab:/ ÿ9 9ÿ x")
    #expect(tokens.contains { EntityRecognizer.holdsDigit($0) })
    for token in tokens {
      #expect(
        EntityRecognizer.holdsDigit(token)
          == token.lower.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), "\(token.lower)")
    }
  }

  /// The gazetteer's match as it was written before its tables were flattened: every entry
  /// under the first word, tried in order, the longest kept.
  static func plainMatch(_ tokens: [Token], at start: Int, limit: Int) -> (String, Int)? {
    guard tokens[start].isCapitalized || tokens[start].isAllCaps || tokens[start].kind == .number
    else { return nil }
    var best: (String, Int)?
    for entry in Gazetteer.shared.entries where entry.tokens[0] == tokens[start].lower {
      let end = start + entry.tokens.count
      guard end <= limit else { continue }
      var matches = true
      for offset in 0..<entry.tokens.count {
        let position = start + offset
        if tokens[position].lower != entry.tokens[offset]
          || (entry.mustBeCaps[offset] && !tokens[position].isAllCaps)
          || tokens[position].sentence != tokens[start].sentence
          || (offset > 0 && tokens[position].start > tokens[position - 1].end + 1)
        {
          matches = false
          break
        }
      }
      if matches, end > (best?.1 ?? 0) { best = (entry.canonical, end) }
    }
    return best
  }

  @Test func gazetteerMatchesAsBefore() {
    let tokens = Self.tokens(Self.text)
    var found = 0
    for start in tokens.indices {
      for limit in [tokens.count, min(tokens.count, start + 2)] {
        let match = Gazetteer.shared.match(tokens, at: start, limit: limit)
        let plain = Self.plainMatch(tokens, at: start, limit: limit)
        #expect(match?.0.canonical == plain?.0, "\(tokens[start].lower)")
        #expect(match?.1 == plain?.1, "\(tokens[start].lower)")
        let place = Gazetteer.shared.matchPlace(tokens, at: start, limit: limit)
        #expect(place?.isPlace == match?.0.isPlace && place?.end == match?.1)
        if match != nil { found += 1 }
      }
    }
    #expect(found >= 6)
  }
}
