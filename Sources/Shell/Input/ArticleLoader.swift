import NewsModel
import NewsReader

/// Turns the paths given on the command line (files and folders) into a corpus of articles.
///
/// Folders are searched recursively for `.txt` files, in name order, skipping hidden entries.
/// Anything unreadable stops the load with an `InputError`: a silently skipped article would be
/// lost data in every answer that follows.
public struct ArticleLoader: Sendable {
  private let reader = ArticleReader()

  public init() {}

  /// The bundled example alone.
  public func bundledExample() -> Corpus {
    Corpus(articles: [reader.read(text: BundledExample.text, path: BundledExample.path)])
  }

  public func load(paths: [String]) throws(InputError) -> Corpus {
    var articles: [Article] = []
    for path in paths {
      switch try FileSystem.kind(of: path) {
      case .file:
        articles.append(try loadFile(path))
      case .directory:
        let files = try articleFiles(in: path)
        guard !files.isEmpty else {
          throw InputError(path: path, cause: "no articles (.txt files) in this folder")
        }
        for file in files {
          articles.append(try loadFile(file))
        }
      case .other:
        throw InputError(path: path, cause: "not a regular file or folder")
      }
    }
    return Corpus(articles: articles)
  }

  private func loadFile(_ path: String) throws(InputError) -> Article {
    reader.read(text: try TextFile.read(path, allowEmpty: false), path: path)
  }

  private func articleFiles(in directory: String) throws(InputError) -> [String] {
    var files: [String] = []
    let base = directory.hasSuffix("/") ? directory : directory + "/"
    for name in try FileSystem.entries(of: directory) where !name.hasPrefix(".") {
      let path = base + name
      switch try FileSystem.kind(of: path) {
      case .directory: files += try articleFiles(in: path)
      case .file where name.lowercased().hasSuffix(".txt"): files.append(path)
      default: break
      }
    }
    return files
  }
}
