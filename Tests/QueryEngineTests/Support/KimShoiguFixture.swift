import NewsModel

/// The reference article `kim-shoigu.txt` modelled by hand from its gold file
/// (`shared/gold/kim-shoigu.json`), so the gold's `queries` can be checked against the engine
/// before the reader exists. One sentence per paragraph, as the gold counts them; entities are
/// listed people, orgs, places (the gold's grouping, not first mention); numbers and dates
/// are left out (no gold query needs them). Generated once from the gold; edit by hand.
enum KimShoiguFixture {
  static let text = """
     date 2025-05-06 SEOUL: North Korean leader Kim Jong Un vowed to “unconditionally \
    support” Russia in its war in Ukraine and said he expected Moscow to emerge victorious, \
    Pyongyang’s state media said Thursday.

    North Korea has become one of Moscow's main allies during its more than three-year \
    Ukraine offensive, sending thousands of troops and container-loads of weapons to help \
    the Kremlin oust Ukrainian forces from Russia's Kursk border region.

    Meeting top Russian security official Sergei Shoigu on Wednesday, Kim said that \
    Pyongyang would “unconditionally support the stand of Russia and its foreign policies in \
    all the crucial international political issues including the Ukrainian issue”, the \
    Korean Central News Agency reported.

    Kim “expressed expectation and conviction that Russia would, as ever, surely win victory \
    in the sacred cause of justice”, KCNA said.

    The two sides agreed to “continue to dynamically expand” relations, the state news \
    agency reported.

    Russia and North Korea signed a sweeping military deal last year, including a mutual \
    defence clause, during a rare visit by Russian leader Vladimir Putin to the \
    nuclear-armed North.

    Shoigu hailed the deal as “fully meeting the interests of both countries” during a visit \
    in March.

    Around 600 North Korean soldiers have been killed and thousands more wounded fighting \
    for Russia, according to South Korean lawmaker Lee Seong-kweun, citing the country's \
    intelligence service.

    North Korea in April confirmed for the first time that it had deployed troops to Russia \
    to support Moscow's war in Ukraine -- and admitted that its troops had been killed in \
    combat.

    South Korea has also accused the nuclear-armed North of sending significant volumes of \
    weapons, including missiles, to help Russia's war effort.

    The visit was Shoigu's second to Pyongyang in less than three months.

    Deepening ties

    A multilateral sanctions monitoring group including South Korea, the United States, \
    Japan and eight other countries last week condemned ties between Russia and North Korea \
    as “unlawful”.

    According to the group, Russian-flagged cargo vessels delivered as many as “nine million \
    rounds of mixed artillery and multiple rocket launcher ammunition” from North Korea to \
    Russia last year.

    In return, “Russia is believed to have provided North Korea with air defence equipment \
    and anti-aircraft missiles”, it said.

    The meeting between Kim and Shoigu in Pyongyang came the same day the North's arch-enemy \
    South Korea swore in new president Lee Jae-myung.

    In a speech upon taking office Wednesday, Lee vowed to reach out to the North -- a \
    marked departure from his hawkish predecessor Yoon Suk Yeol, under whom relations \
    plummeted to their worst level in years.

    Lee said Seoul would “deter North Korean nuclear and military provocations while opening \
    communication channels and pursuing dialogue and cooperation to build peace on the \
    Korean Peninsula”.

    KCNA reported on Lee's inauguration in a two-line report on Thursday but did not respond \
    to his overtures for talks.

    It also issued a commentary Thursday slamming French President Emmanuel Macron over \
    “imprudent” comments on Pyongyang’s ties with Moscow, calling them “shocking claptrap”.

    The commentary by analyst Choe Ju Hyun took aim at comments by the French leader during \
    the recent Shangri-La Dialogue in Singapore.

    Macron suggested that the NATO defence alliance could become involved in Asia if China \
    did not do more to press North Korea to stop sending forces to help Russia's war in \
    Ukraine.

    “It is a mistake if Macron thinks that he can cloak NATO’s aggressive and wicked \
    intention to put dirty military shoes on the Asia-Pacific region by taking issue with \
    the DPRK-Russia cooperative relations,“ the commentary said, referring to North Korea by \
    its official name, the Democratic People’s Republic of Korea.

    """

  /// (name, type, aliases, role), in the gold's order.
  static let entities: [(String, Entity.Kind, [String], String?)] = [
    ("Kim Jong Un", .person, ["Kim"], "North Korean leader"),
    ("Sergei Shoigu", .person, ["Shoigu"], "top Russian security official"),
    ("Vladimir Putin", .person, [], "Russian leader"),
    ("Lee Seong-kweun", .person, [], "South Korean lawmaker"),
    ("Lee Jae-myung", .person, ["Lee"], "new president"),
    ("Yoon Suk Yeol", .person, [], "hawkish predecessor"),
    ("Emmanuel Macron", .person, ["Macron", "the French leader"], "French President"),
    ("Choe Ju Hyun", .person, [], "analyst"),
    (
      "Korean Central News Agency", .org,
      ["KCNA", "Pyongyang’s state media", "the state news agency"], nil
    ),
    ("NATO", .org, ["the NATO defence alliance"], nil),
    ("multilateral sanctions monitoring group", .org, ["the group"], nil),
    ("Seoul", .place, [], nil),
    ("North Korea", .place, ["the North", "DPRK", "Democratic People’s Republic of Korea"], nil),
    ("Russia", .place, [], nil),
    ("Ukraine", .place, [], nil),
    ("Moscow", .place, [], nil),
    ("Kursk", .place, [], nil),
    ("Pyongyang", .place, [], nil),
    ("South Korea", .place, [], nil),
    ("United States", .place, [], nil),
    ("Japan", .place, [], nil),
    ("Singapore", .place, [], nil),
    ("China", .place, [], nil),
    ("Asia", .place, [], nil),
    ("Asia-Pacific", .place, [], nil),
    ("Korean Peninsula", .place, [], nil),
  ]

