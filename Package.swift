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
    .target(name: "NewsModel"),
    .target(name: "NewsReader", dependencies: ["NewsModel"]),
    .target(name: "QueryLanguage"),
    .target(name: "QueryEngine", dependencies: ["QueryLanguage", "NewsModel"]),
    .systemLibrary(
      name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
    .target(name: "LineEditor", dependencies: ["CEditLine"]),
    .executableTarget(name: "lineeditor-demo", dependencies: ["LineEditor"]),
    .target(name: "Shell", dependencies: ["NewsReader", "QueryEngine", "QueryLanguage", "NewsModel", "LineEditor"]),
    .executableTarget(
      name: "newsq",
      dependencies: [
        "Shell",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "ReaderScoring", dependencies: ["NewsModel"]),
    .target(name: "ArticleGenerator"),
    .executableTarget(
      name: "newsq-bench",
      dependencies: ["NewsReader", "NewsModel", "ReaderScoring", "ArticleGenerator"]),
    .testTarget(name: "NewsReaderTests", dependencies: ["NewsReader"]),
    .testTarget(name: "QueryLanguageTests", dependencies: ["QueryLanguage"]),
    .testTarget(name: "QueryEngineTests", dependencies: ["QueryEngine", "NewsReader"]),
    .target(name: "TerminalTesting", path: "Tests/TerminalTesting"),
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
