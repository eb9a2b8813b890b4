/// A map from 64-bit numbers to small positions in an open-addressing table probed linearly,
/// for keys that are many and already hashes (`WordList.number`): a `Dictionary` hashes each
/// key again with SipHash, which costs more than the rest of the lookup.
struct NumberTable: Sendable {
    private var keys: [UInt64]
    /// The position stored in each slot; -1 marks an empty one.
    private var values: [Int32]
    /// log2 of the slot count: a slot is the top bits of the key times a large odd number.
    private var bits: Int
    /// Keys stored.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        keys = Array(repeating: 0, count: 1 << bits)
        values = Array(repeating: -1, count: 1 << bits)
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits)) }

    /// The position stored for `key`, or nil.
    subscript(key: UInt64) -> Int32? {
        let mask = (1 << bits) - 1
        var slot = slot(key)
        while values[slot] >= 0 {
            if keys[slot] == key { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// The position of `key`, numbering keys in order of first use: a key not held yet is
    /// stored with the next position (`count`).
    mutating func number(_ key: UInt64) -> Int32 {
        if let known = self[key] { return known }
        insert(key, Int32(count))
        return Int32(count - 1)
    }

    /// Stores `value` (not negative) for `key`, which the table does not hold yet.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if 2 * (count + 1) > keys.count { grow() }
        place(key, value)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        let mask = (1 << bits) - 1
        var slot = slot(key)
        while values[slot] >= 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] = value
    }

    /// Twice the slots, every key placed again.
    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        bits += 1
        keys = Array(repeating: 0, count: 1 << bits)
        values = Array(repeating: -1, count: 1 << bits)
        for (key, value) in zip(oldKeys, oldValues) where value >= 0 { place(key, value) }
    }
}
