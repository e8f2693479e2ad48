import Testing

@testable import NewsReader

/// `WordTable` replaces `Set<String>` and `Dictionary` for the word lists: it must answer
/// exactly as they would, by string and by bytes, however many words it holds.
@Suite struct WordTableTests {
  @Test func setAnswersLikeASet() {
    let words: WordSet = ["said", "told", "people's", "state-run", "ça"]
    #expect(words.contains("said"))
    #expect(words.contains("state-run"))
    #expect(words.contains("people's"))
    #expect(words.contains("ça"))
    #expect(!words.contains("sai"))
    #expect(!words.contains("saidx"))
    #expect(!words.contains("Said"))
    #expect(!words.contains(""))
    #expect(words.contains("people's minister".prefix(8)))
  }

  @Test func tableKeepsEveryWordWhenItGrows() {
    var table = WordTable<Int>()
    let words = (0..<5000).map { "w\($0)" }
    for (value, word) in words.enumerated() { table[word] = value }
    #expect(table.count == words.count)
    for (value, word) in words.enumerated() { #expect(table[word] == value) }
    #expect(table["w5000"] == nil)
    table["w7"] = 70
    #expect(table["w7"] == 70)
    #expect(table.count == words.count)
  }

  @Test func bytesFindTheSharedWord() {
    let map: WordMap<Int> = ["monday": 1, "may": 5]
    #expect(map["may"] == 5)
    #expect(map["june"] == nil)
    #expect(map.keys == ["monday", "may"])
    var table = WordTable<Int>()
    table["monday"] = 1
    let found = Array("monday".utf8).withUnsafeBufferPointer { table.entry(bytes: $0) }
    #expect(found?.word.string == "monday")
    #expect(found?.value == 1)
    let missing = Array("monda".utf8).withUnsafeBufferPointer { table.entry(bytes: $0) }
    #expect(missing == nil)
  }

  @Test func formsFindTheirWords() {
    // The tokenizer asks by form: short ASCII forms by their bits, others by their text.
    var table = WordTable<Int>()
    let long = String(repeating: "intergovernmental", count: 2)
    for (value, word) in ["monday", "a", "fifteen-letters", long, "école", ","].enumerated() {
      table[word] = value
    }
    for written in ["Monday", "MONDAY", "monday"] {
      let form = Array(written.utf8).withUnsafeBufferPointer { LowerForm(lowercasing: $0) }
      #expect(table.value(of: form) == 0, "\(written)")
    }
    #expect(table.value(of: LowerForm("a")) == 1)
    #expect(table.value(of: LowerForm("fifteen-letters")) == 2)
    #expect(table.value(of: LowerForm(long)) == 3)
    #expect(table.value(of: LowerForm("école")) == 4)
    #expect(table.value(of: LowerForm(",")) == 5)
    for missing in ["mondays", "monda", "", "b", "École", long + "s"] {
      #expect(table.value(of: LowerForm(missing)) == nil, "\(missing)")
    }
    // A short text in a heap string has the same form as the literal.
    var grown = String(repeating: "x", count: 40)
    grown.removeAll(keepingCapacity: true)
    grown.append("monday")
    #expect(table.value(of: LowerForm(grown)) == 0)
  }

  @Test func commonWordsKeepTheirFlags() {
    // Sharing strings for common words must not change what the lists say about them.
    #expect(WordFlags.of("the", hyphenated: false).contains(.determiner))
    #expect(WordFlags.of("said", hyphenated: false).contains(.roleStop))
    #expect(WordFlags.of("three-year", hyphenated: true) == .numberCompound)
    // A sentence starter, and in no other list.
    #expect(WordFlags.of("however", hyphenated: false) == .sentenceStarter)
  }
}

/// The word lists kept as `WordSet`s compare bytes where `Set<String>` compared canonically
/// equivalent strings; the two answer alike as long as every member is plain ASCII without an
/// upper-case letter, ";" or "`" (the only ASCII a non-ASCII character is canonically equal to
/// is "K", ";" and "`": the Kelvin sign, the Greek question mark and the Greek varia).
@Suite struct WordSetListTests {
  @Test func listsHoldOnlyPlainLowerCaseASCII() {
    let lists: [WordSet] = [
      CueWords.nounLikeForms, CueWords.subjectPronouns, CueWords.pastForms, CueWords.naming,
      CueWords.strictNaming, CueWords.namingNouns, CueWords.titleNouns, CueWords.namingFillers,
      CueWords.scareQuoteOpeners, CueWords.clauseWords, CueWords.frequencyAdverbs,
      CueWords.passiveMarkers, CueWords.coordinators, CueWords.clauseBreaks,
      CueWords.clauseOpeners, CueWords.perceptionVerbs, CueWords.pledgeNouns,
      CueWords.mouthpieces, CueWords.auxiliaries, Lexicon.personNouns,
      Lexicon.generationSuffixes, Lexicon.genericOrgHeads, Lexicon.vagueOrgHeads,
      Lexicon.placeNameEnds, Lexicon.objectPrepositions, EntityRecognizer.undottedCompanySuffixes,
      EntityRecognizer.partOfOrganisation, EntityRecognizer.unnamedGroupOpeners,
      CueWords.readingVerbs, CueWords.signNouns, SpeakerAttributor.quotingVerbs,
      EntityRecognizer.phraseConnectors, EntityRecognizer.orgNameJoiners,
      EntityRecognizer.arabicArticles, EntityRecognizer.placeNouns,
      EntityRecognizer.placeModifiers, EntityRecognizer.workplacePrepositions,
    ]
    for list in lists {
      #expect(list.count > 0)
      for word in list {
        #expect(
          word.utf8.allSatisfy { $0 < 0x80 && !ByteClass.isUpper($0) && $0 != 59 && $0 != 96 },
          "\(word)")
      }
    }
  }
}
