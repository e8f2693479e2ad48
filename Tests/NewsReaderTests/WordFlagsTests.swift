import Testing

@testable import NewsReader

/// The recognisers test a token's `WordFlags` in place of looking its lower form up in a word
/// list; each flag must answer exactly as its list does, for every kind of token.
@Suite struct WordFlagsTests {
  /// Every list a flag stands for, with that flag.
  static let lists: [(name: String, words: [String], flag: WordFlags)] = [
    ("orgWords", Array(Lexicon.orgWords), .orgWord),
    ("orgNouns", Array(Lexicon.orgNouns), .orgNoun),
    ("roleNouns", Array(Lexicon.roleNouns), .roleNoun),
    ("roleStops", Array(Lexicon.roleStops), .roleStop),
    ("titleWords", Array(Lexicon.titleWords), .titleWord),
    ("stateBodies", Array(Lexicon.stateBodies), .stateBody),
    ("textNouns", Array(Lexicon.textNouns), .textNoun),
    ("mediaHeads", Array(Lexicon.mediaHeads), .mediaHead),
    ("nameConnectors", Array(Lexicon.nameConnectors), .nameConnector),
    ("dottedSuffixes", Array(Lexicon.dottedSuffixes), .dottedSuffix),
    ("dottedTitles", Array(Lexicon.dottedTitles), .dottedTitle),
    ("sentenceStarters", Array(Lexicon.sentenceStarters), .sentenceStarter),
    ("orgDescriptors", Array(Lexicon.orgDescriptors), .orgDescriptor),
    ("genericOrgHeads", Array(Lexicon.genericOrgHeads), .genericOrgHead),
    ("postNominals", Array(Lexicon.postNominals), .postNominal),
    ("placeNameEnds", Array(Lexicon.placeNameEnds), .placeNameEnd),
    ("placeSuffixes", Array(Lexicon.placeSuffixes), .placeSuffix),
    ("cue verbs", Array(CueWords.verbs.keys), .cueVerb),
    (
      "calendar words",
      (DateWords.weekdays.keys + DateWords.months.keys).filter(DateWords.isCalendarWord),
      .calendarWord
    ),
  ]

  @Test func everyFlagIsExactlyItsList() {
    for list in Self.lists {
      let members = Set(list.words)
      for word in WordFlags.table.words {
        let flagged = WordFlags.table[word]?.contains(list.flag) ?? false
        #expect(flagged == members.contains(word), "\(list.name): \(word)")
      }
      for word in members {
        #expect(WordFlags.table[word]?.contains(list.flag) == true, "\(list.name): \(word)")
      }
    }
  }

  @Test func noListHoldsWhatOnlyOtherTokensAre() {
    // Punctuation, numbers and possessives carry no flags, so no list may hold one.
    for list in Self.lists {
      for word in list.words {
        #expect(word.unicodeScalars.first?.properties.isAlphabetic == true, "\(list.name): \(word)")
      }
    }
  }

  @Test func cueFormIsTheCueVerbsForm() {
    for word in WordFlags.table.words {
      #expect(WordFlags.table[word]?.cueForm == CueWords.verbs[word], "\(word)")
    }
    #expect(WordFlags.of("unlisted", hyphenated: false).cueForm == nil)
  }

  @Test func tokensAnswerAsTheLists() {
    let text = """
      Mayor Jo Rhee of the Port Authority, Inc. said on Monday that the CITY’s council \
      (and its Agency) told reporters: “It’s 3,200 people’s homes,” said Dr. Lee Jr. — \
      May, MARCH 4. Ministry’s spokeswoman Ana de la Cruz told the Group.
      """
    let tokens = TextBuffer.withBuffer(text) { buffer in
      var tokens: [Token] = []
      Tokenizer(buffer: buffer).tokens(from: 0, to: buffer.count, paragraph: 0, into: &tokens)
      return tokens
    }
    #expect(tokens.contains { $0.kind == .possessive })
    for list in Self.lists {
      let members = Set(list.words)
      for token in tokens {
        #expect(
          token.flags.contains(list.flag) == members.contains(token.lower),
          "\(list.name): \(token.lower)")
      }
    }
    for token in tokens {
      #expect(token.flags.cueForm == CueWords.verbs[token.lower], "\(token.lower)")
    }
  }

  @Test func tokensKnowTheirHyphens() {
    let text =
      "Abdullah al-Saud’s LMR-204 plan, a three-year -- 3,200-strong -- 4.8% AL-HAQ 7 up-to-date"
    let tokens = TextBuffer.withBuffer(text) { buffer in
      var tokens: [Token] = []
      Tokenizer(buffer: buffer).tokens(from: 0, to: buffer.count, paragraph: 0, into: &tokens)
      return tokens
    }
    #expect(tokens.contains { $0.isHyphenated })
    for token in tokens {
      #expect(token.isHyphenated == token.lower.utf8.contains(45), "\(token.lower)")
    }
  }
}
