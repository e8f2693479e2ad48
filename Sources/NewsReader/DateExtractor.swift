/// Finds time expressions and resolves them against the article date.
///
/// Recognised: weekdays ("Thursday", "last Friday"), months with optional day and year
/// ("March", "March 3", "3 March 2024", "Jan. 5"), years ("in 2024"), and relative
/// expressions ("last year", "this week", "next month", "yesterday"). Resolution follows the
/// gold rules: a weekday is the latest such day on or before the article date, a month
/// without a year falls in the article's year unless that is after the date, "last week" is
/// the ISO week before the article's.
struct DateExtractor {
  struct Found {
    var firstToken: Int
    var endToken: Int
    var resolved: String?
  }

  let tokens: [Token]
  let articleDate: CalendarDate?

  func extract() -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < tokens.count {
      // The cheap test first, here: most tokens fail it, and a call to `matchAt` for each of
      // them cost more than the test.
      if mayStartDate(tokens[index]), let match = matchAt(index) {
        found.append(match)
        index = match.endToken
      } else {
        index += 1
      }
    }
    return found
  }

  private func word(_ index: Int) -> String? {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
    return tokens[index].lower
  }

  private func sameSentence(_ first: Int, _ second: Int) -> Bool {
    second < tokens.count && tokens[second].sentence == tokens[first].sentence
  }

  /// A number (a year) or a date word: the only tokens a date starts at.
  @inline(__always)
  private func mayStartDate(_ token: Token) -> Bool {
    token.kind == .number || (token.kind == .word && token.flags.contains(.dateWord))
  }

  private func matchAt(_ index: Int) -> Found? {
    // Tested in place: copying every token just to reject it cost more than the matching.
    if tokens[index].kind == .number { return yearAt(index) }
    guard tokens[index].kind == .word, tokens[index].flags.contains(.dateWord) else { return nil }
    let token = tokens[index]
    let lower = token.lower
    // Literals compared by the form's bits (`lowerIs`), not through `String.==`.
    if token.lowerIs("last") || token.lowerIs("next") || token.lowerIs("this"),
      let unit = word(index + 1), sameSentence(index, index + 1)
    {
      let shift = token.lowerIs("last") ? -1 : (token.lowerIs("next") ? 1 : 0)
      if let resolved = relative(unit: tokens[index + 1], shift: shift) {
        return Found(firstToken: index, endToken: index + 2, resolved: resolved.value)
      }
      if let day = DateWords.weekdays[unit], tokens[index + 1].isCapitalized {
        return Found(
          firstToken: index, endToken: index + 2, resolved: weekday(day, forward: shift > 0))
      }
    }
    if token.lowerIs("yesterday") {
      return Found(firstToken: index, endToken: index + 1, resolved: shifted(-1))
    }
    if token.lowerIs("today") {
      return Found(firstToken: index, endToken: index + 1, resolved: shifted(0))
    }
    if token.lowerIs("tomorrow") {
      return Found(firstToken: index, endToken: index + 1, resolved: shifted(1))
    }
    guard token.isCapitalized else { return nil }
    if let day = DateWords.weekdays[lower] {
      return Found(firstToken: index, endToken: index + 1, resolved: weekday(day, forward: false))
    }
    if let month = DateWords.months[lower] {
      return monthAt(index, month: month)
    }
    return nil
  }

  private func monthAt(_ index: Int, month: Int) -> Found? {
    var end = index + 1
    // "Jan. 5": skip the abbreviation's period.
    if !tokens[index].flags.contains(.calendarWord), end < tokens.count,
      tokens[end].isPunct("."),
      sameSentence(index, end)
    {
      end += 1
    }
    var day: Int?
    var year: Int?
    if end < tokens.count, tokens[end].kind == .number, sameSentence(index, end),
      let value = Self.integer(tokens[end]), (1...31).contains(value)
    {
      day = value
      end += 1
      if end + 1 < tokens.count, tokens[end].isPunct(","), tokens[end + 1].kind == .number,
        let value = Self.integer(tokens[end + 1]), (1000...2999).contains(value)
      {
        year = value
        end += 2
      }
    } else if end < tokens.count, tokens[end].kind == .number, sameSentence(index, end),
      let value = Self.integer(tokens[end]), (1000...2999).contains(value)
    {
      year = value
      end += 1
    }
    var first = index
    if day == nil, index > 0, tokens[index - 1].kind == .number, sameSentence(index - 1, index),
      let value = Self.integer(tokens[index - 1]), (1...31).contains(value)
    {
      day = value
      first = index - 1
    }
    // "May" is also a verb: take it only with a day or year or after a preposition.
    if tokens[index].lowerIs("may"), day == nil, year == nil {
      let before = word(index - 1) ?? ""
      guard Self.monthLeads.contains(before) else { return nil }
    }
    return Found(firstToken: first, endToken: end, resolved: resolveMonth(month, day, year))
  }

  /// Words that make "May" a month. `WordSet`s rather than array literals, which built a new
  /// array per test.
  private static let monthLeads: WordSet = [
    "in", "since", "until", "by", "early", "late", "mid", "last", "next", "of",
  ]
  /// Words that make a lone four-digit number a year.
  private static let yearLeads: WordSet = [
    "in", "since", "until", "by", "of", "from", "before", "after", "during", "to",
  ]

  private func yearAt(_ index: Int) -> Found? {
    let token = tokens[index]
    guard Self.length(of: token) == 4, let value = Self.integer(token),
      (1800...2199).contains(value)
    else { return nil }
    let before = word(index - 1) ?? ""
    guard Self.yearLeads.contains(before) else { return nil }
    return Found(firstToken: index, endToken: index + 1, resolved: String(value))
  }

  /// `Int(token.lower)`, with short digits (most number tokens) read from the form's packed
  /// bytes: a call into the string library per number was a visible cost. Anything else
  /// (separators, a decimal point, a long text) is left to `Int`.
  private static func integer(_ token: Token) -> Int? {
    guard let (words, count) = token.form.shortASCIIBytes, count >= 1 else {
      return Int(token.lower)
    }
    var value = 0
    for offset in 0..<count {
      // At most 15 digits: no overflow.
      let word = offset < 8 ? words.0 : words.1
      let byte = UInt8(truncatingIfNeeded: word &>> UInt64((offset & 7) &* 8))
      guard byte >= 48 && byte <= 57 else { return Int(token.lower) }
      value = value &* 10 &+ Int(byte &- 48)
    }
    return value
  }

  /// `token.lower.utf8.count`, from the form's bits when it is short ASCII.
  private static func length(of token: Token) -> Int {
    token.form.shortASCIIBytes?.count ?? token.lower.utf8.count
  }

  /// "2025-03": `"\(pad(year, 4))-\(pad(month, 2))"`, written byte by byte for the years and
  /// months that always have those widths (string interpolation was most of a month's cost).
  static func isoMonth(_ year: Int, _ month: Int) -> String {
    guard (0...9999).contains(year), (0...99).contains(month) else {
      return "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
    }
    return String(unsafeUninitializedCapacity: 7) { bytes in
      write(year, width: 4, into: bytes, at: 0)
      bytes[4] = 45
      write(month, width: 2, into: bytes, at: 5)
      return 7
    }
  }

  /// "2025-03-01": `CalendarDate(...).isoString`, written byte by byte like `isoMonth`.
  static func isoDay(_ year: Int, _ month: Int, _ day: Int) -> String {
    guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
      return CalendarDate(year: year, month: month, day: day).isoString
    }
    return String(unsafeUninitializedCapacity: 10) { bytes in
      write(year, width: 4, into: bytes, at: 0)
      bytes[4] = 45
      write(month, width: 2, into: bytes, at: 5)
      bytes[7] = 45
      write(day, width: 2, into: bytes, at: 8)
      return 10
    }
  }

  /// `date.isoString`, as `isoDay` writes it.
  private static func iso(_ date: CalendarDate) -> String {
    isoDay(date.year, date.month, date.day)
  }

  /// The `width` last decimal digits of `value` (zero-padded) at `bytes[start...]`.
  private static func write(
    _ value: Int, width: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at start: Int
  ) {
    var rest = value
    for offset in (0..<width).reversed() {
      bytes[start + offset] = 48 + UInt8(rest % 10)
      rest /= 10
    }
  }

  private func resolveMonth(_ month: Int, _ day: Int?, _ year: Int?) -> String? {
    var resolvedYear = year
    if resolvedYear == nil {
      guard let date = articleDate else { return nil }
      resolvedYear = date.year
      if month > date.month || (month == date.month && (day ?? 1) > date.day) {
        resolvedYear = date.year - 1
      }
    }
    guard let finalYear = resolvedYear else { return nil }
    if let day {
      return Self.isoDay(finalYear, month, day)
    }
    return Self.isoMonth(finalYear, month)
  }

  private func weekday(_ day: Int, forward: Bool) -> String? {
    guard let date = articleDate else { return nil }
    if forward {
      var offset = day - date.weekday
      if offset <= 0 { offset += 7 }
      return Self.iso(date.adding(days: offset))
    }
    var offset = date.weekday - day
    if offset < 0 { offset += 7 }
    return Self.iso(date.adding(days: -offset))
  }

  private func shifted(_ days: Int) -> String? {
    articleDate.map { Self.iso($0.adding(days: days)) }
  }

  /// `unit` is a word token ("year", "week", "month"), compared by its form's bits.
  private func relative(unit: Token, shift: Int) -> (value: String?, ok: Bool)? {
    if unit.lowerIs("year") {
      guard let date = articleDate else { return (nil, true) }
      return (String(date.year + shift), true)
    }
    if unit.lowerIs("week") {
      guard let date = articleDate else { return (nil, true) }
      return (date.adding(days: 7 * shift).isoWeekString, true)
    }
    if unit.lowerIs("month") {
      guard let date = articleDate else { return (nil, true) }
      var month = date.month + shift
      var year = date.year
      if month < 1 {
        month += 12
        year -= 1
      } else if month > 12 {
        month -= 12
        year += 1
      }
      return (Self.isoMonth(year, month), true)
    }
    return nil
  }
}
