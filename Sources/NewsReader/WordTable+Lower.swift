/// Look-ups by a token's folded form (`Token.lower`).
extension WordTable {
  /// The value of `lower`, a token's folded form. A short one is looked up by its bits
  /// (`value(of:)`: a few instructions), not hashed byte by byte through the string; the
  /// recognisers ask the gazetteer about every capitalised word.
  @inline(__always)
  func value(ofLower lower: String) -> Value? {
    // A form of up to 15 bytes is a small string (or a literal), whose bits `LowerForm`
    // takes as they are; a longer one is interned, and `LowerForm` would intern it again.
    lower.utf8.count <= 15 ? value(of: LowerForm(lower)) : self[lower]
  }
}
