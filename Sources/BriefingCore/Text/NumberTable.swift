/// A map from 64-bit numbers to small positions in an open-addressing table probed linearly,
/// for keys that are many and already hashes (`WordList.number`): a `Dictionary` hashes each
/// key again with SipHash, which costs more than the rest of the lookup.
struct NumberTable: Sendable {
    /// A key and the position stored for it, side by side: a lookup reads one cache line.
    private struct Slot {
        var key: UInt64
        /// -1 marks an empty slot.
        var value: Int32
    }

    private var slots: [Slot]
    /// log2 of the slot count: a slot is the top bits of the key times a large odd number.
    private var bits: Int
    /// Keys stored.
    private(set) var count = 0

    /// An empty table with room for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        bits = 4
        while 1 << bits < 2 * capacity { bits += 1 }
        slots = Array(repeating: Slot(key: 0, value: -1), count: 1 << bits)
    }

    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits)) }

    /// The slot that holds `key`, or the empty slot its search ends at.
    private func search(_ key: UInt64) -> Int {
        let mask = (1 << bits) - 1
        var slot = slot(key)
        while slots[slot].value >= 0, slots[slot].key != key { slot = (slot + 1) & mask }
        return slot
    }

    /// The position stored for `key`, or nil.
    subscript(key: UInt64) -> Int32? {
        let value = slots[search(key)].value
        return value >= 0 ? value : nil
    }

    /// The position of `key`, numbering keys in order of first use: a key not held yet is
    /// stored with the next position (`count`), in the slot its one search ended at.
    mutating func number(_ key: UInt64) -> Int32 {
        // Room first, so that the slot found stays where the key belongs.
        if 2 * (count + 1) > slots.count { grow() }
        let slot = search(key)
        if slots[slot].value >= 0 { return slots[slot].value }
        slots[slot] = Slot(key: key, value: Int32(count))
        count += 1
        return Int32(count - 1)
    }

    /// Stores `value` (not negative) for `key`, which the table does not hold yet.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if 2 * (count + 1) > slots.count { grow() }
        place(key, value)
        count += 1
    }

    private mutating func place(_ key: UInt64, _ value: Int32) {
        slots[search(key)] = Slot(key: key, value: value)
    }

    /// Twice the slots, every key placed again.
    private mutating func grow() {
        let old = slots
        bits += 1
        slots = Array(repeating: Slot(key: 0, value: -1), count: 1 << bits)
        for slot in old where slot.value >= 0 { place(slot.key, slot.value) }
    }
}
