import QueryLanguage
import Testing

@Suite struct StatementCompletenessTests {
  @Test(arguments: [
    "quotes",
    "quotes where speaker = Kim",
    "quotes order by date desc",
    "quotes order by date asc",
    "quotes where via is null",
    "quotes where via is not null",
    "quotes select count()",
    "entities group by type order by count",
    "quotes limit 5",
    "quotes;",
    "quotes where text = \"a ( b\"",
    "quotes where text = \"where\"",
    "",
    "   ",
    "# just a comment",
    ".mode json",
    "  .schema quotes",
    ".help where",
    "quotes where x = 1 # and",
    "quotes where (a = 1 or b = 2)",
    "quotes where text = \"bad \\q\"",
    "quotes where x = 1)",
    "quotes where speaker = Kim Jong Un",
    "quotes; people",
  ])
  func complete(_ text: String) {
    #expect(StatementCompleteness.isComplete(text), "\(text)")
  }

  @Test(arguments: [
    "quotes where",
    "quotes WHERE",
    "quotes where speaker =",
    "quotes where speaker ==",
    "quotes where speaker <=",
    "quotes where speaker = Kim and",
    "quotes where speaker = Kim or",
    "quotes where not",
    "quotes group",
    "quotes group by",
    "quotes order",
    "quotes order by",
    "quotes order by date,",
    "quotes limit",
    "quotes limit 5 offset",
    "quotes select",
    "quotes select text,",
    "quotes where kind in",
    "quotes where kind in (direct,",
    "quotes where kind in (direct",
    "quotes where text contains",
    "quotes where text starts",
    "quotes where text starts with",
    "quotes where text ends with",
    "quotes where text matches",
    "quotes where via is",
    "quotes where via is not",
    "quotes where speaker.",
    "quotes where (a = 1",
    "quotes where text = \"unfinished",
    "quotes where text = 'unfinished",
    "quotes where text = “unfinished",
    "quotes where text = \"line one\nline two",
    "quotes;\npeople where",
    "quotes where # comment\n",
  ])
  func incomplete(_ text: String) {
    #expect(!StatementCompleteness.isComplete(text), "\(text)")
  }
}
