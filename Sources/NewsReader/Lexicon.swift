/// Small closed word lists the recognisers lean on, all lower case.
///
/// Role nouns and titles follow the AP Stylebook's "titles" entry; organisation words are the
/// head nouns of organisation names in Wikipedia's lists of international organisations,
/// ministries and companies; media words name news outlets generically.
enum Lexicon {
  /// Nouns that describe what a person is or does; before a name they make a role
  /// ("analyst Choe", "new president Lee").
  static let roleNouns: WordSet = [
    "leader", "president", "minister", "official", "officials", "lawmaker", "analyst",
    "predecessor", "successor", "spokesman", "spokeswoman", "spokesperson", "chief",
    "director", "secretary", "ambassador", "envoy", "general", "commander", "governor",
    "senator", "mayor", "chairman", "chairwoman", "chair", "ceo", "executive", "founder",
    "professor", "researcher", "expert", "economist", "adviser", "advisor", "lawyer",
    "attorney", "judge", "diplomat", "representative", "congressman", "congresswoman", "king",
    "queen", "prince", "princess", "pope", "dictator", "premier", "chancellor", "counterpart",
    "deputy", "head", "candidate", "activist", "journalist", "reporter", "editor", "author",
    "writer", "scientist", "doctor", "officer", "sergeant", "captain", "colonel", "lieutenant",
    "admiral", "strategist", "manager", "owner", "coach", "commentator", "columnist",
    "correspondent", "negotiator", "aide", "legislator", "politician", "opposition",
    "rival", "ally", "chairperson", "presenter", "host", "actor", "actress",
    "singer", "player", "star", "striker", "midfielder", "defender", "goalkeeper", "rapper",
    "director-general", "secretary-general", "prosecutor", "investigator", "physician",
    "surgeon", "nurse", "teacher", "student", "resident", "farmer", "worker", "engineer",
    "historian", "sociologist", "psychologist", "banker", "investor", "trader", "billionaire",
    "entrepreneur", "businessman", "businesswoman", "monarch", "emperor", "sultan", "emir",
    "sheikh", "cardinal", "bishop", "archbishop", "rabbi", "imam", "priest", "mp", "mep",
    "incumbent", "nominee", "challenger", "veteran", "scholar", "fellow", "consultant",
    "pundit", "campaigner", "organiser", "organizer", "coordinator", "administrator",
    "skipper", "midwife", "fisherman", "neighbour", "neighbor", "superintendent",
    "referee", "umpire", "filmmaker", "photographer", "architect", "artist", "designer",
    "novelist", "poet", "composer", "musician", "pianist", "painter", "pharmacist",
    "paramedic", "firefighter", "pilot", "headteacher", "principal", "lecturer", "curator",
    "broker", "barrister", "solicitor", "defendant", "plaintiff", "claimant", "councillor",
    // "council member Tom Brandt", "board trustee Ann Lee".
    "member", "trustee", "moderator", "treasurer", "commissioner", "councilmember",
    "delegate", "delegation", "pastor", "vicar", "preacher", "chaplain", "reverend",
    // Sports copy: "the boss said", "Substitute Ryan Attwell", "the winger told".
    "boss", "gaffer", "winger", "forward", "keeper", "substitute", "centre-back", "full-back",
    "youngster", "teenager", "newcomer", "rookie",
    // Kinship: "His wife, Jenna Pendeen," is a person, and a woman.
    "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
    "widower",
    "supervisor", "assemblyman", "assemblywoman", "assemblymember", "comptroller", "controller",
    "auditor", "selectman", "selectwoman", "dean", "provost",
  ]

