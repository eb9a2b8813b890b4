/// The hash the byte-keyed word tables (`TokenWordSet`, `LexiconTable`) place ASCII words by:
/// FNV-1a over the bytes, mixed so that the low bits used as a slot index depend on them all.
enum ASCIIWordHash {
    /// The hash of `bytes`; nil when a byte is not ASCII.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
