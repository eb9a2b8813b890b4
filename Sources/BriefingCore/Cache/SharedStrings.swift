import Foundation

/// The long strings a `BinaryWriter` has written in a record that shares them
/// (`BinaryWriter.shareStrings`), to find a string written before by its bytes.
///
/// A record holds some dozens, so they are searched in order by a key of their length and
/// their first and last eight bytes, and a match is confirmed on all the bytes: no hashing of
/// whole sentences (`Dictionary` would hash each one, and compare strings by canonical
/// equivalence, which would take "é" and "e\u{301}" for one string).
struct SharedStrings {
    /// What tells most strings apart without reading them whole.
    private struct Key: Equatable {
        let count: Int
        let first: UInt64
        let last: UInt64
    }

    private var keys: [Key] = []
    private var strings: [String] = []

    /// The index of the string written before with the same bytes as `bytes` (`value`'s
    /// UTF-8, at least eight bytes); nil when there is none, and `value` is added as the next.
    mutating func earlierIndex(of value: String, bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        let key = Key(count: bytes.count, first: raw.loadUnaligned(as: UInt64.self),
                      last: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self))
        for k in keys.indices where keys[k] == key && Self.sameBytes(strings[k], bytes) { return k }
        keys.append(key)
        strings.append(value)
        return nil
    }

    /// Whether `string`'s UTF-8 is `bytes` (as many bytes as it has, told by its key).
    private static func sameBytes(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8Scan.withBytes(string) { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }
}
