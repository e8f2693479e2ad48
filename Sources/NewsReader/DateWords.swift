/// Weekday and month names, the calendar words date recognition starts from.
enum DateWords {
  /// Folded weekday → ISO weekday number (Monday = 1).
  static let weekdays: WordMap<Int> = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
  ]

  /// Folded month name or AP abbreviation → month number.
  static let months: WordMap<Int> = [
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
    "feb": 2, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
  ]

  /// Whether a folded word is a calendar word that must not start a name.
  static func isCalendarWord(_ folded: String) -> Bool {
    weekdays[folded] != nil || (months[folded] != nil && (folded.count > 3 || folded == "may"))
  }
}
