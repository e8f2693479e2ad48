#if canImport(Glibc)
  import Glibc
#endif

/// Script text from standard input or a script file.
public enum StandardInput {
  /// All of standard input, as a script named `<stdin>` in errors.
  public static func readAll() throws(InputError) -> String {
    let name = "<stdin>"
    let bytes = try FileSystem.readBytes(descriptor: STDIN_FILENO, name: name)
    return try TextFile.decode(bytes, path: name, allowEmpty: true)
  }

  /// A `-f` script; `-` is standard input.
  public static func readScript(_ path: String) throws(InputError) -> String {
    path == "-" ? try readAll() : try TextFile.read(path, allowEmpty: true)
  }
}
