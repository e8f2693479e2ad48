import Shell

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the benchmark adds to the shell's clock: processor time, and timing a closure.
extension MonotonicClock {
  /// Nanoseconds of processor time this thread has used: unlike wall time, a busy neighbour on
  /// a shared machine does not inflate it, so it is reported beside the wall-clock figures.
  static func threadCPU() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// Seconds `body` took, and its result.
  static func measure<T>(_ body: () -> T) -> (seconds: Double, value: T) {
    let start = now()
    let value = body()
    return (Double(now() - start) / 1e9, value)
  }
}
