/// A stretch of text the entity recogniser thinks names or describes something, before it is
/// tied to an entity. Kept separate from resolution so that resolution can see every named
/// organisation in the article (an acronym or "state media" may come before the full name).
struct Candidate {
  enum Kind {
    /// A gazetteer place, under its canonical name.
    case place(String)
    /// An organisation from the built-in list, under its canonical name.
    case knownOrg(String)
    /// A capitalised name ending in an organisation word ("Korean Central News Agency").
    case namedOrg(String)
    /// A person's name with the role found next to it, if any.
    case person(String, role: String?)
    /// One capitalised word or acronym that may be a surname or an acronym ("Kim", "KCNA").
    case single(String)
    /// A multi-word capitalised name of unknown type, kept in case a bare surname confirms it.
    case unknownName(String)
    /// A capitalised name followed by a place word ("Kursk border region").
    case placeName(String)
    /// "the North", "the nuclear-armed North": a direction standing for a place named after it.
    case direction(String)
    /// "the French leader": a person by role, with the demonym if any.
    case roleDescription(demonym: String?, noun: String)
    /// "a sanctions monitoring group": an organisation introduced by description.
    case orgIntroduction(String, head: String)
    /// "the group": a definite description of an organisation by its head noun.
    case orgReference(head: String)
    /// An acronym given in brackets after an organisation's name: "(FNV)".
    case acronym(of: String)
    /// "state media", "Pyongyang’s state media", "the state news agency".
    case media(String)
    /// "a station employee", "one customer": a person described but never named.
    case anonymousPerson
    /// "the 54-year-old": the person just named, by age.
    case personByAge
  }

  var kind: Kind
  var firstToken: Int
  var endToken: Int
  var start: Int
  var end: Int
  var sentence = 0
  var quote = -1
  /// The surface text, as written.
  var text: String
  /// The noun that introduced an organisation ("operator" in "port operator Nordby
  /// Terminals"), so that "the operator" can refer back to it.
  var descriptor: String?
  /// Opens its sentence, or follows a comma ("Her neighbour, Ravi Dhaliwal, said").
  var opensClause = false
  /// Opens its sentence, perhaps after a few words of role ("Lindhurst manager Craig
  /// Whitlow, …"): the sentence's subject, whom a later description may take up.
  var opensSentence = false
  /// For a description of an organisation: the end token of the name it stands in
  /// apposition to ("The Water Authority, the utility that …", "Lumora, Inc. is a
  /// biotechnology company"), or -1.
  var apposes = -1
  /// "Penrose said he …": the pronoun a reporting verb right after the name takes, which
  /// tells two people sharing a surname apart.
  var pronounAfter: String?
}
