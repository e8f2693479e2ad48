#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs another program and waits for it: the shell timings spawn `newsq`, the memory probe
/// spawns this executable again so that its peak is measured in a fresh process.
enum ChildProcess {
  /// Runs `arguments[0]` with `arguments`, standard output sent to `stdoutPath` (created or
  /// truncated); true when it started and exited with status 0.
  static func run(_ arguments: [String], stdoutPath: String) -> Bool {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    var pid = pid_t()
    let argv = arguments.map { strdup($0) } + [nil]
    defer {
      for argument in argv { free(argument) }
    }
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return false }
    var status: Int32 = 0
    return waitpid(pid, &status, 0) == pid && status == 0
  }
}
