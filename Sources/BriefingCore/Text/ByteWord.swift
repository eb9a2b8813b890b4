/// Eight UTF-8 bytes read as one 64-bit word, for scans that skip the stretches without the
/// bytes they look for (most of a line is ASCII letters and spaces): a test per word, where a
/// loop over the bytes costs a few instructions each.
struct ByteWord {
    let bits: UInt64

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes of `bytes` from `i` (which must leave eight), the first in the low bits.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) {
        bits = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// Whether all eight bytes are ASCII.
    @inline(__always)
    var isASCII: Bool { bits & Self.highs == 0 }

    /// Whether one of the bytes is `byte` (exact: the borrow of the zero-byte test only marks
    /// bytes above a byte that is zero).
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let x = bits ^ (Self.ones &* UInt64(byte))
        return (x &- Self.ones) & ~x & Self.highs != 0
    }

    /// Whether one of the bytes is below `limit` (at most 0x80; exact, as `contains` is).
    @inline(__always)
    func hasByte(below limit: UInt8) -> Bool {
        (bits &- Self.ones &* UInt64(limit)) & ~bits & Self.highs != 0
    }

    /// How many of the bytes start a scalar: all but the continuation bytes (10xxxxxx).
    @inline(__always)
    var scalarStarts: Int {
        // A continuation byte has its top bit set and the next bit (shifted up into the top
        // bit's place) clear.
        8 - (bits & ~(bits << 1) & Self.highs).nonzeroBitCount
    }
}
