/// A quick test on an ASCII word's bytes, case kept, that rules out most words before a set
/// of words is searched: a bit for each byte length of the members that start with the same
/// two bytes (exactly those bytes, unlike `WordLengthFilter`, which folds their case).
///
/// An ASCII word equals a member only when the member's composed (NFC) bytes are the word's,
/// so members composed past ASCII are left out and the others are entered composed.
struct ExactWordFilter: Sendable {
    /// For each pair of first bytes (`slot`), bit `n` set when a member of `n` bytes (15 for
    /// longer) starts with them.
    private let bits: [UInt16]

    init(_ words: some Sequence<String>) {
        var bits = [UInt16](repeating: 0, count: 1 << 14)
        for word in words {
            let bytes = Array(CanonicalText.precomposed(word).utf8)
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 }) else { continue }
            bits[Self.slot(first, bytes.count > 1 ? bytes[1] : 0)] |= 1 << UInt16(min(bytes.count, 15))
        }
        self.bits = bits
    }

    @inline(__always)
    private static func slot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x7F) << 7 | Int(second & 0x7F)
    }

    /// False only when no member equals an ASCII word of `count` bytes that starts with
    /// `first` and `second` (0 for a word of one byte).
    @inline(__always)
    func mayContain(first: UInt8, second: UInt8, count: Int) -> Bool {
        bits[Self.slot(first, second)] & (1 << UInt16(min(count, 15))) != 0
    }

    /// Whether the ASCII word `scalars[range]` (not empty), lower-cased, may be a member.
    @inline(__always)
    func mayContain(lowercaseOfASCII scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        let first = UInt8(truncatingIfNeeded: scalars[range.lowerBound].value).asciiLowercased
        let second = range.count > 1 ? UInt8(truncatingIfNeeded: scalars[range.lowerBound + 1].value).asciiLowercased : 0
        return mayContain(first: first, second: second, count: range.count)
    }

    /// The ASCII word `scalars[range]` lower-cased into `buffer`, which has room for it.
    @inline(__always)
    static func lowercase(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        for k in 0..<range.count { buffer[k] = UInt8(truncatingIfNeeded: scalars[range.lowerBound + k].value).asciiLowercased }
        return UnsafeBufferPointer(rebasing: buffer[0..<range.count])
    }

    /// Whether `scalars[range]` are all ASCII.
    @inline(__always)
    static func isASCII(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>) -> Bool {
        var any: UInt32 = 0
        for k in range { any |= scalars[k].value }
        return any < 0x80
    }
}