  /// Nouns for people met without a name ("a station employee", "one customer"); role
  /// nouns count too.
  static let personNouns: WordSet = [
    "customer", "employee", "woman", "man", "passenger", "traveller", "traveler", "shopper",
    "parent", "mother", "father", "fan", "voter", "member", "witness", "survivor", "patient",
    "pupil", "child", "girl", "boy", "teenager", "volunteer", "local", "villager", "commuter",
    "driver", "tenant", "homeowner", "retiree", "pensioner", "mourner", "protester",
    "demonstrator", "bystander", "onlooker", "source", "staffer", "guard", "soldier", "vendor",
    "shopkeeper", "worshipper", "spectator", "supporter", "caller", "listener", "viewer",
    "assistant", "clerk", "cashier", "waiter", "waitress", "person", "user", "buyer",
    "senior", "junior", "sophomore", "freshman", "graduate", "neighbor", "neighbour", "nurse",
    "officer", "official", "aide", "insider", "relative", "friend", "colleague",
  ]

  /// Capitalised words that open a person's title inside a name run
  /// ("French President Emmanuel Macron", "Foreign Minister Wang Yi").
  static let titleWords: WordSet = [
    "president", "vice", "prime", "minister", "foreign", "defence", "defense", "interior",
    "finance", "economy", "trade", "health", "justice", "deputy", "secretary", "state",
    "general", "gen", "gen.", "senator", "sen", "sen.", "rep", "rep.", "representative",
    "governor", "gov", "gov.", "mayor", "king", "queen", "prince", "princess", "crown", "pope",
    "chancellor", "premier", "chairman", "chairwoman", "judge", "ambassador",
    "professor", "prof", "prof.", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir",
    "dame", "lord", "lady", "sheikh", "emir", "sultan", "colonel", "col", "col.", "lt",
    "lt.", "lieutenant", "captain", "capt", "capt.", "admiral", "adm", "sgt", "sergeant",
    "commander", "chief", "acting", "former", "supreme", "leader", "speaker", "cardinal",
    "archbishop", "bishop", "rabbi", "imam", "ceo", "chair", "envoy", "attorney", "director",
    "spokesman", "spokeswoman", "spokesperson", "officer", "field", "marshal", "major",
    "security", "national", "opposition", "labour", "labor", "party", "council", "house",
    "senate", "majority", "minority", "whip", "first", "grand", "high", "commissioner",
    "special", "counsel", "inspector", "superintendent", "detective", "constable", "chef",
    "affairs", "education", "agriculture", "energy", "transport", "commerce", "industry",
    "homeland", "environment", "culture", "treasury", "veterans", "development", "labour",
    "councilman", "councilwoman", "councillor", "councilor", "alderman", "sheriff", "fire",
    "business", "financial", "operating", "executive", "technology", "marketing",
    // Chairs of meetings and honorifics of Indian and Australian local copy.
    "moderator", "treasurer", "cr", "cr.", "cllr", "cllr.", "smt", "smt.", "shri", "thiru",
    "tmt",
    // British police and court ranks ("Det Sgt Claire Whitfield", "Recorder Anthony Quill").
    "miss", "det", "det.", "insp", "insp.", "supt", "supt.", "ch", "pc", "dc", "ds", "di", "dci",
    "recorder", "magistrate",
    // Nigerian and other West African copy: police ranks and honorifics ("ACP Emeka Obi",
    // "Alhaji Musiliu Akande", "Barrister Ngozi Eze").
    "acp", "sp", "dsp", "asp", "csp", "cp", "aig", "dig", "igp", "alhaji", "alhaja", "hajia",
    "barrister", "engr", "engr.", "pastor", "rev", "rev.", "reverend", "hon", "hon.",
    "honourable", "mallam", "otunba", "oba", "apostle", "prophet", "evangelist",
    // US local and state offices ("Supervisor Elena Marsh", "Assemblymember Luis Ortega").
    "supervisor", "assemblyman", "assemblywoman", "assemblymember", "congressman", "congresswoman",
    "comptroller", "controller", "auditor", "trustee", "selectman", "selectwoman", "coach",
    "provost", "principal",
  ]

