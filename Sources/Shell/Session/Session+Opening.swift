extension Session {
  /// A session over the articles at `paths`, or over the bundled example when there are none.
  public static func open(paths: [String], format: OutputFormat) throws(InputError) -> Session {
    let loader = ArticleLoader()
    let corpus = paths.isEmpty ? loader.bundledExample() : try loader.load(paths: paths)
    return Session(corpus: corpus, format: format)
  }
}
