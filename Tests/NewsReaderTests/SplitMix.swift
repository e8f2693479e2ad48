/// A small deterministic random generator, so failures reproduce.
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// `text` with `edits` random edits, each removing one scalar (one time in `removingOneIn`)
  /// or inserting one of `inserting`: the damage robustness tests read without crashing.
  mutating func scramble(
    _ text: String, edits: Int, removingOneIn: UInt64, inserting: [Unicode.Scalar]
  ) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<edits {
      let position = Int(next() % UInt64(scalars.count))
      if next() % removingOneIn == 0 {
        scalars.remove(at: position)
      } else {
        scalars.insert(inserting[Int(next() % UInt64(inserting.count))], at: position)
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
