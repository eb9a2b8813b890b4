import Foundation

/// A quick test that rules out most words before a set of words is hashed: a bit for each
/// byte length of the set's members that start with the same two bytes, up to ASCII case.
///
/// Exact for ASCII words: an ASCII word equals an ASCII member only when their bytes are the
/// same, and no other member (one whose canonical composition is not ASCII). Words with other
/// scalars (which may equal a member written differently) always pass, and so does every word
/// when a member is canonically equal to an ASCII word written with other scalars.
struct WordLengthFilter: Sendable {
    /// For each slot of the first two bytes (`slot`), bit `n` set when a member of `n` bytes
    /// (63 for longer) starts with bytes of that slot.
    private let bits: [UInt64]
    private let passesAll: Bool

    init(_ words: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: 1024)
        var passesAll = false
        for word in words {
            let utf8 = Array(word.utf8)
            guard let first = utf8.first, utf8.allSatisfy({ $0 < 0x80 }) else {
                // Equal to no ASCII word unless its composition is ASCII ("\u{212A}" is "K").
                if word.isEmpty || word.precomposedStringWithCanonicalMapping.utf8.allSatisfy({ $0 < 0x80 }) { passesAll = true }
                continue
            }
            bits[Self.slot(first, utf8.count > 1 ? utf8[1] : 0)] |= 1 << UInt64(min(utf8.count, 63))
        }
        self.bits = bits
        self.passesAll = passesAll
    }

    /// A filter of the first words (bytes up to the first space) of `phrases`: a phrase equals
    /// a member only when its first word equals the member's, as no space is composed with
    /// what follows it.
    init(firstWordsOf phrases: some Sequence<String>) {
        self.init(phrases.map(\.firstWord))
    }

    /// The slot of a word's first two bytes (0 for the second of a one-byte word): their low
    /// five bits, which an ASCII letter shares with its other case, so that a word and the
    /// word lower-cased fall in the same slot.
    @inline(__always)
    private static func slot(_ first: UInt8, _ second: UInt8) -> Int {
        Int(first & 0x1F) << 5 | Int(second & 0x1F)
    }

    /// False only when neither `word` nor `word.lowercased()` can be a member (both fall in
    /// the same slot).
    @inline(__always)
    func mayContain(_ word: String) -> Bool {
        if passesAll { return true }
        return UTF8Scan.withBytes(word) { bytes in
            guard let first = bytes.first, first < 0x80 else { return true }
            let count = bytes.count
            let second = count > 1 ? bytes[1] : 0
            if bits[Self.slot(first, second)] & (1 << UInt64(min(count, 63))) != 0 { return true }
            // Ruled out by its bytes, which tell only for an ASCII word.
            return !UTF8Scan.isASCII(bytes)
        }
    }

    /// False only when neither the first word of `text` (as `split(separator: " ")` gives it)
    /// nor that word lower-cased can be a member. Only an ASCII word with an ASCII byte after
    /// its space is ruled out (a mark after a space joins it to the space's character).
    func mayContain(firstWordOf text: String) -> Bool {
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
            let second = i - start > 1 ? bytes[start + 1] : 0
            return bits[Self.slot(bytes[start], second)] & (1 << UInt64(min(i - start, 63))) != 0
        }
    }
}

extension String {
    /// The bytes up to the first space (the whole text when it has none): the first word of a
    /// lexicon phrase, which a key joined from space-free lexemes must start with.
    var firstWord: String {
        String(decoding: utf8.prefix { $0 != 0x20 }, as: UTF8.self)
    }
}

extension LexiconSet {
    /// The first words of those of `phrases` that have two words or more: only a phrase
    /// starting with one of them is worth joining several lexemes for.
    convenience init(firstWordsOfPhrases phrases: some Sequence<String>) {
        self.init(phrases.filter { $0.utf8.contains(0x20) }.map(\.firstWord))
    }
}
