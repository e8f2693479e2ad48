import LineEditor
import Testing

@Suite struct CompletionPlanTests {
  @Test func singleCandidateReplacesTheRange() {
    let plan = CompletionPlan(
      line: "sel", completion: Completion(range: 0..<3, texts: ["select "]))
    #expect(plan.edit == CompletionPlan.Edit(range: 0..<3, text: "select "))
    #expect(plan.listing.isEmpty)
    #expect(plan.applied(to: "sel", cursor: 3) == ("select ", 7))
  }

  @Test func severalCandidatesInsertTheirCommonPrefixAndAreListed() {
    let plan = CompletionPlan(
      line: "from q", completion: Completion(range: 5..<6, texts: ["quotes ", "quoted "]))
    #expect(plan.edit == CompletionPlan.Edit(range: 5..<6, text: "quote"))
    #expect(plan.listing == ["quotes", "quoted"])
    #expect(plan.applied(to: "from q", cursor: 6) == ("from quote", 10))
  }

  @Test func nothingToAddOnlyLists() {
    let plan = CompletionPlan(
      line: "l", completion: Completion(range: 0..<1, texts: ["limit ", "language "]))
    #expect(plan.edit == nil)
    #expect(plan.listing == ["limit", "language"])
  }

  @Test func quotedAndBareCandidatesShareNoPrefixSoTheyAreOnlyListed() {
    let plan = CompletionPlan(
      line: "where place = New",
      completion: Completion(range: 14..<17, texts: ["\"New York\"", "Newark"]))
    #expect(plan.edit == nil)
    #expect(plan.listing == ["\"New York\"", "Newark"])
  }

  @Test func aPrefixShorterThanTheTypedWordNeverCutsItBack() {
    let plan = CompletionPlan(
      line: "news", completion: Completion(range: 0..<4, texts: ["newsq", "new"]))
    #expect(plan.edit == nil)
  }

  @Test func aCommonPrefixMayFixTheCaseOfTheTypedWord() {
    let plan = CompletionPlan(
      line: "sel", completion: Completion(range: 0..<3, texts: ["SELECT", "SELF"]))
    #expect(plan.edit == CompletionPlan.Edit(range: 0..<3, text: "SEL"))
  }

  @Test func noCandidatesNoEdit() {
    let plan = CompletionPlan(line: "xyz", completion: .none)
    #expect(plan == CompletionPlan(edit: nil, listing: []))
  }

  @Test func duplicateCandidatesCountOnce() {
    let plan = CompletionPlan(
      line: "se", completion: Completion(range: 0..<2, texts: ["select ", "select "]))
    #expect(plan.edit == CompletionPlan.Edit(range: 0..<2, text: "select "))
    #expect(plan.listing.isEmpty)
  }

  @Test func rangesCountUnicodeScalars() {
    // "’" is one scalar but three UTF-8 bytes.
    let line = "Pyongyang’s fr"
    let plan = CompletionPlan(line: line, completion: Completion(range: 12..<14, texts: ["from "]))
    #expect(plan.applied(to: line, cursor: 14) == ("Pyongyang’s from ", 17))
  }

  @Test func outOfBoundsRangesAreClamped() {
    let plan = CompletionPlan(line: "ab", completion: Completion(range: 1..<9, texts: ["bc"]))
    #expect(plan.edit == CompletionPlan.Edit(range: 1..<2, text: "bc"))
  }

  @Test func candidatesDisplayWithoutTheirTrailingSpace() {
    #expect(Completion.Candidate("select ").display == "select")
    #expect(Completion.Candidate("x", display: "x (table)").display == "x (table)")
  }

  @Test func commonPrefixNeverSplitsACharacter() {
    // "e" + combining acute vs plain "e": the prefix stops before the cluster.
    #expect(CompletionPlan.commonPrefix(["cafe\u{301}", "cafe"]) == "caf")
    #expect(CompletionPlan.commonPrefix(["abc", "abd", "ab"]) == "ab")
    #expect(CompletionPlan.commonPrefix([]) == "")
    #expect(CompletionPlan.commonPrefix(["only"]) == "only")
  }
}
