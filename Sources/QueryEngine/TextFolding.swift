/// Text normalisation for the contract's text comparisons: case is ignored and typographic
/// variants count as their ASCII forms (’ ‘ as ', “ ” as ", – — as -).
///
/// Folding maps one scalar to one scalar (before lowercasing), so it never changes which
/// characters a pattern or a substring lines up with; that is why `matches` may fold too.
enum TextFolding {
  /// The folded form of `text`: typographic variants replaced, then lowercased.
  static func fold(_ text: String) -> String {
    plain(text).lowercased()
  }

  /// `text` with typographic variants replaced and case kept: for regular expressions, whose
  /// patterns must not be lowercased (`\D` is not `\d`) and which ignore case themselves.
  static func plain(_ text: String) -> String {
    // Fast path: plain ASCII has no typographic variants, and most text is ASCII.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return text
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(replacement(for: scalar) ?? scalar)
    }
    return String(scalars)
  }

  /// The ASCII stand-in for a typographic variant, or nil to keep the scalar.
  private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x2018, 0x2019: "'"  // ‘ ’
    case 0x201C, 0x201D: "\""  // “ ”
    // ‐ ‑ (hyphen, non-breaking hyphen) ‒ – — (figure, en, em dash)
    case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: "-"
    default: nil
    }
  }

  /// Orders two strings by their folded forms, then by the raw text so the order is total.
  static func compare(_ left: String, _ right: String) -> Int {
    let foldedLeft = fold(left)
    let foldedRight = fold(right)
    if foldedLeft != foldedRight { return foldedLeft < foldedRight ? -1 : 1 }
    if left != right { return left < right ? -1 : 1 }
    return 0
  }
}
