/// One resolved reference to an entity, with token and byte positions.
struct MentionRecord {
  var entity: Int
  var firstToken: Int
  var endToken: Int
  var start: Int
  var end: Int
  var text: String
}
