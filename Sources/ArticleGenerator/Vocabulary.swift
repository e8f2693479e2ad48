/// Word lists the generator draws from, written for this bench (not taken from any text).
///
/// Names are built from syllables so that none is a real person; the common words are plain
/// English so the reader's tokenizer, sentence splitter and cue finder see realistic input.
enum Vocabulary {
  static let nameSyllables = [
    "ka", "lo", "mi", "ren", "dar", "vel", "to", "sa", "brin", "mor", "el", "an", "qui", "zo",
    "har", "pet", "lin", "gus", "tam", "or", "ves", "ni", "cal", "bo", "dre", "fen", "ul", "ra",
  ]
  static let placeEndings = ["ford", "ville", "burg", "mouth", "stad", "haven", "port", "field"]
  static let orgKinds = [
    "Institute", "Ministry of Water", "Council", "Authority", "Trust", "Union", "Agency",
    "Foundation", "Commission", "Bank", "Group", "Party",
  ]
  static let roles = [
    "spokeswoman", "spokesman", "minister", "chief executive", "analyst", "mayor", "director",
    "senior economist", "union leader", "professor", "chairman", "police chief", "lawmaker",
  ]
  static let cues = [
    "said", "told reporters", "added", "warned", "said in a statement", "wrote", "explained",
    "insisted", "noted", "argued",
  ]
  static let partialCues = ["vowed to", "promised to", "pledged to", "threatened to"]
  static let hailCues = ["hailed the plan as", "condemned the move as", "called the deal"]
  static let subjects = [
    "the council", "officials", "the company", "residents", "the report", "investors",
    "the committee", "farmers", "the government", "local businesses", "voters", "the court",
  ]
  static let verbs = [
    "approved", "rejected", "delayed", "expanded", "reviewed", "funded", "announced", "cut",
    "questioned", "extended", "published", "defended",
  ]
  static let baseVerbs = [
    "approve", "block", "fund", "rebuild", "protect", "review", "scrap", "defend", "finish",
  ]
  static let objects = [
    "the budget", "a new water plan", "the bridge repairs", "the housing scheme", "tax relief",
    "the harbour project", "the school merger", "emergency funding", "the rail link",
    "the pension reform", "a hiring freeze", "the flood barrier",
  ]
  static let adjectives = [
    "unacceptable", "historic", "reckless", "overdue", "fair", "dangerous", "modest", "bold",
    "short-sighted", "essential",
  ]
  static let units = [
    "workers", "homes", "tonnes", "jobs", "miles", "families", "per cent", "visitors",
  ]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
  static let headings = [
    "A question of cost", "What comes next", "Local reaction", "Mixed signals", "The vote",
    "Rising pressure", "Behind the numbers", "Looking ahead",
  ]
  static let fillers = [
    "we cannot wait another year", "this is about the people who live here",
    "the numbers simply do not add up", "nobody asked us before they signed it",
    "we will keep working until the job is done", "it is a good day for the town",
    "I have never seen anything like it", "they were warned and they did nothing",
    "the plan is sound but the timing is wrong", "our members are angry and they are tired",
  ]
}
