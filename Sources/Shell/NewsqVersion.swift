/// The version `newsq --version` and the banner show.
public enum NewsqVersion {
  public static let current = "0.1.0"
}
