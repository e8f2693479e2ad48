/// Finds quantities: digits ("600", "3,200", "4.8%", "$1.2610", "137.3 billion") and number
/// words ("nine million", "three-year", "two-line"), each with the noun it counts and any hedge
/// ("more than", "around").
///
/// Ordinals, vague plurals ("thousands of troops") and the pronoun "one" ("one of the allies")
/// are not quantities; tokens already taken by a date are skipped.
struct NumberExtractor {
  struct Found {
    var firstToken: Int
    var endToken: Int
    /// Byte range of the number as written (may cover part of a hyphenated token).
    var start: Int
    var end: Int
    var value: Double
    var unit: String?
    var qualifier: String?
  }

  let tokens: [Token]
  let buffer: TextBuffer
  /// Tokens that belong to dates.
  let taken: [Bool]

  func extract() -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < tokens.count {
      // The cheap test first, here: most tokens fail it, and a call to `matchAt` for each of
      // them cost more than the test.
      if !taken[index], mayStartNumber(tokens[index]), let match = matchAt(index) {
        found.append(match)
        index = max(match.endToken, index + 1)
      } else {
        index += 1
      }
    }
    return found
  }

  private func sameSentence(_ first: Int, _ second: Int) -> Bool {
    second >= 0 && second < tokens.count && tokens[second].sentence == tokens[first].sentence
  }

  /// Digits, or a number word ("nine", "three-year"): the only tokens a number starts at.
  @inline(__always)
  private func mayStartNumber(_ token: Token) -> Bool {
    token.kind == .number
      || (token.kind == .word && !token.flags.isDisjoint(with: [.numberWord, .numberCompound]))
  }

  private func matchAt(_ index: Int) -> Found? {
    guard mayStartNumber(tokens[index]) else { return nil }
    let token = tokens[index]
    var start = token.start
    var end = token.end
    var value: Double
    // Digits and a power of ten kept apart so that "137.3 billion" is exactly 1.373e11.
    var exponent = 0
    var next = index + 1
    var unit: String?
    if token.kind == .number {
      guard let parsed = Self.value(ofDigits: token.lower) else { return nil }
      value = parsed
      if index > 0, sameSentence(index, index - 1), tokens[index - 1].end == token.start,
        ["$", "€", "£", "¥"].contains(tokens[index - 1].lower)
      {
        start = tokens[index - 1].start
        unit = tokens[index - 1].lower
      }
    } else if token.kind == .word,
      !token.flags.intersection([.numberWord, .numberCompound]).isEmpty
    {
      // "three-year" / "twenty-five" / "two-line".
      // Split only when there is a hyphen: most number words are one part.
      let parts =
        token.isHyphenated ? token.lower.split(separator: "-").map(String.init) : [token.lower]
      guard let head = parts.first, let headValue = NumberWords.units[head] else { return nil }
      value = headValue
      if head == "one" {
        // "one of", "no one", "one another": a pronoun, not a count.
        let after = next < tokens.count && sameSentence(index, next) ? tokens[next].lower : ""
        let before = index > 0 && sameSentence(index, index - 1) ? tokens[index - 1].lower : ""
        if parts.count == 1,
          after == "of" || after == "another" || after == "," || after == "."
            || ["no", "any", "every", "some", "the", "this", "that", "which"].contains(before)
        {
          return nil
        }
      }
      if parts.count > 1 {
        if let tail = NumberWords.units[parts[1]], parts.count == 2, headValue >= 20 {
          value = headValue + tail
        } else {
          // Number-noun compound: the number is the first part, the noun the rest.
          let firstPartEnd = token.start + head.utf8.count
          let qualifier = qualifierBefore(index)
          return Found(
            firstToken: index, endToken: index + 1, start: token.start,
            end: parts.count == 2 ? token.end : firstPartEnd, value: value,
            unit: parts.dropFirst().joined(separator: "-"), qualifier: qualifier)
        }
      }
    } else {
      return nil
    }
    // Number words and multipliers that follow ("nine million", "137.3 billion").
    while next < tokens.count, sameSentence(index, next), tokens[next].kind == .word {
      let lower = tokens[next].lower
      if let multiplier = NumberWords.multipliers[lower] {
        value *= multiplier
        exponent += NumberWords.exponents[lower] ?? 0
        end = tokens[next].end
        next += 1
      } else if token.kind == .word, let more = NumberWords.units[lower] {
        value += more
        end = tokens[next].end
        next += 1
      } else {
        break
      }
    }
    if token.kind == .number, exponent > 0,
      let exact = Self.value(ofDigits: token.lower, timesTenTo: exponent)
    {
      value = exact
    }
    if next < tokens.count, sameSentence(index, next), tokens[next].kind == .word,
      NumberWords.vague.contains(tokens[next].lower)
    {
      return nil
    }
    if token.kind == .number, token.lower.utf8.count == 4, !token.lower.utf8.contains(46),
      !token.lower.utf8.contains(44), (1800...2199).contains(Int(value)), unit == nil
    {
      // A bare four-digit number in this range is a year, unless it counts something.
      if countedNoun(after: next) == nil { return nil }
    }
    if unit == nil {
      if next < tokens.count, sameSentence(index, next), tokens[next].lowerIs("%") {
        unit = "%"
        end = tokens[next].end
        next += 1
      } else if next + 1 < tokens.count, tokens[next].lowerIs("-"), tokens[next].start == end,
        tokens[next + 1].kind == .word, tokens[next + 1].start == tokens[next].end
      {
        // "2-line" written with digits.
        unit = buffer.text(tokens[next + 1])
        next += 2
      } else {
        unit = countedNoun(after: next)
      }
    }
    return Found(
      firstToken: index, endToken: next, start: start, end: end, value: value, unit: unit,
      qualifier: qualifierBefore(index))
  }

  /// The first plausible noun within four words after a number.
  private func countedNoun(after start: Int) -> String? {
    var index = start
    var seen = 0
    while index < tokens.count, seen < 4, sameSentence(start - 1, index) {
      let token = tokens[index]
      guard token.kind == .word else { return nil }
      if token.flags.contains(.calendarWord) { return nil }
      if token.isCapitalized || NumberWords.unitSkips.contains(token.lower) {
        index += 1
        seen += 1
        continue
      }
      if NumberWords.unitStops.contains(token.lower) { return nil }
      return buffer.text(token)
    }
    return nil
  }

  /// A hedge right before the number, skipping an opening quotation mark
  /// (`as many as “nine million rounds…”`).
  private func qualifierBefore(_ index: Int) -> String? {
    var end = index
    while end > 0, tokens[end - 1].kind == .quote || tokens[end - 1].lowerIs("$") {
      end -= 1
    }
    // Only the hedges ending in the word before the number can match, in the order of the
    // whole list (longest first).
    guard end > 0, let candidates = NumberWords.qualifiersByLastWord[tokens[end - 1].lower] else {
      return nil
    }
    for qualifier in candidates {
      let phrase = qualifier.words
      let first = end - phrase.count
      guard first >= 0, sameSentence(index, first) else { continue }
      var matches = true
      for (offset, word) in phrase.enumerated() where !tokens[first + offset].lowerIs(word) {
        matches = false
        break
      }
      if matches { return qualifier.text }
    }
    return nil
  }

  /// A number token's text without its thousands separators ("3,200" → "3200").
  private static func withoutSeparators(_ written: String) -> String {
    // By bytes: a `Character` filter was a hot spot.
    String(decoding: written.utf8.filter { $0 != 44 }, as: UTF8.self)
  }

  /// `Double(withoutSeparators(written) + "e" + String(exponent))` (without the exponent
  /// when it is 0), without making the string when the text is digits with at most one
  /// decimal point and few digits (nearly every number token): then the digits make an
  /// exact integer below 2^53 and the power of ten it is multiplied or divided by is exact
  /// too (up to 10^22), so the one rounding of that operation gives the correctly rounded
  /// value, which is what `Double(_: String)` gives.
  static func value(ofDigits written: String, timesTenTo exponent: Int = 0) -> Double? {
    let parsed: PlainDecimal?
    if let (words, count) = LowerForm(smallASCII: written)?.shortASCIIBytes {
      // A small ASCII string's bytes are its bits: read there, not through its UTF-8 view
      // (which cost more than the arithmetic).
      var lanes = words
      parsed = withUnsafeBytes(of: &lanes) { raw in
        PlainDecimal(UnsafeBufferPointer(rebasing: raw.bindMemory(to: UInt8.self)[..<count]))
      }
    } else {
      var text = written
      parsed = text.withUTF8 { PlainDecimal($0) }
    }
    guard let parsed, parsed.digits <= 15, abs(exponent - parsed.fractionDigits) <= 22 else {
      let text = withoutSeparators(written)
      return Double(exponent == 0 ? text : text + "e" + String(exponent))
    }
    let power = exponent - parsed.fractionDigits
    let mantissa = Double(parsed.mantissa)
    return power >= 0 ? mantissa * exactPowersOfTen[power] : mantissa / exactPowersOfTen[-power]
  }

  /// Digits with thousands separators and at most one decimal point ("3,200", "4.8"), read
  /// as an integer and the count of digits after the point; nil for any other text.
  private struct PlainDecimal {
    var mantissa: UInt64 = 0
    var digits = 0
    var fractionDigits = 0

    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
      var seenPoint = false
      for byte in bytes {
        if byte >= 48 && byte <= 57 {
          // Wraps only past 19 digits, which `digits` then turns away.
          mantissa = mantissa &* 10 &+ UInt64(byte &- 48)
          digits += 1
          if seenPoint { fractionDigits += 1 }
        } else if byte == 46, !seenPoint {
          seenPoint = true
        } else if byte != 44 {
          return nil
        }
      }
      guard digits >= 1, !seenPoint || fractionDigits >= 1 else { return nil }
    }
  }

  /// 10^0 through 10^22, each exactly a `Double`.
  private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
    (0..<exponent).reduce(1.0) { power, _ in power * 10 }
  }
}
