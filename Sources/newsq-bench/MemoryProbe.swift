#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads this process's resident memory from `/proc/self/status`, in bytes.
enum MemoryProbe {
  /// Current resident set (`VmRSS`).
  static func resident() -> Int? { field("VmRSS:") }

  /// Peak resident set since start or the last `resetPeak()` (`VmHWM`); falls back to
  /// `getrusage`'s `ru_maxrss` where `/proc` is missing.
  static func peak() -> Int? {
    if let value = field("VmHWM:") { return value }
    var usage = rusage()
    return getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage) == 0
      ? Int(usage.ru_maxrss) * 1024 : nil
  }

  /// Lowers `VmHWM` to the current resident set (Linux 4.0+: write 5 to `clear_refs`), so a
  /// later peak measures only what happened after; false when the kernel refuses.
  static func resetPeak() -> Bool {
    guard let file = fopen("/proc/self/clear_refs", "w") else { return false }
    let written = fputs("5", file)
    return fclose(file) == 0 && written >= 0
  }

  private static func field(_ name: String) -> Int? {
    guard let status = FileSystem.read("/proc/self/status") else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(name) {
      let digits = line.dropFirst(name.count).filter(\.isNumber)
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }
}
