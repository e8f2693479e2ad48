import LineEditor
import QueryEngine
import Testing

@testable import Shell

/// TAB completion decided from the statement before the cursor, on the bundled article.
struct CompletionTests {
  let completer = QueryCompleter { QueryEngine(corpus: SessionRunner.corpus) }

  private func complete(_ line: String, pending: String = "") -> Completion {
    completer.complete(pending: pending, line: line, cursor: line.unicodeScalars.count)
  }

  private func texts(_ line: String, pending: String = "") -> [String] {
    complete(line, pending: pending).candidates.map(\.text)
  }

  @Test func collectionsAtTheStart() {
    #expect(texts("").contains("quotes "))
    #expect(texts("peo") == ["people "])
    #expect(complete("peo").range == 0..<3)
  }

  @Test func clausesAfterTheCollection() {
    #expect(texts("quotes ") == ["where ", "group by ", "order by ", "limit ", "select "])
    #expect(texts("quotes wh") == ["where "])
    #expect(texts("quotes order by id ") == ["asc ", "desc ", "limit ", "select "])
    #expect(texts("quotes limit 3 ") == ["offset ", "select "])
  }

  @Test func fieldsOfTheCollection() {
    #expect(texts("quotes where sp") == ["speaker ", "speaker_mention "])
    #expect(texts("people where ro") == ["role "])
    #expect(texts("quotes select te") == ["text "])
    #expect(texts("quotes select co") == ["count() "])
    #expect(texts("quotes group by speaker order by co") == ["count "])
  }

  @Test func dottedPaths() {
    #expect(texts("quotes where speaker.ty") == ["type "])
    #expect(complete("quotes where speaker.ty").range == 21..<23)
    #expect(texts("quotes where article.da") == ["date ", "dateline "])
  }

  @Test func operatorsAfterAField() {
    #expect(texts("quotes where speaker ").contains("contains "))
    #expect(texts("quotes where speaker st") == ["starts with "])
    #expect(texts("quotes where speaker is ") == ["null ", "not null "])
  }

  @Test func valuesFromTheLoadedArticles() {
    let candidates = complete("quotes where speaker = K").candidates
    #expect(candidates.map(\.text).contains("\"Kim Jong Un\" "))
    #expect(candidates.map(\.text).contains("Kim "))
    #expect(candidates.map(\.display).contains("\"Kim Jong Un\""))
    #expect(texts("quotes where speaker = \"Kim J") == ["\"Kim Jong Un\" "])
    #expect(texts("people where type = p") == ["person "])
    #expect(texts("quotes where speaker in (Shoigu, Le") == ["Lee ", "\"Lee Jae-myung\" "])
  }

  @Test func afterAConditionAndOrAndLaterClauses() {
    #expect(
      texts("quotes where id = 1 ") == [
        "and ", "or ", "group by ", "order by ", "limit ", "select ",
      ])
    #expect(texts("quotes where (id = 1 ").first == ") ")
  }

  @Test func multiLineStatementsUseTheEarlierLines() {
    #expect(
      texts("  and sp", pending: "quotes\n  where id = 1") == ["speaker ", "speaker_mention "])
    #expect(complete("  and sp", pending: "quotes\n  where id = 1").range == 6..<8)
  }

  @Test func onlyTheStatementAfterTheLastSemicolon() {
    #expect(texts("people; quotes where sp") == ["speaker ", "speaker_mention "])
  }

  @Test func nonASCIIBeforeTheCursorCountsScalars() {
    let line = "sentences where text contains \"Pyongyang’s\" and te"
    #expect(complete(line).range.lowerBound == line.unicodeScalars.count - 2)
  }

  @Test func dotCommandsAndTheirArguments() {
    #expect(texts(".mo") == [".mode "])
    #expect(texts(".mode j") == ["json ", "jsonl "])
    #expect(texts(".timer o") == ["on ", "off "])
    #expect(texts(".schema pe") == ["people "])
  }

  @Test func nothingWhereNothingFits() {
    #expect(texts("quotes limit ").isEmpty)
    #expect(texts("quotes where speaker = Kim Jong").isEmpty)
  }

  @Test func valuesNeedingQuotesAreQuoted() {
    #expect(ValueCandidates.isBare("Kim"))
    #expect(ValueCandidates.isBare("Jae-myung"))
    #expect(!ValueCandidates.isBare("Kim Jong Un"))
    #expect(!ValueCandidates.isBare("and"))
    #expect(ValueCandidates.quoted("say \"hi\"") == #""say \"hi\"""#)
  }
}
