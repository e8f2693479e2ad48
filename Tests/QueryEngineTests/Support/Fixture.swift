import NewsModel

/// The hand-made corpus most engine tests query: two small articles covering every collection,
/// people whose names share words (Lee Jae-myung, Lee Seong-kweun), a multi-word surname
/// (Pieter van Laar), an org with an acronym alias, quotes with and without a speaker, a
/// non-speech quote, numbers with and without a value, dates resolved and not, a heading.
///
/// Corpus-wide ids: paragraphs 1–3 are a1's, 4–5 b2's; sentences 1–4 a1's, 5–7 b2's; entities
/// 1–5 a1's, 6–8 b2's; `quotes` 1–2 a1's, 3–4 b2's (`all_quotes` adds a1's "Oldboy" as 3).
enum Fixture {
  static let corpus = Corpus(articles: [first, second])

  static let firstText = """
     date 2025-05-06 SEOUL: President Lee Jae-myung said Seoul would “deter provocations”, \
    Yonhap reported.

    Lawmaker Lee Seong-kweun said around 600 soldiers died last year.

    Deepening ties

    The Korean Central News Agency called it “shocking claptrap” on Thursday. KCNA’s film \
    “Oldboy” aired.

    """

  static let first: Article = {
    var a = ArticleBuilder(path: "a1.txt", text: firstText)
    let lee = a.entity("Lee Jae-myung", .person, aliases: ["Lee"], role: "President")
    let seoul = a.entity("Seoul", .place)
    let yonhap = a.entity("Yonhap", .org)
    let seong = a.entity("Lee Seong-kweun", .person, role: "Lawmaker")
    let kcna = a.entity(
      "Korean Central News Agency", .org, aliases: ["KCNA", "Pyongyang’s state media"])

    a.paragraph(
      "President Lee Jae-myung said Seoul would “deter provocations”, Yonhap reported.")
    a.sentence("President Lee Jae-myung said Seoul would “deter provocations”, Yonhap reported.")
    a.mention(lee, "Lee Jae-myung")
    a.mention(seoul, "Seoul")
    a.mention(yonhap, "Yonhap")
    a.quote(
      "deter provocations", .partial, speaker: lee, mention: "Lee Jae-myung", cue: "said",
      via: yonhap)

    a.paragraph("Lawmaker Lee Seong-kweun said around 600 soldiers died last year.")
    a.sentence("Lawmaker Lee Seong-kweun said around 600 soldiers died last year.")
    a.mention(seong, "Lee Seong-kweun")
    a.number("600", value: 600, unit: "soldiers", qualifier: "around")
    a.date("last year", resolved: "2024")

    a.heading("Deepening ties")
    a.paragraph(
      "The Korean Central News Agency called it “shocking claptrap” on Thursday. KCNA’s film "
        + "“Oldboy” aired.", heading: 0)
    a.sentence("The Korean Central News Agency called it “shocking claptrap” on Thursday.")
    a.mention(kcna, "Korean Central News Agency")
    a.quote(
      "shocking claptrap", .partial, speaker: kcna, mention: "The Korean Central News Agency",
      cue: "called")
    a.date("Thursday", resolved: "2025-05-01")
    a.sentence("KCNA’s film “Oldboy” aired.")
    a.mention(kcna, "KCNA")
    a.quote("Oldboy", .other)

    var article = a.article
    article.title = "Lee vows to talk"
    article.date = "2025-05-06"
    article.dateline = "Seoul"
    return article
  }()

  static let secondText = """
    Pieter van Laar said in Rotterdam: “We will rebuild – slowly.”

    Officials expect 4.8% growth and thousands of jobs, Lee Jae-myung noted. “No comment,” an \
    official said on Friday.

    """

  static let second: Article = {
    var a = ArticleBuilder(path: "b2.txt", text: secondText)
    let pieter = a.entity("Pieter van Laar", .person, aliases: ["van Laar"])
    let rotterdam = a.entity("Rotterdam", .place)
    let lee = a.entity("Lee Jae-myung", .person, role: "President")

    a.paragraph("Pieter van Laar said in Rotterdam: “We will rebuild – slowly.”")
    a.sentence("Pieter van Laar said in Rotterdam: “We will rebuild – slowly.”")
    a.mention(pieter, "Pieter van Laar")
    a.mention(rotterdam, "Rotterdam")
    a.quote(
      "We will rebuild – slowly.", .direct, speaker: pieter, mention: "Pieter van Laar",
      cue: "said")

    a.paragraph(
      "Officials expect 4.8% growth and thousands of jobs, Lee Jae-myung noted. “No comment,” "
        + "an official said on Friday.")
    a.sentence("Officials expect 4.8% growth and thousands of jobs, Lee Jae-myung noted.")
    a.number("4.8%", value: 4.8, unit: "%")
    a.number("thousands", value: nil, unit: "jobs")
    a.mention(lee, "Lee Jae-myung")
    a.sentence("“No comment,” an official said on Friday.")
    a.quote("No comment,", .direct, mention: "an official", cue: "said")
    a.date("Friday", resolved: nil)
    return a.article
  }()
}
