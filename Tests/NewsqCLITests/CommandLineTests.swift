import Foundation
import Testing

/// The binary, run as a user would: modes, formats, exit codes, errors.
struct CommandLineTests {
  @Test func kimQuotesAsJSON() throws {
    let result = try Newsq.run(["--format", "json", "-c", "quotes where speaker = Kim"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1, "json prints one line per statement")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [[String: Any]])
    #expect(rows.count == 2)
    for row in rows {
      #expect(row["speaker"] as? String == "Kim Jong Un")
      #expect(row["article"] as? String == "kim-shoigu.txt")
    }
  }

  @Test func misspelledFieldPointsAtItAndSuggests() throws {
    let result = try Newsq.run(["-c", "quotes where speakr = Kim"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("error: "))
    #expect(lines[1] == "quotes where speakr = Kim")
    #expect(lines[2] == "             ^^^^^^")
    #expect(lines.contains { $0.hasPrefix("hint:") && $0.contains("did you mean 'speaker'") })
  }

  @Test func everyFormat() throws {
    let query = "people order by name limit 2 select name, mentions"
    let table = try Newsq.run(["--format", "table", "-c", query])
    #expect(table.stdout.hasSuffix("(2 rows)\n"))
    #expect(table.stdout.hasPrefix(" name"))
    let csv = try Newsq.run(["--format", "csv", "-c", query])
    #expect(csv.stdout.hasPrefix("name,mentions\r\n"))
    #expect(csv.stdout.split(separator: "\r\n").count == 3)
    let tsv = try Newsq.run(["--format", "tsv", "-c", query])
    #expect(tsv.stdout.hasPrefix("name\tmentions\n"))
    let json = try Newsq.run(["--format", "json", "-c", query])
    #expect(json.stdout.hasPrefix("[{\"name\":"))
    let jsonl = try Newsq.run(["--format", "jsonl", "-c", query])
    #expect(jsonl.stdout.split(separator: "\n").count == 2)
    let markdown = try Newsq.run(["--format", "markdown", "-c", query])
    #expect(markdown.stdout.hasPrefix("| name | mentions |\n| --- | ---: |\n"))
    for result in [table, csv, tsv, json, jsonl, markdown] {
      #expect(result.status == 0)
      #expect(!result.stdout.contains("\u{1B}"), "no colour when stdout is not a terminal")
    }
  }

  @Test func countAndGroupBy() throws {
    let count = try Newsq.run(["--format", "json", "-c", "quotes select count()"])
    #expect(count.stdout == "[{\"count\":12}]\n")
    let grouped = try Newsq.run(["--format", "csv", "-c", "quotes group by kind"])
    #expect(grouped.stdout.hasPrefix("kind,count\r\n"))
  }

  @Test func statementsFromStandardInput() throws {
    let script = """
      # two statements, the second laid out over lines
      quotes select count()
      quotes
        where speaker = Kim
        select id
      """
    let result = try Newsq.run(["--format", "jsonl"], stdin: script)
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 3)
  }

  @Test func standardInputErrorsCarryTheLocation() throws {
    let result = try Newsq.run(["--format", "json"], stdin: "quotes select count()\nquots\n")
    #expect(result.status == 1)
    #expect(result.stdout == "[{\"count\":12}]\n", "statements before the error ran")
    #expect(result.stderr.hasPrefix("<stdin>:2:1: error: "))
  }

  @Test func scriptFilesRunInOrderWithCommands() throws {
    let directory = try Newsq.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let script = directory.appendingPathComponent("setup.nq")
    try ".mode json\npeople select count()\n".write(to: script, atomically: true, encoding: .utf8)
    let result = try Newsq.run(["-f", script.path, "-c", "quotes select count()"])
    #expect(result.status == 0)
    #expect(result.stdout == "[{\"count\":8}]\n[{\"count\":12}]\n")
  }

  @Test func scriptErrorsCarryFileLineColumn() throws {
    let directory = try Newsq.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let script = directory.appendingPathComponent("bad.nq")
    try "people select count()\nquotes\n  where speakr = Kim\n".write(
      to: script, atomically: true, encoding: .utf8)
    let result = try Newsq.run(["--format", "json", "-f", script.path])
    #expect(result.status == 1)
    #expect(result.stdout == "[{\"count\":8}]\n")
    #expect(result.stderr.hasPrefix("\(script.path):3:9: error: "))
  }

  @Test func exitCodeTwoForUsageErrors() throws {
    let badFormat = try Newsq.run(["--format", "xml", "-c", "quotes"])
    #expect(badFormat.status == 2)
    #expect(badFormat.stdout.isEmpty)
    let badOption = try Newsq.run(["--frobnicate"])
    #expect(badOption.status == 2)
  }

  @Test func helpAndVersionExitZero() throws {
    let help = try Newsq.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE"))
    let version = try Newsq.run(["--version"])
    #expect(version.status == 0)
  }

  @Test func worksFromAnyDirectory() throws {
    let result = try Newsq.run(
      ["--format", "json", "-c", "articles select path, date, dateline"],
      directory: URL(fileURLWithPath: "/"))
    #expect(result.status == 0)
    #expect(
      result.stdout == #"[{"path":"kim-shoigu.txt","date":"2025-05-06","dateline":"Seoul"}]"# + "\n"
    )
  }

  @Test func closedPipeEndsQuietly() throws {
    // Enough output that newsq is still writing when `head` has gone.
    let shell = """
      set -o pipefail
      "$0" $(printf -- '-c sentences ' $(seq 1 200)) | head -n 1 >/dev/null
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", shell, Newsq.executable.path]
    let errors = Pipe()
    process.standardError = errors
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(stderr.isEmpty, "\(String(decoding: stderr, as: UTF8.self))")
  }

  @Test func outputAndLoadDotCommands() throws {
    let directory = try Newsq.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let results = directory.appendingPathComponent("results.json")
    let article = Newsq.repository.appendingPathComponent("examples/articles/kim-shoigu.txt")
    let copy = directory.appendingPathComponent("copy.txt")
    try FileManager.default.copyItem(at: article, to: copy)
    let result = try Newsq.run([
      "--format", "json", "-c", ".output \(results.path)", "-c", "people select count()",
      "-c", ".output stdout", "-c", ".load \(copy.path) \(copy.path)",
      "-c", "articles select count()",
    ])
    #expect(result.status == 0)
    #expect(result.stdout == "[{\"count\":2}]\n")
    #expect(result.stderr == "loaded 2 articles\n")
    #expect(try String(contentsOf: results, encoding: .utf8) == "[{\"count\":8}]\n")
  }

  @Test func timerReportsOnStandardError() throws {
    let result = try Newsq.run([
      "--format", "json", "-c", ".timer on", "-c", "quotes select count()",
    ])
    #expect(result.stdout == "[{\"count\":12}]\n")
    #expect(result.stderr.hasPrefix("Run Time: "))
    #expect(result.stderr.hasSuffix(" ms\n"))
  }
}
