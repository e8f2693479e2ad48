#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The machine the figures were measured on, printed beside them because speed figures mean
/// nothing without it.
struct MachineInfo {
  var cpuModel: String
  var cores: Int
  /// Load average over the last minute: on a shared machine it explains a slow run.
  var loadAverage: Double?

  static func current() -> MachineInfo {
    let cpuinfo = FileSystem.read("/proc/cpuinfo") ?? ""
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { String($0.drop { $0 == " " }) } ?? "unknown"
    var loads = [Double](repeating: 0, count: 3)
    let loadCount = getloadavg(&loads, 3)
    return MachineInfo(
      cpuModel: model, cores: Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
      loadAverage: loadCount > 0 ? loads[0] : nil)
  }
}
