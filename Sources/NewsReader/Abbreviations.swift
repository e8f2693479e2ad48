/// Words written with a period that does not end a sentence.
///
/// Compiled from the AP Stylebook's lists of courtesy and military titles, state and month
/// abbreviations and common Latin abbreviations. Matched case-sensitively on the letters
/// just before the period; single capital letters (initials) are handled by the splitter.
enum Abbreviations {
  static let words: WordSet = [
    "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gov", "Sen", "Sens", "Rep", "Reps", "Gen",
    "Lt", "Col", "Capt", "Cmdr", "Maj", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Rev", "Hon",
    "Fr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "Ave", "Blvd", "Rd", "Supt", "Insp", "Det",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "vs", "etc", "approx", "est", "dept", "Dept", "Corp", "Inc", "Ltd", "Co",
    "Bros", "Calif", "Fla", "Ill", "Conn", "Wash", "Pa", "Va", "Ga", "Ariz", "Colo",
    "Mich", "Minn", "Tenn", "Tex", "Okla", "Ore", "Wis", "Ky", "La", "Md", "Mo", "Nev",
    "al", "cf", "ca", "viz", "Vol", "vol", "pp", "fig", "Fig", "Nr",
  ]
}
