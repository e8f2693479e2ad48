/// The look-up logs an entity is filed in (indices into `AliasResolver`'s logs), in the order
/// they were added.
///
/// Nearly every entity is filed under a handful of keys, so the first four are kept inline and
/// only the rest go to an array: an array per entity cost 48 bytes or more of heap, and a long
/// document has tens of thousands of entities.
struct SlotList: Sequence {
  private var inline: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
  private var more: [Int32] = []
  private var inlineCount: UInt8 = 0

  func contains(_ slot: Int32) -> Bool {
    for index in 0..<Int(inlineCount) where self[inline: index] == slot { return true }
    return more.contains(slot)
  }

  mutating func append(_ slot: Int32) {
    switch inlineCount {
    case 0: inline.0 = slot
    case 1: inline.1 = slot
    case 2: inline.2 = slot
    case 3: inline.3 = slot
    default:
      more.append(slot)
      return
    }
    inlineCount += 1
  }

  private subscript(inline index: Int) -> Int32 {
    switch index {
    case 0: return inline.0
    case 1: return inline.1
    case 2: return inline.2
    default: return inline.3
    }
  }

  func makeIterator() -> Iterator { Iterator(list: self) }

  /// Inline slots first, then the rest: the order they were added.
  struct Iterator: IteratorProtocol {
    fileprivate let list: SlotList
    private var position = 0

    fileprivate init(list: SlotList) { self.list = list }

    mutating func next() -> Int32? {
      defer { position += 1 }
      if position < Int(list.inlineCount) { return list[inline: position] }
      let overflow = position - Int(list.inlineCount)
      return overflow < list.more.count ? list.more[overflow] : nil
    }
  }
}
