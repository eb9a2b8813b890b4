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

    /// False only when no member equals the word in `bytes`, all of them ASCII.
    @inline(__always)
    func mayContain(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        let second = bytes.count > 1 ? bytes[1] : 0
        return bits[Self.slot(first, second)] & (1 << UInt16(min(bytes.count, 15))) != 0
    }
}
