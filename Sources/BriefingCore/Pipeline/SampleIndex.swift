/// The texts indexed under each sampled 4-gram hash (`DuplicateStoryDetector`), in flat
/// arrays: an open-addressing table of hashes, each with its number of texts and the head of a
/// linked list of them, rather than a dictionary holding one array per hash. Tens of thousands
/// of articles index hundreds of thousands of hashes, and the index is made on every build.
struct SampleIndex {
    private var hashes: [UInt64]
    private var counts: [Int32]
    private var heads: [Int32]
    /// The postings: each one's text and the posting indexed before it under the same hash.
    private var texts: [Int32] = []
    private var next: [Int32] = []
    private var mask: Int
    /// How many different hashes are indexed.
    private var distinct = 0

    /// An index with room for `capacity` postings without growing.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = [UInt64](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        heads = [Int32](repeating: -1, count: size)
        mask = size - 1
        texts.reserveCapacity(capacity)
        next.reserveCapacity(capacity)
    }

    /// The slot of `hash`: where it is, or the empty slot where it would go. The hashes are
    /// already well mixed, so their low bits pick the first slot to probe.
    func slot(of hash: UInt64) -> Int {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while counts[slot] > 0 && hashes[slot] != hash { slot = (slot + 1) & mask }
        return slot
    }

    /// How many texts are indexed at `slot` (0 for an empty one).
    func count(at slot: Int) -> Int { Int(counts[slot]) }

    /// Calls `body` with each text indexed at `slot`.
    func forEachText(at slot: Int, _ body: (Int) -> Void) {
        var posting = heads[slot]
        while posting >= 0 {
            body(Int(texts[Int(posting)]))
            posting = next[Int(posting)]
        }
    }

    /// Indexes `text` under `hash`, whose slot (`slot(of:)`) is `slot`.
    mutating func add(_ text: Int, at slot: Int, hash: UInt64) {
        var slot = slot
        if counts[slot] == 0 {
            distinct += 1
            // Kept at most half full, so that probes stay short and always end.
            if distinct * 2 > hashes.count {
                grow()
                slot = self.slot(of: hash)
            }
            hashes[slot] = hash
        }
        texts.append(Int32(text))
        next.append(heads[slot])
        heads[slot] = Int32(texts.count - 1)
        counts[slot] += 1
    }

    /// Doubles the table, moving every hash to its slot in the larger one.
    private mutating func grow() {
        let old = (hashes, counts, heads)
        hashes = [UInt64](repeating: 0, count: old.0.count * 2)
        counts = [Int32](repeating: 0, count: old.0.count * 2)
        heads = [Int32](repeating: -1, count: old.0.count * 2)
        mask = hashes.count - 1
        for i in old.0.indices where old.1[i] > 0 {
            let slot = slot(of: old.0[i])
            (hashes[slot], counts[slot], heads[slot]) = (old.0[i], old.1[i], old.2[i])
        }
    }
}
