/// Reads the metadata at the top of an article: an optional headline line, the ` date
/// YYYY-MM-DD` prefix and the dateline (`SEOUL:`, `LONDON, March 3 (Reuters) -`,
/// `DENVER (AP) —`, `BRUSSELS —`).
///
/// The header is metadata, so `bodyStart` is where the first paragraph's text begins.
struct HeaderParser {
  struct Header {
    var title: String?
    var date: String?
    var dateline: String?
    /// Byte offset where body text starts.
    var bodyStart: Int
    /// Byte range of the title line, excluded from the body.
    var titleRange: Range<Int>?
  }

  let buffer: TextBuffer

  func parse() -> Header {
    let bytes = buffer.bytes
    var header = Header(title: nil, date: nil, dateline: nil, bodyStart: 0, titleRange: nil)
    var position = 0
    if let titled = headline() {
      header.title = buffer.string(titled.lowerBound, titled.upperBound)
      header.titleRange = titled
      position = titled.upperBound
      while position < bytes.count, ByteClass.isSpace(bytes[position]) { position += 1 }
    }
    var cursor = skipSpaces(position)
    if let after = byline(at: cursor) ?? deskByline(at: cursor) {
      cursor = after
      while cursor < bytes.count, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
      position = cursor
    }
    if let (date, after) = datePrefix(at: cursor) {
      header.date = date
      // The dateline normally follows on the same line; accept it on the next one too.
      cursor = after
      while cursor < bytes.count, ByteClass.isSpace(bytes[cursor]) { cursor += 1 }
      position = cursor
    }
    if let (city, after) = dateline(at: cursor) {
      header.dateline = city
      position = skipSpaces(after)
    }
    header.bodyStart = position
    return header
  }

  /// A first line that is short, has no closing punctuation and is followed by more text.
  private func headline() -> Range<Int>? {
    let bytes = buffer.bytes
    var start = 0
    while start < bytes.count, bytes[start] == 32 || bytes[start] == 9 { start += 1 }
    if datePrefix(at: start) != nil || dateline(at: start) != nil { return nil }
    var end = start
    while end < bytes.count, bytes[end] != 10 { end += 1 }
    guard end < bytes.count else { return nil }
    var trimmed = end
    while trimmed > start, ByteClass.isSpace(bytes[trimmed - 1]) { trimmed -= 1 }
    guard trimmed > start else { return nil }
    let last = bytes[trimmed - 1]
    if last == 46 || last == 33 || last == 63 || last == 58 || last == 44 || last == 59 {
      return nil
    }
    var words = 0
    var inWord = false
    for index in start..<trimmed {
      let space = ByteClass.isSpace(bytes[index])
      if !space && !inWord { words += 1 }
      inWord = !space
    }
    // Long-read headlines run past twenty words; a lede that long ends in a full stop.
    guard words <= 30 else { return nil }
    // Something other than blank space must follow.
    var rest = end
    while rest < bytes.count, ByteClass.isSpace(bytes[rest]) { rest += 1 }
    guard rest < bytes.count else { return nil }
    // A line followed by a single newline and then running text would be a hard-wrapped
    // paragraph, not a headline: require a blank line or a header on the next line.
    let blankFollows =
      bytes[end...].prefix(while: { ByteClass.isSpace($0) }).filter { $0 == 10 }
      .count >= 2
    let nextIsHeader =
      datePrefix(at: skipSpaces(end + 1)) != nil
      || dateline(at: skipSpaces(end + 1)) != nil
    guard blankFollows || nextIsHeader else { return nil }
    return start..<trimmed
  }

