/// A set of words built from every token of an article, where a `Set<String>` spends most of
/// its time hashing: ASCII members sit in an open-addressing table keyed by their bytes (FNV-1a),
/// other members in a `Set<String>`. Membership is `Set<String>`'s, by canonical equivalence:
/// an ASCII word equals an ASCII member only when their bytes are the same, and it is also
/// looked up among the other members (one of which may compose to it, "\u{212A}" to "K"); a
/// word with other scalars is looked up among them and, composed, in the table. Removals are
/// kept apart, for sets that only lose words after all are in.
struct TokenWordSet {
    private var slots: [String?]
    private var hashes: [UInt64]
    private var count = 0
    private var others: Set<String> = []
    private var removed: Set<String> = []

    init(capacity: Int = 0) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        slots = [String?](repeating: nil, count: size)
        hashes = [UInt64](repeating: 0, count: size)
    }

    /// Adds `word`.
    mutating func insert(_ word: String) {
        guard let hash = Self.asciiHash(word) else {
            others.insert(word)
            return
        }
        if count * 2 >= slots.count { grow() }
        var k = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while let member = slots[k] {
            if hashes[k] == hash, member == word { return }
            k = (k + 1) & (slots.count - 1)
        }
        slots[k] = word
        hashes[k] = hash
        count += 1
    }

    /// Removes `word` (and every member equal to it).
    mutating func remove(_ word: String) {
        removed.insert(word)
    }

    /// Whether a member equals `word`.
    func contains(_ word: String) -> Bool {
        guard hasMember(word) else { return false }
        return removed.isEmpty || !removed.contains(word)
    }

    /// Whether a member equals `word`, counting the ones removed: the set as it was before any removal.
    func wasInserted(_ word: String) -> Bool {
        hasMember(word)
    }

    private func hasMember(_ word: String) -> Bool {
        if let hash = Self.asciiHash(word) {
            return tableContains(word, hash: hash) || !others.isEmpty && others.contains(word)
        }
        if others.contains(word) { return true }
        let composed = CanonicalText.precomposed(word)
        guard let hash = Self.asciiHash(composed) else { return false }
        return tableContains(composed, hash: hash)
    }

    private func tableContains(_ word: String, hash: UInt64) -> Bool {
        var k = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while let member = slots[k] {
            if hashes[k] == hash, member == word { return true }
            k = (k + 1) & (slots.count - 1)
        }
        return false
    }

    private mutating func grow() {
        let old = zip(slots, hashes)
        slots = [String?](repeating: nil, count: slots.count * 2)
        hashes = [UInt64](repeating: 0, count: slots.count)
        for (member, hash) in old {
            guard let member else { continue }
            var k = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[k] != nil { k = (k + 1) & (slots.count - 1) }
            slots[k] = member
            hashes[k] = hash
        }
    }

    /// The `ASCIIWordHash` of an ASCII word's bytes; nil for a word with other bytes.
    private static func asciiHash(_ word: String) -> UInt64? {
        UTF8Scan.withBytes(word, ASCIIWordHash.of)
    }
}
