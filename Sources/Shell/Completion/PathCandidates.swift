import LineEditor

#if canImport(Glibc)
  import Glibc
#endif

/// File-system entries for `.read`, `.load` and `.output`: folders end in `/` (so TAB can go
/// on into them), files in a space; hidden entries only when the typed name starts with `.`.
enum PathCandidates {
  static func candidates(matching partial: String) -> [Completion.Candidate] {
    let slash = partial.lastIndex(of: "/")
    let directory = slash.map { String(partial[...$0]) } ?? ""
    let base = slash.map { String(partial[partial.index(after: $0)...]) } ?? partial
    var listed = directory.isEmpty ? "." : directory
    if listed.hasPrefix("~/"), let home = getenv("HOME") {
      listed = String(cString: home) + listed.dropFirst()
    }
    guard let names = try? FileSystem.entries(of: listed) else { return [] }
    return names.filter { $0.hasPrefix(base) && (base.hasPrefix(".") || !$0.hasPrefix(".")) }
      .map { name in
        let isDirectory =
          (try? FileSystem.kind(of: listed + (listed.hasSuffix("/") ? "" : "/") + name))
          == .directory
        let text = directory + name + (isDirectory ? "/" : " ")
        return Completion.Candidate(text, display: name + (isDirectory ? "/" : ""))
      }
  }
}