  /// The gold's quotes, in document order.
  static let quotes: [GoldQuote] = [
    GoldQuote(
      paragraph: 1, kind: .partial, speaker: "Kim Jong Un",
      mention: nil, cue: "vowed", via: "Korean Central News Agency",
      text: "unconditionally support"),
    GoldQuote(
      paragraph: 3, kind: .partial, speaker: "Kim Jong Un",
      mention: nil, cue: "said", via: "Korean Central News Agency",
      text: "unconditionally support the stand of Russia and its foreign policies "
        + "in all the crucial international political issues including the "
        + "Ukrainian issue"),
    GoldQuote(
      paragraph: 4, kind: .partial, speaker: "Korean Central News Agency",
      mention: nil, cue: "said", via: nil,
      text: "expressed expectation and conviction that Russia would, as ever, "
        + "surely win victory in the sacred cause of justice"),
    GoldQuote(
      paragraph: 5, kind: .partial, speaker: "Korean Central News Agency",
      mention: nil, cue: "reported", via: nil,
      text: "continue to dynamically expand"),
    GoldQuote(
      paragraph: 7, kind: .partial, speaker: "Sergei Shoigu",
      mention: nil, cue: "hailed", via: nil,
      text: "fully meeting the interests of both countries"),
    GoldQuote(
      paragraph: 12, kind: .partial, speaker: "multilateral sanctions monitoring group",
      mention: nil, cue: "condemned", via: nil,
      text: "unlawful"),
    GoldQuote(
      paragraph: 13, kind: .partial, speaker: "multilateral sanctions monitoring group",
      mention: nil, cue: "according to", via: nil,
      text: "nine million rounds of mixed artillery and multiple rocket launcher "
        + "ammunition"),
    GoldQuote(
      paragraph: 14, kind: .direct, speaker: "multilateral sanctions monitoring group",
      mention: "it", cue: "said", via: nil,
      text: "Russia is believed to have provided North Korea with air defence "
        + "equipment and anti-aircraft missiles"),
    GoldQuote(
      paragraph: 17, kind: .partial, speaker: "Lee Jae-myung",
      mention: "Lee", cue: "said", via: nil,
      text: "deter North Korean nuclear and military provocations while opening "
        + "communication channels and pursuing dialogue and cooperation to build "
        + "peace on the Korean Peninsula"),
    GoldQuote(
      paragraph: 19, kind: .partial, speaker: "Korean Central News Agency",
      mention: nil, cue: "slamming", via: nil,
      text: "imprudent"),
    GoldQuote(
      paragraph: 19, kind: .partial, speaker: "Korean Central News Agency",
      mention: nil, cue: "calling", via: nil,
      text: "shocking claptrap"),
    GoldQuote(
      paragraph: 22, kind: .direct, speaker: "Choe Ju Hyun",
      mention: "the commentary", cue: "said", via: nil,
      text: "It is a mistake if Macron thinks that he can cloak NATO’s aggressive "
        + "and wicked intention to put dirty military shoes on the Asia-Pacific "
        + "region by taking issue with the DPRK-Russia cooperative relations,"),
  ]

  /// The gold's `queries`: query text and expected row count.
  static let queries: [(String, Int)] = [
    ("quotes where speaker = Kim", 2),
    ("quotes where speaker = \"Kim Jong Un\"", 2),
    ("quotes where speaker == \"Kim Jong Un\"", 2),
    ("quotes where speaker = Shoigu", 1),
    ("quotes where speaker = Lee", 1),
    ("quotes where speaker = Macron", 0),
    ("quotes", 12),
    ("people", 8),
    ("paragraphs", 22),
    ("sentences", 22),
    ("sentences where text contains \"Ukraine\"", 4),
    ("sentences where text contains \"Pyongyang's\"", 2),
  ]

  /// One quote as the gold file states it.
  struct GoldQuote {
    /// 1-based, as in the gold file.
    var paragraph: Int
    var kind: Quote.Kind
    var speaker: String
    var mention: String?
    var cue: String
    var via: String?
    var text: String
  }
}

extension KimShoiguFixture {
  static let corpus = Corpus(articles: [article])

  static let article: Article = {
    var builder = ArticleBuilder(path: "kim-shoigu.txt", text: text)
    for (name, type, aliases, role) in entities {
      builder.entity(name, type, aliases: aliases, role: role)
    }
    func entity(_ name: String?) -> Int? {
      name.map { name in entities.firstIndex { $0.0 == name }! }
    }
    for (position, block) in text.split(separator: "\n\n").enumerated() {
      var block = String(block)
      if block.hasSuffix("\n") { block.removeLast() }
      if position == 0 {
        // The header (` date 2025-05-06 SEOUL: `) is no paragraph's text.
        block = String(block[block.firstRange(of: ": ")!.upperBound...])
      }
      guard let last = block.last, ".,;:!?”“\"".contains(last) else {
        builder.heading(block)
        continue
      }
      builder.paragraph(block, heading: builder.article.headings.isEmpty ? nil : 0)
      builder.sentence(block)
      for quote in quotes where quote.paragraph == builder.article.paragraphs.count {
        builder.quote(
          quote.text, quote.kind, speaker: entity(quote.speaker), mention: quote.mention,
          cue: quote.cue, via: entity(quote.via))
      }
    }
    var article = builder.article
    article.date = "2025-05-06"
    article.dateline = "Seoul"
    return article
  }()
}
