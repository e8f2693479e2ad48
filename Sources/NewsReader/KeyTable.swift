/// The alias resolver's look-up table: `LookupKey` → a small value, open-addressed on the
/// key's precomputed digest.
///
/// A `Dictionary` hashed every key again through `Hasher` (SipHash and its finalisation) and
/// went through several generic runtime calls per look-up, some hundreds of instructions each
/// time; the resolver looks up a dozen keys for every new name. Here a probe compares the
/// stored digests first, so a miss usually costs no string comparison, and growing the table
/// moves digests without hashing any word again. Keys are never removed.
struct KeyTable<Value> {
  /// Per slot: the digest of the key filed there, 0 when the slot is empty.
  private var digests: [UInt64]
  /// Per slot: the index of its key in `keys` and `values`.
  private var positions: [Int32]
  private var keys: [LookupKey] = []
  private var values: [Value] = []
  private var mask: Int

  /// A table that holds `capacity` keys before it first grows.
  init(capacity: Int = 16) {
    var size = 16
    while size < 2 * capacity { size *= 2 }
    digests = [UInt64](repeating: 0, count: size)
    positions = [Int32](repeating: -1, count: size)
    mask = size - 1
  }

  var count: Int { keys.count }

  subscript(key: LookupKey) -> Value? {
    get {
      let (position, _) = find(key)
      return position.map { values[$0] }
    }
    set {
      guard let newValue else {
        preconditionFailure("KeyTable never removes a key")
      }
      let (position, slot) = find(key)
      if let position {
        values[position] = newValue
      } else {
        insert(key, newValue, at: slot)
      }
    }
  }

  /// The value filed under `key`, filing `value` first when the key is new: one probe either
  /// way.
  mutating func value(for key: LookupKey, orInsert value: Value) -> Value {
    let (position, slot) = find(key)
    if let position { return values[position] }
    insert(key, value, at: slot)
    return value
  }

  private func find(_ key: LookupKey) -> (position: Int?, slot: Int) {
    let digest = key.digest
    var slot = Int(truncatingIfNeeded: digest >> 7) & mask
    while true {
      let stored = digests[slot]
      if stored == 0 { return (nil, slot) }
      if stored == digest {
        let position = Int(positions[slot])
        if keys[position] == key { return (position, slot) }
      }
      slot = (slot + 1) & mask
    }
  }

  private mutating func insert(_ key: LookupKey, _ value: Value, at slot: Int) {
    digests[slot] = key.digest
    positions[slot] = Int32(keys.count)
    keys.append(key)
    values.append(value)
    // Kept at most half full, so that probes stay short.
    if 2 * keys.count > mask + 1 { grow() }
  }

  private mutating func grow() {
    let size = 2 * (mask + 1)
    var newDigests = [UInt64](repeating: 0, count: size)
    var newPositions = [Int32](repeating: -1, count: size)
    let newMask = size - 1
    for (position, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: key.digest >> 7) & newMask
      while newDigests[slot] != 0 { slot = (slot + 1) & newMask }
      newDigests[slot] = key.digest
      newPositions[slot] = Int32(position)
    }
    digests = newDigests
    positions = newPositions
    mask = newMask
  }
}
