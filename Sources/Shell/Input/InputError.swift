/// Why an input path could not be loaded; shown as one line, `newsq: PATH: CAUSE`, exit 2.
public struct InputError: Error, Equatable, Sendable {
  public var path: String
  public var cause: String

  public init(path: String, cause: String) {
    self.path = path
    self.cause = cause
  }

  /// The one-line message, without the program name.
  public var message: String { "\(path): \(cause)" }
}
