import Foundation

/// A golden file in jq's test shape: blocks separated by blank lines, each a query line and its
/// expected output. `%%FAIL` before a query expects an error, with the full rendered message as
/// its output; `%%FORMAT name` sets the output format for the blocks that follow. `#` lines
/// between blocks are comments.
struct GoldenFile {
  struct Block {
    var format: String
    var expectsFailure: Bool
    var query: String
    var expected: String
    /// 1-based line of the query, for failure messages.
    var line: Int
    /// Lines before the query (comments, directives), kept when re-recording.
    var preamble: [String]
  }

  var url: URL
  var blocks: [Block]

  init(url: URL) throws {
    self.url = url
    let text = try String(contentsOf: url, encoding: .utf8)
    var blocks: [Block] = []
    var format = "table"
    var preamble: [String] = []
    var expectsFailure = false
    var current: Block?
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      let line = String(line)
      if var block = current {
        if line.isEmpty {
          blocks.append(block)
          current = nil
        } else {
          block.expected += line + "\n"
          current = block
        }
      } else if line.isEmpty {
        continue
      } else if line.hasPrefix("#") {
        preamble.append(line)
      } else if line.hasPrefix("%%FORMAT ") {
        format = String(line.dropFirst("%%FORMAT ".count))
        preamble.append(line)
      } else if line == "%%FAIL" {
        expectsFailure = true
        preamble.append(line)
      } else {
        current = Block(
          format: format, expectsFailure: expectsFailure, query: line, expected: "",
          line: index + 1, preamble: preamble)
        preamble = []
        expectsFailure = false
      }
    }
    if let current { blocks.append(current) }
    self.blocks = blocks
  }

  /// The file with every block's output replaced by `outputs` (same order).
  func rerecorded(with outputs: [String]) -> String {
    var text = ""
    for (block, output) in zip(blocks, outputs) {
      for line in block.preamble { text += line + "\n" }
      text += block.query + "\n" + output
      if !output.hasSuffix("\n") { text += "\n" }
      text += "\n"
    }
    return text
  }
}