  /// Letters written after a name that are not part of it ("Kirsty Abernethy KC", an Irish
  /// deputy's "TD").
  static let postNominals: WordSet = [
    "kc", "qc", "mp", "msp", "mep", "mla", "td", "jr", "jr.", "obe", "mbe", "cbe", "phd",
  ]

  /// Words after a surname that tell generations apart ("John O'Brien Jr.").
  static let generationSuffixes: WordSet = [
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv",
  ]

  /// Titles of courtesy: they say how a person is addressed, not what they do, so they are
  /// not a role.
  static let courtesyTitles: WordSet = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "messrs", "messrs.", "sir", "dame",
    "alhaji", "alhaja", "hajia", "mallam",
  ]

  /// Capitalised last words that make a name run an organisation.
  static let orgWords: WordSet = [
    "agency", "group", "alliance", "ministry", "department", "council", "committee",
    "commission", "party", "bank", "university", "institute", "association", "organization",
    "organisation", "corporation", "corp", "corp.", "company", "inc", "inc.", "ltd", "ltd.",
    "plc", "llc", "foundation", "union", "federation", "office", "service", "army", "navy",
    "court", "parliament", "assembly", "congress", "senate", "times", "post", "news",
    "network", "centre", "center", "fund", "authority", "board", "bureau", "administration",
    "guard", "front", "movement", "dialogue", "forum", "summit", "conference", "club",
    "league", "airlines", "airways", "motors", "holdings", "press", "broadcasting",
    "television", "radio", "tv", "herald", "journal", "gazette", "tribune", "telegraph",
    "guardian", "reuters", "society", "school", "college", "hospital", "church", "forces",
    "force", "command", "police", "brigade", "battalion", "regiment", "division", "cabinet",
    "brigades", "battalions", "regiments", "guards", "militias",
    "embassy", "consulate",
    "government", "secretariat", "coalition", "consortium", "initiative", "programme",
    "program", "project", "trust", "partnership", "tribunal", "exchange",
    "reserve", "industries", "technologies", "systems", "labs", "media", "studios",
    "records", "entertainment", "games", "festival", "cup", "championship", "semiconductor",
    "pictures", "films", "productions", "studio",
    // Utilities named for what they supply ("Thames Water", "British Gas").
    "water", "gas", "electric", "electricity",
    "semiconductors", "capital", "partners", "ventures", "pharmaceuticals", "pharma", "foods",
    "brands", "logistics", "shipping", "steel", "petroleum", "mining", "resources", "telecom",
    "communications", "electronics", "software", "robotics", "aerospace", "insurance",
    "securities", "investments", "financial", "markets", "retail", "stores", "hotels",
    "resorts", "automotive", "chemicals", "materials", "power", "utilities", "solar", "tech",
    "networks", "bancorp", "airline", "railways", "rail", "therapeutics", "biotech",
    "biosciences", "dynamics", "industries", "enterprises", "limited", "llp", "gmbh", "ag",
    "brotherhood", "guild", "confederation", "syndicate", "cooperative", "co-operative",
    "athletic", "rovers", "wanderers", "albion", "fc", "afc", "united", "courier", "chronicle",
    "services", "elementary", "academy",
    // Think tanks and research firms ("Carnegie Endowment", "Capital Economics").
    "endowment", "intelligence", "economics", "analytics",
  ]

  /// Organisation words too generic to name one alone: capitalised on their own ("Board
  /// members", "the Union said") they refer to the organisation with that head.
  static let genericOrgHeads: WordSet = [
    "board", "union", "festival", "council", "committee", "commission", "agency", "authority",
    "association", "federation", "institute", "foundation", "ministry", "department",
    "office", "bureau", "group", "company", "alliance", "coalition", "court", "club",
    "league", "forum", "trust", "society", "university", "college", "school", "hospital",
  ]

  /// Nouns for someone who speaks for a body ("a spokeswoman for the force").
  static let spokespersonNouns: WordSet = ["spokesperson", "spokesman", "spokeswoman"]

  /// Heads of state bodies, which a vague description ("the group", "the movement") never
  /// means.
  static let stateBodyHeads: WordSet = [
    "ministry", "department", "government", "office", "court", "police", "army", "navy",
    "parliament", "senate", "congress", "assembly", "cabinet", "presidency", "embassy",
  ]

  /// Heads of descriptions vague enough to stand for any organisation just named ("Human
  /// Rights Watch … the group said").
  static let vagueOrgHeads: WordSet = [
    "group", "organisation", "organization", "charity", "watchdog", "movement",
  ]

  /// A party's members, capitalised after "the" ("the Kansas Republican said"): a person.
  static let partyMemberNouns: WordSet = [
    "republican", "democrat", "conservative", "tory", "socialist", "liberal",
  ]

  /// Parties capitalised before a role ("the Democratic governor").
  static let partyAdjectives: WordSet = [
    "democratic", "republican", "conservative", "tory", "socialist", "liberal", "labour",
  ]

  /// Descriptions that mean a business ("the company said"), which may take the business just
  /// named when no body has been called one yet.
  static let companyReferenceHeads: WordSet = ["company", "firm"]

  /// Heads of bodies that are not businesses, beyond the generic heads and state bodies.
  static let nonBusinessHeads: WordSet = [
    "party", "movement", "church", "police", "forces", "force", "guard", "front", "brigade",
    "brigades", "militia", "militias", "confederation", "brotherhood", "guild", "syndicate",
    "cooperative", "co-operative", "embassy", "consulate", "secretariat", "tribunal",
    "parliament", "assembly", "senate", "congress", "cabinet", "command", "regiment",
    "battalion", "division", "initiative", "programme", "program", "project", "partnership",
    "summit", "conference", "dialogue", "cup", "championship", "festival", "academy",
    "elementary", "endowment", "administration", "service", "fund", "reserve",
  ]

  /// Lower-case head nouns of organisation descriptions ("a sanctions monitoring group",
  /// "the group").
  static let orgNouns: WordSet = [
    "group", "agency", "alliance", "ministry", "committee", "council", "commission",
    "organisation", "organization", "company", "firm", "bank", "coalition", "union", "party",
    "network", "association", "body", "watchdog", "panel", "consortium", "bloc", "regulator",
    "institute", "foundation", "charity", "militia", "campaign", "movement", "court", "fund",
    "board", "authority", "office", "bureau", "department", "lender", "insurer", "airline",
    "carrier", "operator", "broadcaster", "newspaper", "club", "team", "university",
    "federation", "confederation", "utility", "forum", "league", "brotherhood", "guild",
    "tank", "think-tank", "embassy", "consulate", "website", "site", "platform", "startup",
    "start-up", "retailer", "app",
  ]

  /// Lower-case nouns that, right before a capitalised name, say it is an organisation
  /// ("port operator Nordhaven Terminals", "shipping group Maersk", "the news agency ANP").
  static let orgDescriptors: WordSet = [
    "operator", "company", "firm", "group", "carrier", "line", "maker", "retailer", "bank",
    "agency", "airline", "insurer", "lender", "giant", "producer", "manufacturer", "startup",
    "developer", "broadcaster", "newspaper", "daily", "club", "team", "union", "charity",
    "conglomerate", "automaker", "carmaker", "chipmaker", "supplier", "provider", "network",
    "outlet", "platform", "exchange", "regulator", "watchdog", "party", "militia", "coalition",
    "ministry", "association", "federation", "institute", "university", "consortium", "fund",
    "brand", "label", "publisher", "studio", "utility", "railway", "airport", "port", "hospital",
    "website", "organisation", "organization", "movement", "alliance",
    "housebuilder", "homebuilder", "builder", "shipbuilder", "drugmaker", "miner", "refiner",
    "grocer", "supermarket", "chain", "biotech", "distributor", "wholesaler", "importer",
    "exporter", "trader", "lab", "laboratory", "school",
  ]

  /// Abbreviations written with a period inside names: titles before a name ("Gov. Maria
  /// Lopez") and suffixes after one ("Helix Pharma Inc.").
  static let dottedTitles: WordSet = [
    "gov", "sen", "rep", "dr", "mr", "mrs", "ms", "gen", "col", "lt", "capt", "prof", "sgt",
    "st", "adm", "cmdr", "maj", "rev", "hon", "supt", "det", "insp",
  ]
  static let dottedSuffixes: WordSet = ["inc", "corp", "ltd", "co", "jr", "sr", "bros"]

  /// Last words that make an organisation a company ("the company" can refer to it).
  static let companySuffixes: WordSet = [
    "inc", "inc.", "corp", "corp.", "ltd", "ltd.", "plc", "llc", "co", "co.", "group",
    "holdings", "corporation", "company", "industries", "technologies", "systems", "motors",
    "airlines", "airways", "pharma", "pharmaceuticals", "energy", "bank", "ag", "sa", "nv",
  ]

  /// First words of organisation names too common to stand for the organisation alone
  /// ("International" is not the International Monetary Fund; "Orion" is Orion Semiconductor).
  static let genericNameStarts: WordSet = [
    "international", "national", "united", "world", "global", "general", "central", "standard",
    "first", "new", "american", "royal", "federal", "state", "public", "democratic",
    "republican", "people's", "the", "european", "african", "asian", "arab", "islamic",
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "great",
    "supreme", "high", "foreign", "defence", "defense", "health", "justice", "interior",
    "ministry", "department", "office", "bank", "university", "council", "committee",
  ]

  /// Bodies of a state that a possessive place can own ("Kenya's central bank").
  static let stateBodies: WordSet = [
    "government", "military", "army", "navy", "parliament", "police", "cabinet", "bank",
    "ministry", "regulator", "judiciary", "legislature", "senate", "congress", "embassy",
    "mission", "delegation", "treasury", "presidency", "administration", "airline", "court",
    "force", "forces", "coastguard",
  ]

  /// Head words of generic news-outlet descriptions ("state media", "the state news agency").
  static let mediaHeads: WordSet = [
    "media", "agency", "broadcaster", "television", "tv", "newspaper", "outlet", "daily",
    "radio", "wire",
  ]

  /// Words of an organisation name that make it a news outlet.
  static let mediaNameWords: WordSet = [
    "news", "agency", "press", "media", "television", "tv", "broadcasting", "broadcaster",
    "times", "post", "herald", "journal", "gazette", "tribune", "telegraph", "radio",
    "guardian", "reuters", "daily", "courier", "chronicle",
    // News agencies and broadcasters known by a name with no such word in it.
    "agence", "france-presse", "afp", "ap", "upi", "dpa", "efe", "ansa", "xinhua", "yonhap",
    "kyodo", "interfax", "tass", "bernama", "antara", "anadolu", "bloomberg", "cnn", "bbc",
    "nhk", "sky",
  ]

  /// Modifiers that mark a media description as official ("state media", "state-run TV").
  static let mediaModifiers: WordSet = [
    "state", "state-run", "state-owned", "state-controlled", "official", "government",
    "government-run", "national", "news", "public", "local", "foreign", "domestic",
  ]

  /// Nouns for texts that "say" things on behalf of their author ("the commentary said").
  static let textNouns: WordSet = [
    "commentary", "statement", "report", "editorial", "article", "document", "letter", "post",
    "communique", "declaration", "op-ed", "column", "memo", "study", "filing", "notice",
    "message", "release", "broadcast", "dispatch", "analysis", "paper", "blog", "tweet",
  ]

  /// Lower-case words after a capitalised name that make it a place ("Kursk border region").
  static let placeSuffixes: WordSet = [
    "region", "province", "oblast", "district", "county", "prefecture", "governorate",
    "state", "city", "town", "village", "area", "valley", "island", "islands", "peninsula",
    "territory", "municipality", "republic",
  ]

  /// Capitalised last words of street and venue names ("Ely Road", "Castlefield Arena");
  /// words that are also common surnames (Hall, Lane, Field, Park) are left out.
  static let placeNameEnds: WordSet = [
    "road", "street", "avenue", "boulevard", "stadium", "arena", "square", "station",
    "airport", "highway", "motorway", "river", "bridge", "quay", "terrace", "crescent",
    // "Harrowby Town", "Derby County": clubs named after places, no people.
    "town", "city", "county",
  ]

  /// Last words of names that are places, buildings, events or laws even when a given name
  /// opens them ("Lincoln Park", "Albert Hall", "Grace Church", "Davis Cup"), so the given
  /// name does not make them a person's.
  static let namedThingEnds: WordSet = [
    "park", "hall", "center", "centre", "garden", "gardens", "lake", "valley", "island", "beach",
    "bay", "house", "tower", "memorial", "church", "cathedral", "chapel", "school", "college",
    "university", "hospital", "clinic", "library", "museum", "theatre", "theater", "prize",
    "award", "awards", "cup", "trophy", "medal", "act", "bill", "law", "fund", "day", "week",
    "festival", "show", "project", "plan", "program", "programme", "fire", "storm", "hurricane",
  ]

  /// Nouns for a person of a nation that differ from the adjective ("the Spaniard", "the
  /// Dutchman"); adjectives used as nouns ("the Brazilian") come from the gazetteer.
  static let nationalityNouns: WordSet = [
    "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "dutchman",
    "dutchwoman", "irishman", "irishwoman", "welshman", "welshwoman", "scotsman", "scotswoman",
    "scot", "swede", "dane", "finn", "pole", "turk", "briton", "brit", "kiwi", "icelander",
    "argentine", "luxembourger",
  ]

  /// Participles that make a capitalised word before a hyphen a modifier ("Bangui-based",
  /// "Kremlin-backed", "Paris-born").
  static let compoundModifierEnds: WordSet = [
    "based", "backed", "born", "bred", "led", "owned", "run", "funded", "listed", "registered",
    "headquartered", "made", "flagged", "bound", "linked", "allied", "aligned", "controlled",
    "held", "focused", "centred", "centered", "style", "era", "area",
  ]

  /// Abbreviated titles and the words they stand for, so that "the governor" finds "Gov.
  /// Linda Marcum" and "the detective" finds "Det Sgt Claire Whitfield".
  static let titleAbbreviations: WordMap<String> = [
    "gov.": "governor", "gov": "governor", "sen.": "senator", "sen": "senator",
    "rep.": "representative", "rep": "representative", "det": "detective",
    "det.": "detective", "sgt": "sergeant", "sgt.": "sergeant", "insp": "inspector",
    "insp.": "inspector", "supt": "superintendent", "supt.": "superintendent",
    "prof.": "professor", "prof": "professor", "dr.": "doctor", "dr": "doctor",
    "lt.": "lieutenant", "lt": "lieutenant", "col.": "colonel", "col": "colonel",
    "gen.": "general", "gen": "general", "capt.": "captain", "capt": "captain",
    "cllr": "councillor", "cllr.": "councillor", "cr": "councillor", "cr.": "councillor",
    "adm": "admiral", "adm.": "admiral", "maj.": "major", "atty.": "attorney",
  ]

  /// A folded role with its abbreviated titles written out ("gov." → "governor").
  static func expandingTitles(_ folded: String) -> String {
    guard folded.utf8.count < 40 else { return folded }
    var words: [String] = []
    for word in DataText.split(Substring(folded), on: " ") {
      words.append(titleAbbreviations[String(word)] ?? String(word))
    }
    return words.joined(separator: " ")
  }

  /// Titles written as initials ("the CFO said"), and the title they stand for.
  static let titleInitials: WordMap<String> = [
    "ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
    "cto": "chief technology officer", "cio": "chief information officer",
    "cmo": "chief marketing officer",
  ]

  /// Awards named by one word ("the Oscar winner", "an Emmy"), which name no one.
  static let awardNames: WordSet = [
    "oscar", "oscars", "emmy", "emmys", "grammy", "grammys", "bafta", "baftas", "pulitzer",
    "nobel", "booker", "olivier", "césar", "goya", "juno", "obie",
  ]

  /// Capitalised words that begin sentences without naming anything.
  static let sentenceStarters: WordSet = [
    "the", "a", "an", "in", "on", "at", "to", "for", "from", "by", "with", "of", "as", "and",
    "but", "or", "so", "yet", "if", "when", "while", "after", "before", "since", "until",
    "because", "although", "though", "despite", "during", "according", "around", "about",
    "more", "less", "some", "many", "most", "several", "few", "all", "both", "each", "every",
    "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
    "this", "that", "these", "those", "there", "here", "then", "now", "still", "also",
    "meanwhile", "however", "instead", "nevertheless", "last", "next", "earlier", "later",
    "over", "under", "nearly", "almost", "what", "who", "which", "where", "why", "how",
    "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "asked", "speaking", "amid", "against", "without", "within", "among",
    "between", "through", "across", "into", "upon", "such", "other", "another", "only",
    "even", "just", "once", "twice", "up", "out", "off", "new", "former", "top", "senior",
    "it's", "that's", "there's", "we're", "they're", "i'm", "yes", "well", "unlike", "like",
    "whether", "unless", "except", "beyond", "toward", "towards", "via", "per", "whose",
  ]

  /// Words joining the parts of a name ("Ludwig van Beethoven", "Ministry of Defence").
  static let nameConnectors: WordSet = [
    "of", "de", "van", "von", "der", "den", "la", "le", "du", "da", "di", "dos", "das", "del",
    "al", "bin", "ibn", "for", "on", "ter", "ten", "della", "dei", "vom", "zu", "af",
  ]

  /// Words that end a backwards scan for a role ("his hawkish predecessor", "by analyst").
  static let roleStops: WordSet = [
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "of", "in", "on",
    "at", "to", "by", "with", "for", "from", "and", "or", "as", "than", "that", "who",
    "which", "whom", "said", "says", "told", "is", "was", "were", "are", "be", "been", "has",
    "have", "had", "but", "when", "while", "after", "before", "between", "against", "about",
    "over", "under", "into", "onto", "upon", "including", "like", "met", "meet", "meets",
    "visited", "visit", "visits", "also", "not", "it", "he", "she", "they", "we", "this",
    "these", "those", "then", "thursday", "monday", "tuesday", "wednesday", "friday",
    "saturday", "sunday",
  ]

  /// Prepositions whose object is seldom what a later pronoun stands for ("a shot over
  /// Hrubý. He did not celebrate.").
  static let objectPrepositions: WordSet = [
    "over", "past", "against", "with", "to", "from", "into", "behind", "beside", "beyond",
    "toward", "towards", "onto", "at", "for", "about", "than", "like", "under",
  ]

  /// Personal pronouns that can stand for a speaker, and which entity type each takes.
  static let personPronouns: WordSet = ["he", "she", "him", "her"]
  /// Pronouns a cue's subject takes for someone other than the speaker of the words around.
  static let thirdPersonSubjects: WordSet = ["he", "she", "they"]
  static let femaleRoles: WordSet = [
    "queen", "princess", "actress", "lady", "dame", "mrs", "mrs.", "ms", "ms.", "miss", "mother",
    "daughter", "sister", "wife", "widow", "grandmother", "aunt", "niece",
    "alhaja", "hajia",
  ]
  static let maleRoles: WordSet = [
    "king", "prince", "lord", "sir", "mr", "mr.", "father", "son", "brother", "husband",
    "widower", "grandfather", "uncle", "nephew",
    "alhaji", "mallam",
  ]
  static let orgPronouns: WordSet = ["it"]
  static let pluralPronouns: WordSet = ["they"]
}
