/// The score of one article: its tallies and the issues behind any shortfall.
public struct ArticleScore: Sendable {
  public var name: String
  public var counts: QuoteCounts
  public var issues: [ScoringIssue]

  public init(name: String, counts: QuoteCounts, issues: [ScoringIssue]) {
    self.name = name
    self.counts = counts
    self.issues = issues
  }
}
