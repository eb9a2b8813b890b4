/// A set of words built from every token of an article, where a `Set<String>` spends most of
/// its time hashing: ASCII members sit in an open-addressing table keyed by their bytes (FNV-1a),
/// other members in a `Set<String>`. Membership is `Set<String>`'s, by canonical equivalence:
/// an ASCII word equals an ASCII member only when their bytes are the same, and it is also
/// looked up among the other members (one of which may compose to it, "\u{212A}" to "K"); a
/// word with other scalars is looked up among them and, composed, in the table. Removals are
/// kept apart, for sets that only lose words after all are in.
/// The table holds indices into the list of members, not the members: probing reads integers,
/// and freeing the set frees one string per member, not one optional per slot.
struct TokenWordSet {
    /// For each slot, 1 + the index of its member in `members` (0: empty), and the member's hash.
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var members: [String] = []
    private var others: Set<String> = []
    private var removed: Set<String> = []

    init(capacity: Int = 0) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        members.reserveCapacity(capacity)
    }

    /// Adds `word`.
    mutating func insert(_ word: String) {
        guard let hash = Self.asciiHash(word) else {
            others.insert(word)
            return
        }
        insert(word, asciiHash: hash)
    }

    /// Adds `word`, of ASCII bytes only, whose `ASCIIWordHash` is `hash` (made by a caller
    /// that reads the bytes anyway).
    mutating func insert(_ word: String, asciiHash hash: UInt64) {
        if members.count * 2 >= slots.count { grow() }
        var k = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[k] != 0 {
            if hashes[k] == hash, members[Int(slots[k]) - 1] == word { return }
            k = (k + 1) & (slots.count - 1)
        }
        members.append(word)
        slots[k] = Int32(members.count)
        hashes[k] = hash
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
        while slots[k] != 0 {
            if hashes[k] == hash, members[Int(slots[k]) - 1] == word { return true }
            k = (k + 1) & (slots.count - 1)
        }
        return false
    }

    private mutating func grow() {
        let oldSlots = slots, oldHashes = hashes
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        hashes = [UInt64](repeating: 0, count: slots.count)
        for j in oldSlots.indices where oldSlots[j] != 0 {
            var k = Int(truncatingIfNeeded: oldHashes[j]) & (slots.count - 1)
            while slots[k] != 0 { k = (k + 1) & (slots.count - 1) }
            slots[k] = oldSlots[j]
            hashes[k] = oldHashes[j]
        }
    }

    /// The `ASCIIWordHash` of an ASCII word's bytes; nil for a word with other bytes.
    private static func asciiHash(_ word: String) -> UInt64? {
        UTF8Scan.withBytes(word, ASCIIWordHash.of)
    }
}