  /// A byline block — "By JANE ROE", "By Jane Roe and Tom Brandt, Reuters", optionally with
  /// short lines under it ("Staff Writer") — standing alone before a blank line: it names the
  /// writer, so it is metadata, not a heading or a paragraph. Returns where the block ends.
  /// "By Friday the council had voted." is text: every word of a byline's first line is
  /// capitalised or a connector, and no line ends a sentence.
  private func byline(at start: Int) -> Int? {
    let bytes = buffer.bytes
    guard start + 4 < bytes.count, bytes[start] == 66, bytes[start + 1] == 121,
      bytes[start + 2] == 32, ByteClass.isUpper(bytes[start + 3]) || bytes[start + 3] >= 0x80
    else { return nil }
    var lineStart = start
    var lines = 0
    while lineStart < bytes.count, bytes[lineStart] != 10 {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
      var trimmed = lineEnd
      while trimmed > lineStart, ByteClass.isSpace(bytes[trimmed - 1]) { trimmed -= 1 }
      let words = bytes[lineStart..<trimmed].split(separator: 32)
      guard trimmed > lineStart, words.count <= 8, lines < 3 else { return nil }
      let last = bytes[trimmed - 1]
      if last == 46 || last == 33 || last == 63 || last == 58 || last == 59 { return nil }
      if lines == 0 {
        let connectors: Set<String> = ["and", "&", "in", "for", "of", "the", "de", "van", "von"]
        for word in words.dropFirst() {
          guard let first = word.first else { continue }
          let capital = ByteClass.isUpper(first) || first >= 0x80
          if !capital, !connectors.contains(String(decoding: word, as: UTF8.self)) { return nil }
        }
      }
      lines += 1
      lineStart = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
      while lineStart < bytes.count, bytes[lineStart] == 32 || bytes[lineStart] == 9 {
        lineStart += 1
      }
    }
    // A blank line (or the end) closes the block; text must follow it.
    var rest = lineStart
    while rest < bytes.count, ByteClass.isSpace(bytes[rest]) { rest += 1 }
    return rest < bytes.count ? lineStart : nil
  }

  /// The Guardian's and the BBC's byline as saved from the page: "Helena Treharne
  /// Environment correspondent", with the time stamp on the line under it ("Thu 26 Nov 2026
  /// 07.00 GMT"). Capitalised words ending in a journalist's title, alone before a blank line.
  private func deskByline(at start: Int) -> Int? {
    let bytes = buffer.bytes
    var lineEnd = start
    while lineEnd < bytes.count, bytes[lineEnd] != 10 { lineEnd += 1 }
    // Counted before any string is made: the line is usually the first paragraph.
    let parts = bytes[start..<lineEnd].split(separator: 32)
    guard parts.count >= 3, parts.count <= 8 else { return nil }
    let words = parts.map { String(decoding: $0, as: UTF8.self) }
    guard let title = words.last,
      Self.journalistTitles.contains(title),
      words.dropLast().allSatisfy({ $0.first.map { $0.isUppercase } ?? false })
    else { return nil }
    var next = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
    // The time stamp under it: a line opening with a weekday or a day of the month.
    var stampEnd = next
    while stampEnd < bytes.count, bytes[stampEnd] != 10 { stampEnd += 1 }
    let stamp = String(decoding: bytes[next..<stampEnd], as: UTF8.self)
    if stampEnd > next, stamp.split(separator: " ").count <= 8,
      Self.weekdayAbbreviations.contains(where: { stamp.hasPrefix($0) })
        || stamp.first.map({ $0.isNumber }) == true
    {
      next = stampEnd < bytes.count ? stampEnd + 1 : stampEnd
    }
    // A blank line (or the end) closes the block; text must follow it.
    var rest = next
    while rest < bytes.count, ByteClass.isSpace(bytes[rest]) { rest += 1 }
    return rest < bytes.count && (next >= bytes.count || bytes[next] == 10 || next == rest)
      ? next : nil
  }

  private static let journalistTitles: Set<String> = [
    "correspondent", "editor", "reporter", "writer", "columnist", "journalist",
  ]
  private static let weekdayAbbreviations = [
    "Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun ",
  ]

  private func skipSpaces(_ start: Int) -> Int {
    var index = start
    let bytes = buffer.bytes
    while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
    return index
  }

  /// `date YYYY-MM-DD` at `start`.
  private func datePrefix(at start: Int) -> (String, Int)? {
    let bytes = buffer.bytes
    // "date " by its bytes (array literals here were built at every call).
    let keyword: (UInt8, UInt8, UInt8, UInt8, UInt8) = (100, 97, 116, 101, 32)
    guard start + 5 + 10 <= bytes.count, bytes[start] == keyword.0, bytes[start + 1] == keyword.1,
      bytes[start + 2] == keyword.2, bytes[start + 3] == keyword.3, bytes[start + 4] == keyword.4
    else { return nil }
    var index = start + 5
    while index < bytes.count, bytes[index] == 32 { index += 1 }
    guard index + 10 <= bytes.count else { return nil }
    // YYYY-MM-DD: hyphens at offsets 4 and 7, digits elsewhere.
    for offset in 0..<10 {
      let byte = bytes[index + offset]
      if offset == 4 || offset == 7 ? byte != 45 : !ByteClass.isDigit(byte) { return nil }
    }
    return (buffer.string(index, index + 10), index + 10)
  }

