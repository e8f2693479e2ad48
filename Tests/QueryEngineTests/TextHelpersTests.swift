import Testing

@testable import QueryEngine

/// Folding, entity-name matching and name suggestions on their own.
@Suite struct TextHelpersTests {
  @Test func foldingIgnoresCaseAndTypographicVariants() {
    #expect(
      TextFolding.fold("Pyongyang’s “State” Media – Today—Now")
        == "pyongyang's \"state\" media - today-now")
    #expect(TextFolding.fold("‘A’") == "'a'")
    #expect(TextFolding.fold("ASCII only") == "ascii only")
    #expect(TextFolding.plain("KCNA’s \\D") == "KCNA's \\D")
  }

  @Test func byteLevelSearchOnFoldedText() {
    #expect(TextFolding.contains("the ukrainian issue", "ukrain"))
    #expect(!TextFolding.contains("the ukrainian issue", "ukraine"))
    #expect(TextFolding.contains("abc", ""))
    #expect(!TextFolding.contains("ab", "abc"))
    #expect(TextFolding.hasPrefix("kcna's film", "kcna'"))
    #expect(TextFolding.hasSuffix("kcna's film", "film"))
    #expect(!TextFolding.hasSuffix("film", "a film"))
    #expect(TextFolding.containsWords("pieter van laar", "van laar"))
    #expect(TextFolding.containsWords("pieter van laar", "pieter van laar"))
    #expect(!TextFolding.containsWords("pieter van laar", "van la"))
    #expect(!TextFolding.containsWords("lee jae-myung", "jae"))
  }

  @Test func foldedEqualsFoldsAsItGoes() {
    #expect(TextFolding.foldedEquals("KCNA", "kcna"))
    #expect(!TextFolding.foldedEquals("KCNA", "kcn"))
    #expect(!TextFolding.foldedEquals("KCN", "kcna"))
    #expect(TextFolding.foldedEquals("Pyongyang’s", "pyongyang's"))
    #expect(TextFolding.foldedEquals("ÉTÉ", "été"))
    #expect(!TextFolding.foldedEquals("Été", "ete"))
  }

  @Test func byteOrderIsScalarOrder() {
    #expect(TextFolding.byteOrder("a", "b") < 0)
    #expect(TextFolding.byteOrder("ab", "a") > 0)
    #expect(TextFolding.byteOrder("same", "same") == 0)
    #expect(TextFolding.byteOrder("Z", "a") < 0)
  }

  @Test func entityMatchingByNameAliasOrWordRun() {
    let lee = EntityValue(name: "Lee Jae-myung", aliases: ["Lee", "the new president"])
    for value in [
      "Lee", "lee", "Jae-myung", "Lee Jae-myung", "LEE  JAE-MYUNG", "The New President",
    ] {
      #expect(EntityMatcher(value).matches(lee), "\(value)")
    }
    for value in ["Jae", "myung", "Lee Jae", "new president", "", "Jae-myung Lee"] {
      #expect(!EntityMatcher(value).matches(lee), "\(value)")
    }
    let pieter = EntityValue(name: "Pieter van Laar", aliases: [])
    #expect(EntityMatcher("van Laar").matches(pieter))
    #expect(!EntityMatcher("Pieter Laar").matches(pieter))
  }
}
