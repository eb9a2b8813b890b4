/// The bytes a `ByteWord` test finds, as a mask: for scans that go on from the first byte found,
/// where `contains` and `hasByte(below:)` only tell that there is one.
extension ByteWord {
    /// The high bit of each byte equal to `byte`. The lowest bit set marks the first such byte
    /// exactly; one above it may be set for a byte that is not (the borrow of the zero-byte
    /// test), so a caller tests the byte it is sent to.
    @inline(__always)
    func highBits(equalTo byte: UInt8) -> UInt64 {
        let x = bits ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte below `limit` (at most 0x80), exact up to the first as
    /// `highBits(equalTo:)` is.
    @inline(__always)
    func highBits(below limit: UInt8) -> UInt64 {
        (bits &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~bits & 0x8080_8080_8080_8080
    }
}
