import Foundation
import QueryLanguage
import Testing

/// Parses every example in `Grammar/examples.test` and compares the AST dump, or for
/// `%%FAIL` blocks the error. With `NEWSQ_RECORD=1` the file is rewritten from what the
/// parser does now instead (review the diff before committing).
///
/// File shape (jq's `tests/jq.test`): blocks separated by blank lines; a block may start
/// with `#` comment lines; then the query (one line or several) and its dump on the last
/// line, or `%%FAIL`, the query, and the expected `error:`, `at:` and `hint:` lines.
@Suite struct GrammarExamplesTests {
  static let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Grammar/examples.test")

  struct Block {
    var line: Int
    var comments: [String]
    var failing: Bool
    var query: String
    var expected: [String]
    /// Only comments (the file's header): kept, not checked.
    var isComment: Bool { query.isEmpty && !failing }
  }

  static func blocks(_ text: String) -> [Block] {
    var blocks: [Block] = []
    var lines: [(Int, String)] = []
    func flush() {
      defer { lines = [] }
      guard !lines.isEmpty else { return }
      var body = lines.map(\.1)
      let comments = Array(body.prefix { $0.hasPrefix("#") })
      body.removeFirst(comments.count)
      let failing = body.first == "%%FAIL"
      if failing { body.removeFirst() }
      let split: Int
      if failing {
        split = body.firstIndex { $0.hasPrefix("error: ") } ?? body.count
      } else {
        split = body.last?.hasPrefix("(query") == true ? body.count - 1 : body.count
      }
      blocks.append(
        Block(
          line: lines[0].0, comments: comments, failing: failing,
          query: body[..<split].joined(separator: "\n"), expected: Array(body[split...])))
    }
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        flush()
      } else {
        lines.append((number + 1, String(line)))
      }
    }
    flush()
    return blocks
  }

  /// What the parser makes of `query`, in the file's notation.
  static func render(_ query: String) -> (failing: Bool, lines: [String]) {
    do {
      return (false, [ASTDump.dump(try Parser.parseQuery(query))])
    } catch {
      let utf8 = Array(query.utf8)
      let covered = String(decoding: utf8[error.range.start..<error.range.end], as: UTF8.self)
      return (
        true,
        ["error: \(error.message)", "at: \(error.range.start)-\(error.range.end) «\(covered)»"]
          + error.hints.map { "hint: \($0)" }
      )
    }
  }

  @Test func examplesMatchTheParser() throws {
    let text = try String(contentsOf: Self.url, encoding: .utf8)
    let blocks = Self.blocks(text)
    #expect(blocks.count > 50)
    if ProcessInfo.processInfo.environment["NEWSQ_RECORD"] == "1" {
      var out: [String] = []
      for block in blocks {
        if block.isComment {
          out.append(block.comments.joined(separator: "\n"))
          continue
        }
        let (failing, lines) = Self.render(block.query)
        out.append(
          (block.comments + (failing ? ["%%FAIL"] : []) + [block.query] + lines)
            .joined(separator: "\n"))
      }
      try (out.joined(separator: "\n\n") + "\n").write(
        to: Self.url, atomically: true, encoding: .utf8)
      return
    }
    for block in blocks where !block.isComment {
      let (failing, lines) = Self.render(block.query)
      #expect(
        failing == block.failing,
        "examples.test:\(block.line): expected \(block.failing ? "an error" : "a parse")")
      #expect(lines == block.expected, "examples.test:\(block.line): \(block.query)")
    }
  }

  /// Every parser rule of the grammar has its `parse…` method and every token its `lex…`
  /// method, and every such method has its rule.
  @Test func grammarRulesMatchTheMethods() throws {
    let root = Self.url.deletingLastPathComponent().deletingLastPathComponent()
    let grammar = try String(
      contentsOf: root.appendingPathComponent("Grammar/newsq.ebnf"), encoding: .utf8)
    let sources = root.appendingPathComponent("Sources/QueryLanguage")
    var parserCode = ""
    for name in try FileManager.default.contentsOfDirectory(atPath: sources.path)
    where name.hasPrefix("Parser") {
      parserCode += try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
    }
    let lexerCode = try String(
      contentsOf: sources.appendingPathComponent("Lexer.swift"), encoding: .utf8)

    let tokensStart = try #require(grammar.range(of: "---- Tokens ----"))
    var parserRules: [String] = []
    var tokenRules: [String] = []
    for line in grammar.split(separator: "\n") {
      guard let separator = line.range(of: "::=") else { continue }
      let name = line[..<separator.lowerBound].trimmingCharacters(in: .whitespaces)
      if name.uppercased() == name {
        tokenRules.append(name)
      } else if line.startIndex < tokensStart.lowerBound {
        parserRules.append(name)
      }
    }
    #expect(parserRules.count >= 15)
    for rule in parserRules {
      let method = "func parse\(rule.prefix(1).uppercased())\(rule.dropFirst())("
      #expect(parserCode.contains(method), "rule \(rule) has no \(method)")
    }
    for rule in tokenRules {
      let method = "func lex\(rule.prefix(1))\(rule.dropFirst().lowercased())("
      #expect(lexerCode.contains(method), "token \(rule) has no \(method)")
    }
    let methods = try Regex(#"func parse([A-Z]\w*)\("#)
    for match in parserCode.matches(of: methods) {
      let name = String(match.output[1].substring!)
      let rule = name.prefix(1).lowercased() + name.dropFirst()
      #expect(parserRules.contains(rule), "parse\(name) has no rule \(rule) in newsq.ebnf")
    }
  }
}
