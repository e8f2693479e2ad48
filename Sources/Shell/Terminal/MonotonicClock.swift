#if canImport(Glibc)
  import Glibc
#endif

/// Wall-clock time for `.timer` (and `newsq-bench`), from the monotonic clock, which no clock
/// adjustment can move.
public enum MonotonicClock {
  /// Nanoseconds since an arbitrary fixed point.
  public static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  /// `elapsed` nanoseconds as milliseconds with three decimals: `0.412 ms`.
  static func milliseconds(_ elapsed: UInt64) -> String {
    let micros = (elapsed + 500) / 1000
    let fraction = String(micros % 1000)
    return "\(micros / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) ms"
  }
}
