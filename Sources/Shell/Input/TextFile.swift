/// Reads a UTF-8 text file (an article or a script), refusing what is not text.
enum TextFile {
  /// The file's text, exactly as stored.
  ///
  /// - Parameter allowEmpty: a script may be empty; an article that is all blank is an error.
  static func read(_ path: String, allowEmpty: Bool) throws(InputError) -> String {
    try decode(FileSystem.readBytes(path), path: path, allowEmpty: allowEmpty)
  }

  /// Text from bytes: refuses binary and non-UTF-8 data (and, unless allowed, blank files).
  static func decode(_ bytes: [UInt8], path: String, allowEmpty: Bool) throws(InputError) -> String
  {
    if !allowEmpty, bytes.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
      throw InputError(path: path, cause: "empty file")
    }
    if let zero = bytes.firstIndex(of: 0) {
      throw InputError(path: path, cause: "binary file (NUL byte at offset \(zero))")
    }
    if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
      throw InputError(path: path, cause: "invalid UTF-8 at byte offset \(offset)")
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