  /// An upper-case city followed by `:` or a wire dateline tail ending in a dash.
  private func dateline(at start: Int) -> (String, Int)? {
    let bytes = buffer.bytes
    var index = start
    var cityEnd = start
    var letters = 0
    while index < bytes.count {
      let byte = bytes[index]
      if ByteClass.isUpper(byte) {
        letters += 1
      } else if byte == 32 || byte == 46 || byte == 45 || byte == 39 {
        // Spaces, dots, hyphens, apostrophes inside a city ("NEW YORK", "ST. LOUIS").
        if byte == 32, index + 1 < bytes.count, !ByteClass.isUpper(bytes[index + 1]) { break }
        if byte == 45, index + 1 < bytes.count, !ByteClass.isUpper(bytes[index + 1]) { break }
      } else if byte >= 0x80, ByteClass.punctuationLength(bytes, index) == 0, letters > 0 {
        // Accented capitals in a city name.
      } else {
        break
      }
      index += 1
      cityEnd = index
    }
    guard letters >= 2 else { return nil }
    while cityEnd > start, bytes[cityEnd - 1] == 32 { cityEnd -= 1 }
    let city = titleCase(buffer.string(start, cityEnd))
    var cursor = cityEnd
    if cursor < bytes.count, bytes[cursor] == 58 {
      return (city, cursor + 1)
    }
    // Wire forms: optional ", March 3", optional "(Agency)", then a dash.
    if cursor < bytes.count, bytes[cursor] == 44 {
      var scan = cursor + 1
      let limit = min(bytes.count, scan + 40)
      while scan < limit, bytes[scan] != 40, bytes[scan] != 10, dashLength(at: scan) == 0 {
        scan += 1
      }
      guard scan < limit, bytes[scan] != 10 else { return nil }
      cursor = scan
    }
    cursor = skipSpaces(cursor)
    if cursor < bytes.count, bytes[cursor] == 40 {
      var scan = cursor + 1
      while scan < bytes.count, scan < cursor + 40, bytes[scan] != 41, bytes[scan] != 10 {
        scan += 1
      }
      guard scan < bytes.count, bytes[scan] == 41 else { return nil }
      cursor = skipSpaces(scan + 1)
    }
    let dash = dashLength(at: cursor)
    guard dash > 0 else { return nil }
    return (city, cursor + dash)
  }

  /// Length of "-", "--", "–" or "—" at `index` when followed by a space.
  private func dashLength(at index: Int) -> Int {
    let bytes = buffer.bytes
    guard index < bytes.count else { return 0 }
    var length = 0
    if bytes[index] == 45 {
      length = 1
      while index + length < bytes.count, bytes[index + length] == 45 { length += 1 }
    } else if bytes[index] == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
      bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
    {
      length = 3
    }
    guard length > 0, index + length < bytes.count, bytes[index + length] == 32 else { return 0 }
    return length
  }

  /// "NEW YORK" → "New York"; "ST. LOUIS" → "St. Louis".
  private func titleCase(_ city: String) -> String {
    var out = ""
    var startOfWord = true
    for scalar in city.unicodeScalars {
      if scalar == " " || scalar == "-" || scalar == "." {
        out.unicodeScalars.append(scalar)
        startOfWord = true
        continue
      }
      if startOfWord {
        out.unicodeScalars.append(scalar)
      } else if scalar.isASCII {
        // ASCII lower-cases by itself; a string per scalar only for the others.
        let value = UInt8(scalar.value)
        out.unicodeScalars.append(Unicode.Scalar(ByteClass.isUpper(value) ? value + 32 : value))
      } else {
        out += String(scalar).lowercased()
      }
      startOfWord = false
    }
    return out
  }
}
