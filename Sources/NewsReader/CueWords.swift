/// Speech cues: the verbs and phrases that attribute quoted words to a speaker.
///
/// Compiled from the reporting verbs listed in the AP and Reuters style guides plus the
/// evaluative verbs news copy uses to frame quotes ("hailed … as", "slamming", "calling").
/// Verbs of agreeing, believing or feeling ("agreed", "believed", "hoped") are deliberately
/// absent: they report a stance, not words.
enum CueWords {
  /// Form of a cue, which decides where its subject is found.
  enum Form {
    /// Finite verb: the subject stands before it ("Lee said") or after it ("said Lee").
    case finite
    /// Participle: the subject is the clause's subject ("It issued …, slamming …").
    case participle
  }

  static let verbs: [String: Form] = {
    var table: [String: Form] = [:]
    for line in stems {
      let nounToo = line.hasPrefix("*")
      let forms = DataText.split(line, on: "/")
      for (position, form) in forms.enumerated() {
        if nounToo && (position == 0 || position == 2) { continue }
        table[String(form)] = position == 3 ? .participle : .finite
      }
    }
    table["labeled"] = .finite
    table["labeling"] = .participle
    return table
  }()

  /// Present forms of the stems that are also nouns ("calls", "report"): cues only right
  /// after a subject pronoun ("what she calls a “…”").
  static let nounLikeForms: WordSet = {
    var forms = WordSet()
    for line in stems where line.hasPrefix("*") {
      let split = DataText.split(String(line.dropFirst()), on: "/")
      forms.insert(String(split[0]))
      forms.insert(String(split[2]))
    }
    return forms
  }()

  /// Pronouns that make a following noun-like form a verb.
  static let subjectPronouns: WordSet = ["he", "she", "it", "they", "we", "i", "you", "who"]

