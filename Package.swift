// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "newsq",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "newsq", targets: ["newsq"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // The article model and the reader that builds it.
    .target(name: "NewsModel"),
    .target(name: "NewsReader", dependencies: ["NewsModel"]),
    // The query language and the engine that runs it over the model.
    .target(name: "QueryLanguage"),
    .target(name: "QueryEngine", dependencies: ["QueryLanguage", "NewsModel"]),
    // Line editing on libedit (apt: libedit-dev).
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "LineEditor", dependencies: ["CEditLine"]),
    // The shell and the command line.
    .target(
      name: "Shell",
      dependencies: ["NewsReader", "QueryEngine", "QueryLanguage", "NewsModel", "LineEditor"]),
    .executableTarget(
      name: "newsq",
      dependencies: [
        "Shell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // The reader's benchmark: accuracy on the development corpus, speed on generated text.
    .target(name: "ReaderScoring", dependencies: ["NewsModel"]),
    .target(name: "ArticleGenerator"),
    .executableTarget(
      name: "newsq-bench",
      dependencies: ["NewsReader", "NewsModel", "ReaderScoring", "ArticleGenerator", "Shell"]),
    // A tiny REPL over LineEditor alone, driven through a pty by LineEditorTests.
    .executableTarget(name: "lineeditor-demo", dependencies: ["LineEditor"]),

    // Tests mirror Sources; TerminalTesting is the pseudo-terminal harness they share.
    .target(name: "TerminalTesting", path: "Tests/TerminalTesting"),
    .testTarget(name: "NewsReaderTests", dependencies: ["NewsReader"]),
    .testTarget(name: "ReaderAccuracyTests", dependencies: ["NewsReader", "ReaderScoring"]),
    .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage"]),
    .testTarget(name: "QueryEngineTests", dependencies: ["QueryEngine"]),
    .testTarget(
      name: "LineEditorTests",
      dependencies: ["LineEditor", "CEditLine", "lineeditor-demo", "TerminalTesting"]),
    .testTarget(name: "ShellTests", dependencies: ["Shell"], exclude: ["Golden"]),
    .testTarget(name: "NewsqCLITests", dependencies: ["newsq"]),
    .testTarget(name: "NewsqShellTests", dependencies: ["newsq", "TerminalTesting"]),
    .testTarget(
      name: "BenchmarkTests", dependencies: ["ReaderScoring", "ArticleGenerator"],
      exclude: ["Fixtures"]),
  ]
)
