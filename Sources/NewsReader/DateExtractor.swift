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
    if lower == "last" || lower == "next" || lower == "this",
      let unit = word(index + 1), sameSentence(index, index + 1)
    {
      let shift = lower == "last" ? -1 : (lower == "next" ? 1 : 0)
      if let resolved = relative(unit: unit, shift: shift) {
        return Found(firstToken: index, endToken: index + 2, resolved: resolved.value)
      }
      if let day = DateWords.weekdays[unit], tokens[index + 1].isCapitalized {
        return Found(
          firstToken: index, endToken: index + 2, resolved: weekday(day, forward: shift > 0))
      }
    }
    switch lower {
    case "yesterday": return Found(firstToken: index, endToken: index + 1, resolved: shifted(-1))
    case "today": return Found(firstToken: index, endToken: index + 1, resolved: shifted(0))
    case "tomorrow": return Found(firstToken: index, endToken: index + 1, resolved: shifted(1))
    default: break
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
      let value = Int(tokens[end].lower), (1...31).contains(value)
    {
      day = value
      end += 1
      if end + 1 < tokens.count, tokens[end].isPunct(","), tokens[end + 1].kind == .number,
        let value = Int(tokens[end + 1].lower), (1000...2999).contains(value)
      {
        year = value
        end += 2
      }
    } else if end < tokens.count, tokens[end].kind == .number, sameSentence(index, end),
      let value = Int(tokens[end].lower), (1000...2999).contains(value)
    {
      year = value
      end += 1
    }
    var first = index
    if day == nil, index > 0, tokens[index - 1].kind == .number, sameSentence(index - 1, index),
      let value = Int(tokens[index - 1].lower), (1...31).contains(value)
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
    guard token.lower.utf8.count == 4, let value = Int(token.lower), (1800...2199).contains(value)
    else { return nil }
    let before = word(index - 1) ?? ""
    guard Self.yearLeads.contains(before) else { return nil }
    return Found(firstToken: index, endToken: index + 1, resolved: String(value))
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
      return CalendarDate(year: finalYear, month: month, day: day).isoString
    }
    return "\(CalendarDate.pad(finalYear, 4))-\(CalendarDate.pad(month, 2))"
  }

  private func weekday(_ day: Int, forward: Bool) -> String? {
    guard let date = articleDate else { return nil }
    if forward {
      var offset = day - date.weekday
      if offset <= 0 { offset += 7 }
      return date.adding(days: offset).isoString
    }
    var offset = date.weekday - day
    if offset < 0 { offset += 7 }
    return date.adding(days: -offset).isoString
  }

  private func shifted(_ days: Int) -> String? {
    articleDate?.adding(days: days).isoString
  }

  private func relative(unit: String, shift: Int) -> (value: String?, ok: Bool)? {
    switch unit {
    case "year":
      guard let date = articleDate else { return (nil, true) }
      return (String(date.year + shift), true)
    case "week":
      guard let date = articleDate else { return (nil, true) }
      return (date.adding(days: 7 * shift).isoWeekString, true)
    case "month":
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
      return ("\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))", true)
    default:
      return nil
    }
  }
}
