import Foundation

/// The long strings a `BinaryWriter` has written in a record that shares them
/// (`BinaryWriter.shareStrings`), to find a string written before by its bytes.
///
/// A record holds some dozens to hundreds, so they are found in a small open-addressed table
/// by a key of their length and their first and last eight bytes, and a match is confirmed on
/// all the bytes: no hashing of whole sentences (`Dictionary` would hash each one, and compare
/// strings by canonical equivalence, which would take "é" and "e\u{301}" for one string), and
/// no walk through all the strings written before for each new one.
struct SharedStrings {
    /// What tells most strings apart without reading them whole.
    private struct Key: Equatable {
        let count: Int
        let first: UInt64
        let last: UInt64

        /// Where the key's probe starts in a table of `mask + 1` slots.
        func slot(_ mask: Int) -> Int {
            let mixed = (first ^ (last << 29 | last >> 35) ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: mixed >> 32) & mask
        }
    }

    private var keys: [Key] = []
    private var strings: [String] = []
    /// Each key's index plus one in the slot its probe found free (0: an empty slot); a power
    /// of two, at least twice as many as the keys.
    private var slots = [Int32](repeating: 0, count: 64)

    /// The index of the string written before with the same bytes as `bytes` (`value`'s
    /// UTF-8, at least eight bytes); nil when there is none, and `value` is added as the next.
    mutating func earlierIndex(of value: String, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        let key = Key(count: bytes.count, first: raw.loadUnaligned(as: UInt64.self),
                      last: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        let mask = slots.count - 1
        var slot = key.slot(mask)
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if keys[k] == key && Self.sameBytes(strings[k], bytes) { return k }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(keys.count + 1)
        keys.append(key)
        strings.append(value)
        if 2 * keys.count > slots.count { growSlots() }
        return nil
    }

    /// Twice the slots, every key placed again.
    private mutating func growSlots() {
        slots = [Int32](repeating: 0, count: 2 * slots.count)
        let mask = slots.count - 1
        for (k, key) in keys.enumerated() {
            var slot = key.slot(mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k + 1)
        }
    }

    /// Whether `string`'s UTF-8 is `bytes` (as many bytes as it has, told by its key).
    private static func sameBytes(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Scan.withBytes(string) { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}