  /// Reporting verbs, as present/past/third-person/participle. Stems marked `*` are also
  /// common nouns ("a report", "the state"), so only their past tense and participle count as
  /// cues on their own.
  static let stems = [
    "say/said/says/saying", "tell/told/tells/telling", "add/added/adds/adding",
    "vow/vowed/vows/vowing", "warn/warned/warns/warning", "hail/hailed/hails/hailing",
    "condemn/condemned/condemns/condemning", "*call/called/calls/calling",
    "slam/slammed/slams/slamming", "*report/reported/reports/reporting",
    "write/wrote/writes/writing", "*state/stated/states/stating",
    "declare/declared/declares/declaring", "insist/insisted/insists/insisting",
    "*claim/claimed/claims/claiming", "argue/argued/argues/arguing",
    "explain/explained/explains/explaining", "*note/noted/notes/noting",
    "announce/announced/announces/announcing", "urge/urged/urges/urging",
    "ask/asked/asks/asking", "*reply/replied/replies/replying",
    "respond/responded/responds/responding", "*stress/stressed/stresses/stressing",
    "*pledge/pledged/pledges/pledging", "*promise/promised/promises/promising",
    "accuse/accused/accuses/accusing", "criticise/criticised/criticises/criticising",
    "criticize/criticized/criticizes/criticizing", "describe/described/describes/describing",
    "denounce/denounced/denounces/denouncing", "*praise/praised/praises/praising",
    "*tweet/tweeted/tweets/tweeting", "*post/posted/posts/posting",
    "*quote/quoted/quotes/quoting", "*shout/shouted/shouts/shouting",
    "recall/recalled/recalls/recalling", "admit/admitted/admits/admitting",
    "complain/complained/complains/complaining", "*demand/demanded/demands/demanding",
    "predict/predicted/predicts/predicting", "*brand/branded/brands/branding",
    "*label/labelled/labels/labelling", "*blast/blasted/blasts/blasting",
    "*lash/lashed/lashes/lashing", "decry/decried/decries/decrying",
    "threaten/threatened/threatens/threatening", "assert/asserted/asserts/asserting",
    "conclude/concluded/concludes/concluding", "exclaim/exclaimed/exclaims/exclaiming",
    "*remark/remarked/remarks/remarking", "observe/observed/observes/observing",
    "*comment/commented/comments/commenting", "*cry/cried/cries/crying",
    "*blame/blamed/blames/blaming", "dismiss/dismissed/dismisses/dismissing",
    "reject/rejected/rejects/rejecting", "*caution/cautioned/cautions/cautioning",
    "advise/advised/advises/advising", "mutter/muttered/mutters/muttering",
    "acknowledge/acknowledged/acknowledges/acknowledging",
    "concede/conceded/concedes/conceding", "confirm/confirmed/confirms/confirming",
    "reveal/revealed/reveals/revealing", "*joke/joked/jokes/joking",
    "*quip/quipped/quips/quipping", "*muse/mused/muses/musing",
    "plead/pleaded/pleads/pleading", "*boast/boasted/boasts/boasting",
    "emphasise/emphasised/emphasises/emphasising",
    "emphasize/emphasized/emphasizes/emphasizing",
    "reiterate/reiterated/reiterates/reiterating", "allege/alleged/alleges/alleging",
    "*retort/retorted/retorts/retorting", "*whisper/whispered/whispers/whispering",
    "*yell/yelled/yells/yelling", "*scream/screamed/screams/screaming",
    "*counter/countered/counters/countering", "*lament/lamented/laments/lamenting",
    "testify/testified/testifies/testifying",
    "characterise/characterised/characterises/characterising",
    "characterize/characterized/characterizes/characterizing",
    "deride/derided/derides/deriding", "*mock/mocked/mocks/mocking",
    "*scoff/scoffed/scoffs/scoffing", "deny/denied/denies/denying",
    "*answer/answered/answers/answering", "contend/contended/contends/contending",
    "recount/recounted/recounts/recounting", "opine/opined/opines/opining",
    "*fume/fumed/fumes/fuming", "*term/termed/terms/terming",
    "apologise/apologised/apologises/apologising",
    "apologize/apologized/apologizes/apologizing", "speak/spoke/speaks/speaking",
    "suggest/suggested/suggests/suggesting", "*sigh/sighed/sighs/sighing",
    "*snap/snapped/snaps/snapping", "*tout/touted/touts/touting",
    "*welcome/welcomed/welcomes/welcoming", "*repeat/repeated/repeats/repeating",
    "*text/texted/texts/texting",
    "*protest/protested/protests/protesting",
    "*object/objected/objects/objecting", "propose/proposed/proposes/proposing",
    "disagree/disagreed/disagrees/disagreeing", "*marvel/marvelled/marvels/marvelling",
    "*marvel/marveled/marvels/marveling", "*laugh/laughed/laughs/laughing",
    "*grumble/grumbled/grumbles/grumbling", "*groan/groaned/groans/groaning",
    "interject/interjected/interjects/interjecting",
    "elaborate/elaborated/elaborates/elaborating", "clarify/clarified/clarifies/clarifying",
    "summarise/summarised/summarises/summarising",
    "summarize/summarized/summarizes/summarizing", "reckon/reckoned/reckons/reckoning",
    "*thunder/thundered/thunders/thundering", "*sob/sobbed/sobs/sobbing",
    "*caption/captioned/captions/captioning",
  ]

  /// Past forms ("said", "accused"), which a form of "be" before them makes passive.
  static let pastForms: WordSet = {
    var forms: WordSet = ["labeled"]
    for (word, form) in verbs where form == .finite && !word.hasSuffix("s") {
      forms.insert(word)
    }
    return forms
  }()

  /// Verbs that name things rather than report speech when the quoted words look like a title
  /// ("a campaign called “Freedom First”").
  static let naming: WordSet = [
    "called", "dubbed", "titled", "entitled", "named", "nicknamed", "so-called", "branded",
    "known", "labelled", "labeled", "term", "word", "phrase", "slogan", "hashtag", "headline",
    "call", "calls",
  ]

  /// Naming words whose quote is a name whatever its case ("nicknamed the plan the “…”").
  static let strictNaming: WordSet = [
    "dubbed", "titled", "entitled", "named", "nicknamed", "so-called", "known",
  ]

  /// Nouns that hold up the words right after them as words, whatever their case ("the phrase
  /// “fan tax”"); past a filler they do not ("rejected the phrase as “a slogan”").
  static let namingNouns: WordSet = ["term", "word", "phrase", "slogan", "hashtag", "headline"]

  /// Nouns a title in quotes follows ("the documentary “…”", "the breakfast programme “…”").
  static let titleNouns: WordSet = [
    "album", "albums", "song", "songs", "single", "track", "film", "films", "movie", "book",
    "novel", "memoir", "programme", "program", "show", "series", "documentary", "play",
    "musical", "hit", "podcast", "newspaper", "magazine", "column", "exhibition", "opera",
    "painting", "poem", "report", "scheme", "campaign", "initiative", "operation",
  ]

