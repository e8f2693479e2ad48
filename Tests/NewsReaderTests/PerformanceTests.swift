import Foundation
import NewsModel
import NewsReader
import Testing

/// Throughput check, opt-in because it only means something in a release build:
/// `NEWSQ_PERF=1 swift test -c release --filter PerformanceTests`.
@Suite struct PerformanceTests {
  @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSQ_PERF"] != nil))
  func wordsPerSecond() throws {
    let reference = try RepoFiles.text("examples/articles/kim-shoigu.txt")
    let body = String(reference.drop { $0 != ":" }.dropFirst())
    let copies = 1500
    var text = " date 2025-05-06 SEOUL:"
    text.reserveCapacity(body.utf8.count * copies + 64)
    for _ in 0..<copies { text += body + "\n\n" }
    // Processor time, not wall time: the build machine is shared and a busy neighbour
    // should not fail this test.
    let before = clock()
    let article = ArticleReader().read(text: text, path: "big.txt")
    let seconds = Double(clock() - before) / Double(CLOCKS_PER_SEC)
    let words = Double(article.wordCount)
    print("words: \(Int(words)) cpu seconds: \(seconds) words/s: \(Int(words / seconds))")
    #expect(words / seconds > 1_000_000)
  }
}
