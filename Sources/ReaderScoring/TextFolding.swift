/// Folds typographic variants to their plain forms, one scalar for one scalar.
///
/// Keeping the scalar count unchanged matters: spans found in folded text are spans in the
/// original text too.
public enum TextFolding {
  /// Curly and prime apostrophes to `'`, curly and low double quotes to `"`.
  public static func foldQuotes(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    switch scalar.value {
    case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032, 0x0060, 0x00B4: return "'"
    case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: return "\""
    default: return scalar
    }
  }

  /// `foldQuotes`, plus any whitespace to a plain space, so a hard-wrapped line break in the
  /// article still matches the space an annotator typed.
  public static func foldForSearch(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    scalar.properties.isWhitespace ? " " : foldQuotes(scalar)
  }

  /// A name with its quotes and apostrophes folded, for exact comparison.
  public static func foldedName(_ name: String) -> String {
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: name.unicodeScalars.map(foldQuotes))
    return String(scalars)
  }

  /// True for any scalar that can open or close a quotation.
  public static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
    let folded = foldQuotes(scalar)
    return folded == "'" || folded == "\""
  }
}
