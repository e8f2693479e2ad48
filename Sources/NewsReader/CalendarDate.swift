/// A proleptic Gregorian calendar day, with the arithmetic date resolution needs: weekdays,
/// day shifts and ISO weeks. Days are counted from 1970-01-01 (a Thursday).
struct CalendarDate: Comparable {
  var year: Int
  var month: Int
  var day: Int

  /// Parses `YYYY-MM-DD`.
  init?(iso: String) {
    let parts = iso.split(separator: "-")
    guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]),
      let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Howard Hinnant's days-from-civil algorithm.
  var dayNumber: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let shiftedMonth = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  init(dayNumber: Int) {
    let shifted = dayNumber + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    self.init(year: year, month: month, day: day)
  }

  /// 1 = Monday … 7 = Sunday (ISO).
  var weekday: Int {
    let value = (dayNumber + 3) % 7
    return (value < 0 ? value + 7 : value) + 1
  }

  func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

  /// ISO 8601 week: the year that owns the week's Thursday, and the week number.
  var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let january1 = CalendarDate(year: thursday.year, month: 1, day: 1)
    return (thursday.year, (thursday.dayNumber - january1.dayNumber) / 7 + 1)
  }

  var isoString: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

  var isoWeekString: String {
    let week = isoWeek
    return "\(Self.pad(week.year, 4))-W\(Self.pad(week.week, 2))"
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width
      ? digits
      : String(repeating: "0", count: width - digits.count)
        + digits
  }

  static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
