/// The article's UTF-8 bytes plus a compact index that turns byte offsets into the
/// Unicode-scalar offsets the model uses.
///
/// Everything in the reader works on bytes because scanning `Character`s is an order of
/// magnitude slower; scalar offsets are needed only when a span is written out. Storing one
/// checkpoint every 64 bytes keeps the index at 1/16 of the text's size instead of 4x.
struct TextBuffer {
  let bytes: [UInt8]
  private let checkpoints: [Int32]
  private static let stride = 64

  init(_ text: String) {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    bytes.append(contentsOf: text.utf8)
    self.bytes = bytes
    var points: [Int32] = []
    points.reserveCapacity(bytes.count / Self.stride + 2)
    var scalars: Int32 = 0
    for (offset, byte) in bytes.enumerated() {
      if offset % Self.stride == 0 { points.append(scalars) }
      // Continuation bytes (10xxxxxx) do not start a scalar.
      if byte & 0xC0 != 0x80 { scalars += 1 }
    }
    points.append(scalars)
    self.checkpoints = points
  }

  var count: Int { bytes.count }

  /// The scalar offset of the scalar starting at byte `offset`.
  func scalarOffset(_ offset: Int) -> Int {
    if offset >= bytes.count {
      return Int(checkpoints[checkpoints.count - 1])
    }
    let block = offset / Self.stride
    var scalars = Int(checkpoints[block])
    var index = block * Self.stride
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
      index += 1
    }
    return scalars
  }

  /// A token as written.
  func text(_ token: Token) -> String { string(token.start, token.end) }

  /// The text of bytes `start..<end`.
  func string(_ start: Int, _ end: Int) -> String {
    if start >= end { return "" }
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }
}
