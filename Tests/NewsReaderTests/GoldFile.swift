import Foundation

/// The gold model of an article, as annotated by the rules in the gold README.
struct GoldFile: Decodable {
  struct Metadata: Decodable {
    var date: String?
    var dateline: String?
    var headings: [String]
    var paragraphs: Int
    var sentences: Int
  }

  struct Quote: Decodable {
    var text: String
    var speaker: String?
    var speakerAny: [String]?
    var speakerMention: String?
    var via: String?
    var cue: String?
    var kind: String
    var paragraph: Int

    enum CodingKeys: String, CodingKey {
      case text, speaker, via, cue, kind, paragraph
      case speakerAny = "speaker_any"
      case speakerMention = "speaker_mention"
    }

    /// Every speaker a careful reader accepts.
    var acceptedSpeakers: [String] { speakerAny ?? speaker.map { [$0] } ?? [] }
  }

  struct Person: Decodable {
    var name: String
    var aliases: [String]
    var role: String?
  }

  struct Org: Decodable {
    var name: String
    var aliases: [String]
  }

  struct Number: Decodable {
    var text: String
    var value: Double?
    var unit: String?
    var qualifier: String?
  }

  struct DateItem: Decodable {
    var text: String
    var resolved: String?
  }

  var metadata: Metadata
  var quotes: [Quote]
  var people: [Person]
  var orgs: [Org]
  var orgsOptional: [String]
  var places: [String]
  var placeAliases: [String: [String]]
  var numbers: [Number]
  var numbersVague: [String]
  var dates: [DateItem]

  enum CodingKeys: String, CodingKey {
    case metadata, quotes, people, orgs, places, numbers, dates
    case orgsOptional = "orgs_optional"
    case placeAliases = "place_aliases"
    case numbersVague = "numbers_vague"
  }

  static func load(_ relativePath: String) throws -> GoldFile {
    try JSONDecoder().decode(GoldFile.self, from: RepoFiles.data(relativePath))
  }
}
