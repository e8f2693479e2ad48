/// One article to score: its text file and the gold file beside it, if there is one yet.
struct ArticleCase {
  var name: String
  var articlePath: String
  var goldPath: String?
}
