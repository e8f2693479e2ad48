/// A person, organisation or place named in an article.
public struct Entity: Hashable, Sendable {
  /// What kind of thing an entity is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case person
    case org
    case place
  }

  /// The fullest form of the name in the article.
  public var name: String
  public var type: Kind
  /// Other surface forms in this article that refer to it ("Kim", "KCNA", "the French leader").
  public var aliases: [String]
  /// Title or description written next to the name ("North Korean leader").
  public var role: String?
  /// How many times the article refers to it.
  public var mentionCount: Int
  /// How many quotes it is the speaker of.
  public var quoteCount: Int

  public init(
    name: String, type: Kind, aliases: [String] = [], role: String? = nil,
    mentionCount: Int = 0, quoteCount: Int = 0
  ) {
    self.name = name
    self.type = type
    self.aliases = aliases
    self.role = role
    self.mentionCount = mentionCount
    self.quoteCount = quoteCount
  }
}
