import NewsModel

/// The article's UTF-8 bytes plus a compact index that turns byte offsets into the
/// Unicode-scalar offsets the model uses.
///
/// Everything in the reader works on bytes because scanning `Character`s is an order of
/// magnitude slower; scalar offsets are needed only when a span is written out. The bytes are
/// the string's own storage, borrowed for the duration of a read (see `withBuffer`), so the
/// text is not copied; one checkpoint every 64 bytes keeps the index at 1/16 of the text (and
/// a byte per block saying how far it runs without a multi-byte scalar adds 1/64).
struct TextBuffer {
  let bytes: ByteClass.Bytes
  /// The string the bytes belong to, shared by the slices the model keeps (`slice`).
  private let text: SharedText
  private let checkpoints: [Int32]
  /// Per block: how many bytes from its start come before its first continuation byte (the
  /// block's length when it has none); an offset within them is the checkpoint plus its
  /// distance from the block's start, the case of nearly every offset in mostly ASCII text.
  private let asciiPrefix: [UInt8]
  private static let stride = 64

  /// Runs `body` with a buffer over `text`'s UTF-8 storage; the buffer must not escape.
  static func withBuffer<Result>(_ text: String, _ body: (TextBuffer) -> Result) -> Result {
    var text = text
    // Native UTF-8 (a no-op for strings read from files), so `withUTF8` borrows the very
    // storage `shared` holds and byte offsets index both alike.
    text.makeContiguousUTF8()
    let shared = text
    return text.withUTF8 { body(TextBuffer(text: shared, borrowing: $0)) }
  }

  private init(text: String, borrowing bytes: ByteClass.Bytes) {
    self.text = SharedText(text)
    self.bytes = bytes
    var points: [Int32] = []
    points.reserveCapacity(bytes.count / Self.stride + 2)
    var prefixes: [UInt8] = []
    prefixes.reserveCapacity(bytes.count / Self.stride + 1)
    var scalars: Int32 = 0
    var offset = 0
    while offset < bytes.count {
      points.append(scalars)
      let stop = min(offset + Self.stride, bytes.count)
      var prefix = stop - offset
      if stop - offset == Self.stride {
        // A whole block, eight bytes at a time: each lane counts its continuation bytes
        // (10xxxxxx, which do not start a scalar), eight at most, then the lanes are summed.
        var lanes: UInt64 = 0
        for index in Swift.stride(from: offset, to: stop, by: 8) {
          let found = Self.continuations(ByteLanes.load(bytes, index))
          if found != 0 && prefix == Self.stride {
            prefix = index - offset + ByteLanes.firstLane(found)
          }
          lanes &+= found &>> 7
        }
        scalars +=
          Int32(Self.stride) - Int32(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) &>> 56)
      } else {
        for index in offset..<stop where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
        if let first = (offset..<stop).first(where: { bytes[$0] & 0xC0 == 0x80 }) {
          prefix = first - offset
        }
      }
      prefixes.append(UInt8(prefix))
      offset = stop
    }
    points.append(scalars)
    self.checkpoints = points
    self.asciiPrefix = prefixes
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
    // Before the block's first continuation byte every byte starts a scalar.
    if offset - index <= Int(asciiPrefix[block]) {
      return scalars + offset - index
    }
    // Eight bytes at a time: a continuation byte has its top bit set and the next one clear.
    let base = UnsafeRawPointer(bytes.baseAddress!)
    // Eight bytes at a time: each lane counts its continuation bytes (at most eight), then
    // the lanes are summed by one multiplication (a bit count per word cost more).
    let wordsStart = index
    var lanes: UInt64 = 0
    while index + 8 <= offset {
      lanes &+= Self.continuations(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &>> 7
      index += 8
    }
    scalars +=
      (index - wordsStart) - Int(truncatingIfNeeded: (lanes &* 0x0101_0101_0101_0101) &>> 56)
    while index < offset {
      if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
      index += 1
    }
    return scalars
  }

  /// The lanes of `word` holding a continuation byte (10xxxxxx): the top bit set and the next
  /// one clear.
  @inline(__always)
  private static func continuations(_ word: UInt64) -> UInt64 {
    word & ~(word &<< 1) & ByteLanes.high
  }

  /// A token as written.
  func text(_ token: Token) -> String { string(token.start, token.end) }

  /// The text of bytes `start..<end` as a slice of the article's string: no copy, which is
  /// what the model keeps for paragraphs, sentences, headings and quotes.
  func slice(_ start: Int, _ end: Int) -> TextSlice {
    TextSlice(text, utf8Start: start, utf8End: end)
  }

  /// The text of bytes `start..<end`.
  func string(_ start: Int, _ end: Int) -> String {
    if start >= end { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }
}
