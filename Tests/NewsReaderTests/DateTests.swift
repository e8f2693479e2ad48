import NewsModel
import NewsReader
import Testing

@Suite struct DateTests {
  /// 2024-03-06 is a Wednesday.
  private func dates(_ body: String, date: String? = "2024-03-06") -> [String] {
    Reading.article(body, date: date).dates.map { "\($0.text)=\($0.resolved ?? "nil")" }
  }

  @Test func weekdaysOnOrBeforeTheDate() {
    #expect(dates("They met on Monday.") == ["Monday=2024-03-04"])
    #expect(dates("They met on Wednesday.") == ["Wednesday=2024-03-06"])
    #expect(dates("They met on Thursday.") == ["Thursday=2024-02-29"])
  }

  @Test func monthsWithoutYear() {
    #expect(dates("It began in February.") == ["February=2024-02"])
    #expect(dates("It began in December.") == ["December=2023-12"])
    #expect(dates("It began on March 3.") == ["March 3=2024-03-03"])
    #expect(dates("It began on March 9.") == ["March 9=2023-03-09"])
    #expect(dates("It began on June 2, 2021.") == ["June 2, 2021=2021-06-02"])
  }

  @Test func relativeExpressions() {
    #expect(dates("Prices rose last year.") == ["last year=2023"])
    #expect(dates("Prices rose last week.") == ["last week=2024-W09"])
    #expect(dates("Prices rose last month.") == ["last month=2024-02"])
    #expect(dates("Prices rose yesterday.") == ["yesterday=2024-03-05"])
  }

  @Test func isoWeekAcrossNewYear() {
    // 2021-01-10 is a Sunday; the week before holds 2021-01-03, which is in 2020-W53.
    #expect(dates("Prices rose last week.", date: "2021-01-10") == ["last week=2020-W53"])
  }

  @Test func noArticleDate() {
    #expect(
      dates("They met on Monday and again last week.", date: nil) == [
        "Monday=nil", "last week=nil",
      ])
  }

  @Test func mayAsVerbIsNoDate() {
    #expect(dates("Officials may delay the vote.").isEmpty)
    #expect(dates("The vote was held in May.") == ["May=2023-05"])
  }
}
