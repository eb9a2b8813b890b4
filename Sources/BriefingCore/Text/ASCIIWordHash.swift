/// The hash the byte-keyed word tables (`TokenWordSet`, `LexiconTable`) place ASCII words by:
/// FNV-1a over the bytes, mixed so that the low bits used as a slot index depend on them all.
enum ASCIIWordHash {
    /// The hash of `bytes`; nil when a byte is not ASCII.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash = seed
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = adding(byte, to: hash)
        }
        return finished(hash)
    }

    /// The hash of no bytes, before `finished`: for a caller that hashes bytes as it reads
    /// them (`adding` each, then `finished`).
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// `hash` with `byte` added after the bytes it hashes.
    @inline(__always)
    static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }

    /// The hash of the bytes added to `hash`.
    @inline(__always)
    static func finished(_ hash: UInt64) -> UInt64 {
        hash ^ (hash >> 29)
    }
}
