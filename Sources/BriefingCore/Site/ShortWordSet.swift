/// A fixed set of short ASCII words (eight bytes or fewer), each kept as its bytes in one number
/// (`SearchTermWeights.shortKey`) in a small open-addressing table that a look-up probes
/// inline: the search stop words, asked about for most words of a brief.
struct ShortWordSet: Sendable {
    /// The keys by slot (a slot is the top bits of the key times a large odd number); zero
    /// marks an empty slot, as no key of a word is zero.
    private let slots: [UInt64]
    private let shift: UInt64
    /// The length in bytes of the longest word: a longer one is none.
    private let longest: Int

    /// The set of `words`, each of one to eight ASCII bytes.
    init(_ words: some Sequence<String>) {
        let words = Array(words)
        precondition(words.allSatisfy { (1...8).contains($0.utf8.count) && $0.utf8.allSatisfy { $0 < 0x80 } })
        var bits = 4
        while 1 << bits < 4 * words.count { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let shift = UInt64(64 - bits)
        for word in words {
            let key = UTF8Scan.withBytes(word, SearchTermWeights.shortKey)
            var slot = Self.slot(key, shift)
            while slots[slot] != 0, slots[slot] != key { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = key
        }
        self.slots = slots
        self.shift = shift
        longest = words.map(\.utf8.count).max() ?? 0
    }

    private static func slot(_ key: UInt64, _ shift: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    /// Whether the ASCII bytes `word` are one of the words.
    @inline(__always)
    func contains(ascii word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count <= longest else { return false }
        let key = SearchTermWeights.shortKey(word)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(key, shift)
            while true {
                let held = slots[slot]
                if held == key { return true }
                if held == 0 { return false }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }
}