  /// Verbs that give the words written on something ("the sign read “…”").
  static let readingVerbs: WordSet = ["read", "reads", "reading", "bearing", "proclaiming"]

  /// Things whose written words are displayed, not spoken ("a banner read ‘…’").
  static let signNouns: WordSet = [
    "banner", "banners", "sign", "signs", "placard", "placards", "poster", "posters",
    "billboard", "billboards", "graffiti", "t-shirt", "t-shirts", "shirt", "shirts", "plaque",
    "inscription", "sticker", "stickers", "mural", "flag", "flags",
  ]

  /// Words that may stand between a naming word and its quote ("called him “…”").
  static let namingFillers: WordSet = [
    "the", "a", "an", "as", "it", "him", "her", "them", "themselves", "himself", "herself",
    "itself", "this", "that", "plan", "scheme", "deal", "policy", "tower", "place", "city",
    "town", "team", "group",
  ]

  /// Determiners and possessives a one-word scare quote follows ("her ‘dream’ wedding").
  static let scareQuoteOpeners: WordSet = [
    "the", "a", "an", "her", "his", "their", "its", "our", "my", "your", "this", "that",
    "these", "those",
  ]

  /// Function words that start a new phrase after a quoted word ("a “disaster” for
  /// families"): the quoted word ended its noun phrase, so it may be speech.
  static let clauseWords: WordSet = [
    "for", "to", "in", "of", "and", "or", "but", "that", "which", "who", "at", "on", "with",
    "by", "from", "as", "than", "is", "was", "are", "were", "be", "been", "has", "have", "had",
    "will", "would", "could", "should", "may", "might", "can", "not", "because", "if", "when",
    "while", "after", "before", "over", "into", "about", "since", "so", "he", "she", "it",
    "they", "we", "i", "you", "there", "then", "now", "too", "also", "even", "until", "unless",
    "where", "whose", "against", "under", "without", "within", "through", "during", "despite",
  ]

  /// Adverbs of frequency that stand inside a verb phrase ("is often called").
  static let frequencyAdverbs: WordSet = [
    "often", "sometimes", "also", "still", "now", "always", "usually", "widely", "once",
  ]

  /// Forms of "be" that make a cue passive ("was accused of “…”"): the subject is the one
  /// spoken about, not the speaker.
  static let passiveMarkers: WordSet = ["was", "were", "is", "are", "been", "being", "be"]

  /// Conjunctions that join a second cue to the first one's subject ("said … but vowed").
  static let coordinators: WordSet = ["but", "and"]

  /// Words that end a noun phrase: a subject standing after a quote never runs past them
  /// ("“…” Russia in its war and said" is no subject).
  static let clauseBreaks: WordSet = [
    "and", "but", "or", "that", "which", "while", "because", "if", "when", "to", "as",
    "after", "before", "since", "though", "although",
  ]

  /// Words opening a clause set off by commas between a subject and its cue ("X, who …,
  /// said"): the subject stands before the clause.
  static let clauseOpeners: WordSet = ["who", "whose", "which", "whom", "where", "when"]

  /// Verbs of perceiving that report overheard words with a participle ("was heard muttering").
  static let perceptionVerbs: WordSet = ["heard", "overheard"]

  /// Nouns of pledging that quote the pledge after "to" ("on a promise to “…”").
  static let pledgeNouns: WordSet = ["promise", "pledge", "vow", "promises", "pledges"]

  /// Nouns for who speaks on a person's behalf: "his office said" is the person speaking.
  static let mouthpieces: WordSet = [
    "office", "spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "barrister",
    "attorney", "attorneys", "solicitor", "campaign", "aides", "representatives",
  ]

  /// Words that may stand between a speaker and the cue ("Lee also said", "she has warned").
  static let auxiliaries: WordSet = [
    "also", "has", "have", "had", "was", "were", "is", "are", "then", "later", "previously",
    "earlier", "repeatedly", "reportedly", "further", "again", "once", "recently", "strongly",
    "publicly", "separately", "already", "will", "would", "could", "may", "might",
    "often", "frequently", "immediately", "quickly", "angrily", "simply", "just", "once",
  ]
}
