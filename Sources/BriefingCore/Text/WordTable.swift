/// The words of a `TokenWordSet` (its members, or the ones it removed), with `Set<String>`'s
/// membership: ASCII words in an open-addressing table keyed by their bytes (`ASCIIWordHash`),
/// other words in a `Set<String>`.
/// The table holds indices into the list of words, not the words: probing reads integers,
/// and freeing the table frees one string per word, not one optional per slot.
struct WordTable {
    /// For each slot, 1 + the index of its word in `words` (0: empty), and the word's hash.
    private var slots: [Int32]
    private var hashes: [UInt64]
    private var words: [String] = []
    private var others: Set<String> = []
    /// Whether a word of `others` is canonically equal to an ASCII word (its composed form is
    /// ASCII, as "\u{212A}" composes to "K"): only then may an ASCII word be among them. Most
    /// articles have other words ("don’t"), none of them such.
    private var othersMayEqualASCII = false

    init(capacity: Int = 0) {
        var size = 64
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        hashes = [UInt64](repeating: 0, count: size)
        words.reserveCapacity(capacity)
    }

    /// Whether the table holds no word.
    var isEmpty: Bool { words.isEmpty && others.isEmpty }

    /// Whether it may hold a word past ASCII that equals an ASCII word: when it does not, an
    /// ASCII word is a member only if the byte table holds it.
    var mayEqualASCIIPastIt: Bool { othersMayEqualASCII }

    /// Adds `word`.
    mutating func insert(_ word: String) {
        guard let hash = Self.asciiHash(word) else {
            if others.insert(word).inserted, !othersMayEqualASCII {
                othersMayEqualASCII = Self.asciiHash(CanonicalText.precomposed(word)) != nil
            }
            return
        }
        insert(word, asciiHash: hash)
    }

    /// Adds `word`, of ASCII bytes only, whose `ASCIIWordHash` is `hash`.
    mutating func insert(_ word: String, asciiHash hash: UInt64) {
        if words.count * 2 >= slots.count { grow() }
        var k = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[k] != 0 {
            if hashes[k] == hash, words[Int(slots[k]) - 1] == word { return }
            k = (k + 1) & (slots.count - 1)
        }
        words.append(word)
        slots[k] = Int32(words.count)
        hashes[k] = hash
    }

    /// Whether a word of the table equals `word`.
    func hasMember(_ word: String) -> Bool {
        if let hash = Self.asciiHash(word) {
            return tableContains(word, hash: hash) || othersMayEqualASCII && others.contains(word)
        }
        if others.contains(word) { return true }
        let composed = CanonicalText.precomposed(word)
        guard let hash = Self.asciiHash(composed) else { return false }
        return tableContains(composed, hash: hash)
    }

    /// Whether the ASCII word of `bytes`, whose `ASCIIWordHash` is `hash`, is in the byte table
    /// (an ASCII word equals an ASCII one only when their bytes are the same).
    func contains(ascii bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        var k = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[k] != 0 {
            if hashes[k] == hash, UTF8Scan.withBytes(words[Int(slots[k]) - 1], { $0.elementsEqual(bytes) }) { return true }
            k = (k + 1) & (slots.count - 1)
        }
        return false
    }

    private func tableContains(_ word: String, hash: UInt64) -> Bool {
        var k = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        while slots[k] != 0 {
            if hashes[k] == hash, words[Int(slots[k]) - 1] == word { return true }
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
