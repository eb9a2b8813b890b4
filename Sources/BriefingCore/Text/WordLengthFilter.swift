import Foundation

/// A quick test that rules out most words before a set of words is hashed: a bit for each
/// first byte and byte length of the set's members.
///
/// Exact for ASCII words: an ASCII word equals an ASCII member only when their bytes are the
/// same, and no other member (one whose canonical composition is not ASCII). Words with other
/// scalars (which may equal a member written differently) always pass, and so does every word
/// when a member is canonically equal to an ASCII word written with other scalars.
struct WordLengthFilter: Sendable {
    /// For each ASCII first byte, bit `n` set when a member of `n` bytes (63 for longer) starts with it.
    private let bits: [UInt64]
    private let passesAll: Bool

    init(_ words: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: 128)
        var passesAll = false
        for word in words {
            guard let first = word.utf8.first, word.utf8.allSatisfy({ $0 < 0x80 }) else {
                // Equal to no ASCII word unless its composition is ASCII ("\u{212A}" is "K").
                if word.isEmpty || word.precomposedStringWithCanonicalMapping.utf8.allSatisfy({ $0 < 0x80 }) { passesAll = true }
                continue
            }
            bits[Int(first)] |= 1 << UInt64(min(word.utf8.count, 63))
        }
        self.bits = bits
        self.passesAll = passesAll
    }

    /// A filter of the first words (bytes up to the first space) of `phrases`: a phrase equals
    /// a member only when its first word equals the member's, as no space is composed with
    /// what follows it.
    init(firstWordsOf phrases: some Sequence<String>) {
        self.init(phrases.map { String(decoding: $0.utf8.prefix { $0 != 0x20 }, as: UTF8.self) })
    }

    /// False only when neither `word` nor, with `folding`, `word.lowercased()` can be a member.
    @inline(__always)
    func mayContain(_ word: String, folding: Bool = false) -> Bool {
        if passesAll { return true }
        let utf8 = word.utf8
        guard var first = utf8.first, first < 0x80 else { return true }
        if folding, first &- 0x41 < 26 { first |= 0x20 }
        if bits[Int(first)] & (1 << UInt64(min(utf8.count, 63))) != 0 { return true }
        // Ruled out by its bytes, which tell only for an ASCII word.
        return !UTF8Scan.withBytes(word) { bytes in bytes.allSatisfy { $0 < 0x80 } }
    }

    /// False only when the first word of `text` (as `split(separator: " ")` gives it) nor, with
    /// `folding`, that word lower-cased can be a member. Only an ASCII word with an ASCII byte
    /// after its space is ruled out (a mark after a space joins it to the space's character).
    func mayContain(firstWordOf text: String, folding: Bool = false) -> Bool {
        if passesAll { return true }
        return UTF8Scan.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count, bytes[i] == 0x20 { i += 1 }
            let start = i
            while i < bytes.count, bytes[i] != 0x20 {
                if bytes[i] >= 0x80 { return true }
                i += 1
            }
            guard i > start, i + 1 >= bytes.count || bytes[i + 1] < 0x80 else { return true }
            var first = bytes[start]
            if folding, first &- 0x41 < 26 { first |= 0x20 }
            return bits[Int(first)] & (1 << UInt64(min(i - start, 63))) != 0
        }
    }
}
