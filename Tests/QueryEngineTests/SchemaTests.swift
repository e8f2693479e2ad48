import QueryEngine
import Testing

/// The public schema that `.schema` and completion read.
@Suite struct SchemaTests {
  @Test func collectionsInOrder() {
    #expect(
      Schema.collectionNames == [
        "articles", "paragraphs", "sentences", "quotes", "all_quotes", "people", "orgs", "places",
        "entities", "mentions", "numbers", "dates",
      ])
    #expect(Schema.collections.map(\.name) == Schema.collectionNames)
  }

  @Test func lookupIgnoresCase() {
    #expect(Schema.collection(named: "Quotes")?.name == "quotes")
    #expect(Schema.collection(named: "quote") == nil)
    #expect(Schema.collection(named: "people")?.field(named: "ROLE")?.name == "role")
    #expect(Schema.fields(of: "PEOPLE")?.count == 8)
    #expect(Schema.fields(of: "nobody") == nil)
  }

  @Test func everyFieldIsDescribedAndNamedOnce() {
    for collection in Schema.collections {
      #expect(!collection.summary.isEmpty)
      #expect(Set(collection.fields.map(\.name)).count == collection.fields.count)
      for field in collection.fields {
        #expect(!field.summary.isEmpty, "\(collection.name).\(field.name)")
        #expect(field.name == field.name.lowercased())
      }
    }
  }

  @Test func fieldTypes() throws {
    let quotes = try #require(Schema.collection(named: "quotes"))
    #expect(quotes.field(named: "speaker")?.type == .entity)
    #expect(quotes.field(named: "via")?.type == .entity)
    #expect(quotes.field(named: "paragraph")?.type == .integer)
    #expect(quotes.field(named: "article")?.type == .text)
    #expect(Schema.collection(named: "numbers")?.field(named: "value")?.type == .decimal)
    #expect(Schema.collection(named: "dates")?.field(named: "resolved")?.type == .date)
    #expect(Schema.collection(named: "articles")?.field(named: "headings")?.type == .list(.text))
    #expect(Schema.collection(named: "entities")?.field(named: "aliases")?.type == .list(.text))
  }

  @Test func typesDescribeThemselves() {
    #expect(
      [FieldType.integer, .decimal, .text, .date, .entity, .list(.text)].map(\.description) == [
        "integer", "decimal", "text", "date", "entity", "list of text",
      ])
  }

  @Test func subfieldsOfDottedPaths() {
    let entityFields = Schema.fields(of: "entities")?.map(\.name)
    #expect(Schema.subfields(of: "speaker", in: "quotes")?.map(\.name) == entityFields)
    #expect(Schema.subfields(of: "Via", in: "all_quotes")?.map(\.name) == entityFields)
    #expect(Schema.subfields(of: "entity", in: "mentions")?.map(\.name) == entityFields)
    #expect(
      Schema.subfields(of: "speaker.article", in: "quotes")?.map(\.name)
        == Schema.fields(of: "articles")?.map(\.name))
    #expect(
      Schema.subfields(of: "paragraph", in: "sentences")?.map(\.name)
        == Schema.fields(of: "paragraphs")?.map(\.name))
    #expect(Schema.subfields(of: "text", in: "quotes") == nil)
    #expect(Schema.subfields(of: "speakr", in: "quotes") == nil)
    #expect(Schema.subfields(of: "speaker", in: "nowhere") == nil)
    #expect(
      Schema.collection(named: "quotes")?.field(named: "speaker")?.subfieldCollection == "entities")
    #expect(Schema.collection(named: "quotes")?.field(named: "text")?.subfieldCollection == nil)
  }
}
