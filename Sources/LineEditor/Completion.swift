/// A completer's answer for a line: which part of the line to replace, and with what.
///
/// The completer decides the candidates; ``LineEditor`` applies them: a single candidate
/// replaces the range, several insert their longest common prefix and are listed below
/// the line. Offsets count Unicode scalars of the line, the unit libedit edits in.
public struct Completion: Equatable, Sendable {
  /// One possible replacement for ``Completion/range``.
  public struct Candidate: Equatable, Sendable, ExpressibleByStringLiteral {
    /// The exact text inserted, quotes and a trailing space included if wanted.
    public var text: String
    /// How the candidate is shown in a list of several.
    public var display: String

    /// A candidate inserting `text`, listed as `display` (default: `text` without
    /// trailing spaces).
    public init(_ text: String, display: String? = nil) {
      self.text = text
      self.display = display ?? Completion.Candidate.trimmingTrailingSpaces(text)
    }

    /// A candidate from a literal, listed as itself.
    public init(stringLiteral value: String) {
      self.init(value)
    }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
      var result = Substring(text)
      while result.last == " " {
        result.removeLast()
      }
      return String(result)
    }
  }

  /// The scalar offsets of the line the candidates replace (usually the word before the
  /// cursor).
  public var range: Range<Int>
  /// The candidates, in the order they are listed.
  public var candidates: [Candidate]

  /// A completion replacing `range` with one of `candidates`.
  public init(range: Range<Int>, candidates: [Candidate]) {
    self.range = range
    self.candidates = candidates
  }

  /// A completion replacing `range` with one of `texts`, each listed as itself.
  public init(range: Range<Int>, texts: [String]) {
    self.init(range: range, candidates: texts.map { Candidate($0) })
  }

  /// Nothing to complete: the editor beeps.
  public static let none = Completion(range: 0..<0, candidates: [])
}
