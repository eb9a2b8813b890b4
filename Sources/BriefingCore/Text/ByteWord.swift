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
    func contains(_ byte: UInt8) -> Bool { highBits(equalTo: byte) != 0 }

    /// Whether one of the bytes is below `limit` (at most 0x80; exact, as `contains` is).
    @inline(__always)
    func hasByte(below limit: UInt8) -> Bool { highBits(below: limit) != 0 }

    /// The high bit of each byte equal to `byte`, as a mask, for scans that go on from the
    /// first byte found. The lowest bit set marks the first such byte exactly; one above it may
    /// be set for a byte that is not (the borrow of the zero-byte test), so a caller tests the
    /// byte it is sent to.
    @inline(__always)
    func highBits(equalTo byte: UInt8) -> UInt64 {
        let x = bits ^ (Self.ones &* UInt64(byte))
        return (x &- Self.ones) & ~x & Self.highs
    }

    /// The high bit of each byte equal to `byte`, exact in every byte (where `highBits(equalTo:)`
    /// may mark one above a match), for scans that visit every such byte.
    @inline(__always)
    func exactHighBits(equalTo byte: UInt8) -> UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // A byte of `x` is zero only where `bits` has `byte`, and then alone its low seven
        // bits plus 0x7F leave the high bit clear; no sum carries into the next byte.
        let x = bits ^ (Self.ones &* UInt64(byte))
        return ~((x & lows) &+ lows | x) & Self.highs
    }

    /// The high bit of each byte below `limit` (at most 0x80), exact up to the first as
    /// `highBits(equalTo:)` is.
    @inline(__always)
    func highBits(below limit: UInt8) -> UInt64 {
        (bits &- Self.ones &* UInt64(limit)) & ~bits & Self.highs
    }

    /// The high bit of each byte that is not ASCII whitespace (space, tab to carriage return,
    /// as `Character.isWhitespace` tells an ASCII character), in a word of ASCII bytes
    /// (`isASCII`). Exact in every byte: no sum carries from one byte into the next.
    @inline(__always)
    var asciiNonSpaceBits: UInt64 {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // A space: its byte of `bits ^ 0x20…` is zero, the only byte whose low seven bits plus
        // 0x7F leave the high bit clear.
        let x = bits ^ 0x2020_2020_2020_2020
        let space = ~((x & lows) &+ lows | x) & Self.highs
        // Tab to carriage return (0x09–0x0D): `t` holds 0x80 + byte - 9, its high bit set when
        // the byte is 9 or more; the low seven bits (byte - 9) plus 0x7B reach the high bit when
        // they are 5 or more.
        let t = (bits | Self.highs) &- 0x0909_0909_0909_0909
        let control = t & ~((t & lows) &+ 0x7B7B_7B7B_7B7B_7B7B) & Self.highs
        return ~(space | control) & Self.highs
    }

    /// The sum of the eight bytes of `lanes`, each a count: counts kept a byte each over many
    /// words (high bits shifted down to the low bit of their byte and added, no byte past 255)
    /// are summed once, where a count of bits for each word costs a score of instructions on
    /// targets without `popcnt`.
    @inline(__always)
    static func byteSum(_ lanes: UInt64) -> Int {
        // Neighbouring bytes added in 16-bit lanes (up to 510 each), then the four by one multiply.
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ (lanes &>> 8 & 0x00FF_00FF_00FF_00FF)
        return Int(truncatingIfNeeded: (pairs &* 0x0001_0001_0001_0001) &>> 48)
    }

    /// How many of the bytes, from the first (lowest) on, are ASCII letters before one that
    /// is not: 0 to 8. Exact in every byte: a letter is a byte below 0x80 that is 0x61–0x7A
    /// once 0x20 is set, and sums of bytes below 0x80 carry into no other byte.
    @inline(__always)
    var leadingASCIILetters: Int {
        let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let folded = (bits | 0x2020_2020_2020_2020) & lows
        // The high bit of `folded + 0x1F` is set from "a" (0x61) on, of `folded + 0x05` past "z" (0x7A).
        let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~bits & Self.highs
        return (~letters & Self.highs).trailingZeroBitCount >> 3
    }

    /// Copies the ASCII letters `bytes` has from `i` on, up to eight, lower-cased to `out`,
    /// which must have room for eight bytes (those past the letters are written over with
    /// other bytes), and returns how many; 0 when fewer than eight bytes are left from `i`.
    /// For byte loops over words, which take a run of letters a word of eight at a time.
    @inline(__always)
    static func copyLowerCasedLetters(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        guard i + 8 <= bytes.count else { return 0 }
        let eight = ByteWord(bytes, at: i)
        let letters = eight.leadingASCIILetters
        // Setting 0x20 lower-cases a letter.
        if letters > 0 { UnsafeMutableRawPointer(out).storeBytes(of: (eight.bits | 0x2020_2020_2020_2020).littleEndian, as: UInt64.self) }
        return letters
    }

    /// How many of the bytes start a scalar: all but the continuation bytes (10xxxxxx).
    @inline(__always)
    var scalarStarts: Int {
        // A continuation byte has its top bit set and the next bit (shifted up into the top
        // bit's place) clear.
        8 - (bits & ~(bits << 1) & Self.highs).nonzeroBitCount
    }

    /// The first `count` bytes at `bytes` (all eight when `count` is eight or more), the first
    /// lowest and the rest zero, in one number: two runs of one length have the same number
    /// only when their bytes are the same. Read in two loads that overlap (or meet) in the
    /// middle, with no loop over the bytes: a byte both loads hold has the same place in each,
    /// so or-ing them is exact.
    @inline(__always)
    static func packed(_ bytes: UnsafeRawPointer, count n: Int) -> UInt64 {
        if n >= 8 { return UInt64(littleEndian: bytes.loadUnaligned(as: UInt64.self)) }
        if n >= 4 {
            let low = UInt64(UInt32(littleEndian: bytes.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)))
            return low | high << UInt64(8 * (n - 4))
        }
        if n >= 2 {
            let low = UInt64(UInt16(littleEndian: bytes.loadUnaligned(as: UInt16.self)))
            let high = UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: n - 2, as: UInt16.self)))
            return low | high << UInt64(8 * (n - 2))
        }
        return n == 1 ? UInt64(bytes.load(as: UInt8.self)) : 0
    }
}
