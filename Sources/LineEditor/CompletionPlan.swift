/// What the editor does with a ``Completion``, decided without a terminal.
///
/// One candidate replaces the range. Several insert their longest common prefix (when
/// that does not shorten what was typed) and are listed. Candidates that must be quoted
/// and ones that need not share no prefix (`"New York"` vs `Newark`), so they are only
/// listed: the typed word is never cut back.
public struct CompletionPlan: Equatable, Sendable {
  /// A replacement of a scalar range of the line.
  public struct Edit: Equatable, Sendable {
    /// Scalar offsets replaced.
    public var range: Range<Int>
    /// The text put in their place.
    public var text: String

    /// An edit replacing `range` with `text`.
    public init(range: Range<Int>, text: String) {
      self.range = range
      self.text = text
    }
  }

  /// The change to make to the line, if any.
  public var edit: Edit?
  /// What to list below the line (candidate displays), empty when nothing is listed.
  public var listing: [String]

  /// A plan made of its parts.
  public init(edit: Edit?, listing: [String]) {
    self.edit = edit
    self.listing = listing
  }

  /// Decides what `completion` does to `line`.
  public init(line: String, completion: Completion) {
    let scalars = Array(line.unicodeScalars)
    let lower = min(max(completion.range.lowerBound, 0), scalars.count)
    let upper = min(max(completion.range.upperBound, lower), scalars.count)
    let range = lower..<upper
    var current = String.UnicodeScalarView()
    current.append(contentsOf: scalars[range])
    let typed = String(current)

    var seen = Set<String>()
    let candidates = completion.candidates.filter { seen.insert($0.text).inserted }
    switch candidates.count {
    case 0:
      self.init(edit: nil, listing: [])
    case 1:
      let text = candidates[0].text
      self.init(edit: text == typed ? nil : Edit(range: range, text: text), listing: [])
    default:
      let prefix = CompletionPlan.commonPrefix(candidates.map(\.text))
      let extends =
        !prefix.isEmpty && prefix.unicodeScalars.count >= typed.unicodeScalars.count
        && prefix != typed
      self.init(
        edit: extends ? Edit(range: range, text: prefix) : nil,
        listing: candidates.map(\.display))
    }
  }

  /// The line and cursor (scalar offset) after the edit; unchanged without one.
  public func applied(to line: String, cursor: Int) -> (line: String, cursor: Int) {
    guard let edit else { return (line, cursor) }
    let scalars = Array(line.unicodeScalars)
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[..<edit.range.lowerBound])
    result.append(contentsOf: edit.text.unicodeScalars)
    result.append(contentsOf: scalars[edit.range.upperBound...])
    return (String(result), edit.range.lowerBound + edit.text.unicodeScalars.count)
  }

  /// The longest common prefix of `texts`, in whole characters (never half a cluster).
  public static func commonPrefix(_ texts: [String]) -> String {
    guard var prefix = texts.first.map({ Array($0) }) else { return "" }
    for text in texts.dropFirst() {
      var length = 0
      for (a, b) in zip(prefix, text) {
        guard a.unicodeScalars.elementsEqual(b.unicodeScalars) else { break }
        length += 1
      }
      prefix.removeLast(prefix.count - length)
      if prefix.isEmpty { break }
    }
    return String(prefix)
  }
}
