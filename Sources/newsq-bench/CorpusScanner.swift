/// Finds article/gold pairs in the places the bench is pointed at.
///
/// Two layouts are accepted, because the development corpus and the example differ: a corpus
/// root with `articles/NAME.txt` and `gold/NAME.json`, and a flat folder of `NAME.txt` with
/// `NAME.gold.json` or `NAME.json` beside it.
enum CorpusScanner {
  static func cases(in directory: String) -> [ArticleCase] {
    let articles = FileSystem.join(directory, "articles")
    if FileSystem.isDirectory(articles) {
      let gold = FileSystem.join(directory, "gold")
      return FileSystem.list(articles).filter { $0.hasSuffix(".txt") }.map { file in
        let base = String(file.dropLast(4))
        let goldPath = FileSystem.join(gold, base + ".json")
        return ArticleCase(
          name: base, articlePath: FileSystem.join(articles, file),
          goldPath: FileSystem.exists(goldPath) ? goldPath : nil)
      }
    }
    return FileSystem.list(directory).filter { $0.hasSuffix(".txt") }.map { file in
      caseFor(article: FileSystem.join(directory, file))
    }
  }

  /// The case for one article file, its gold looked up beside it.
  static func caseFor(article path: String) -> ArticleCase {
    let base = String(path.dropLast(path.hasSuffix(".txt") ? 4 : 0))
    let name = String(base.split(separator: "/").last ?? Substring(base))
    let gold = [base + ".gold.json", base + ".json"].first(where: FileSystem.exists)
    return ArticleCase(name: name, articlePath: path, goldPath: gold)
  }
}
