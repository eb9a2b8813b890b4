import Foundation

/// Results of comparing two articles' texts for a repeated story (`DuplicateStoryDetector`),
/// keyed by the two articles' cache keys, so a rebuild compares only pairs involving a changed
/// article and never reads unchanged articles' texts for it. Read and written as one file of
/// fixed-size entries; a file that does not read back completely is ignored.
///
/// A site of 10,000 articles keeps about 250,000 results, each looked up and recorded again by
/// every build: they are kept in flat arrays as an open-addressing table (the keys are content
/// hashes, already well mixed), not in a dictionary that hashes each pair again.
struct RepeatCheckCache: Sendable {
    /// The check of an earlier article against a later one, by their cache keys as numbers.
    struct Pair: Hashable, Sendable {
        var earlier: UInt64
        var later: UInt64

        /// A cache key (`ContentHash.hex`) as the number pairs are keyed by; nil for another string.
        static func number(_ key: String) -> UInt64? { UInt64(key, radix: 16) }

        init(earlier: UInt64, later: UInt64) {
            self.earlier = earlier
            self.later = later
        }

        /// The first slot of the pair in a table of `mask + 1` slots.
        fileprivate func slot(_ mask: Int) -> Int {
            var h = earlier &* 0x9E37_79B9_7F4A_7C15 ^ later
            h ^= h >> 32
            return Int(truncatingIfNeeded: h) & mask
        }
    }

    /// The table: each slot's pair and its result (`empty` for a free slot).
    private var earlier: [UInt64]
    private var later: [UInt64]
    private var states: [UInt8]
    private var mask: Int
    /// How many results are kept.
    private(set) var count = 0

    private static let empty: UInt8 = 0, different: UInt8 = 1, same: UInt8 = 2

    private static let magic = "briefing-repeat-checks-3"
    /// The encoded length of one result: its two keys and a flag.
    private static let recordLength = 17

    var isEmpty: Bool { count == 0 }

    /// Empty, with room for `capacity` results.
    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        earlier = [UInt64](repeating: 0, count: size)
        later = [UInt64](repeating: 0, count: size)
        states = [UInt8](repeating: Self.empty, count: size)
        mask = size - 1
    }

    /// The results written by `save(to:)` at `url`; none when the file is missing or damaged.
    init(contentsOf url: URL) {
        self.init()
        guard let data = FileManager.default.contents(atPath: url.path), let read = Self.read([UInt8](data)) else { return }
        self = read
    }

    /// The results encoded in `bytes`, or nil when they do not read back completely.
    private static func read(_ bytes: [UInt8]) -> RepeatCheckCache? {
        var reader = BinaryReader(bytes)
        do {
            guard try reader.string() == magic else { return nil }
            let records = try reader.count()
            var results = RepeatCheckCache(capacity: records)
            for _ in 0..<records {
                guard try reader.count() == recordLength else { return nil }
                let pair = Pair(earlier: try reader.uint64(), later: try reader.uint64())
                results[pair] = try reader.bool()
            }
            return reader.isAtEnd ? results : nil
        } catch {
            return nil
        }
    }

    /// The slot of `pair`: where it is, or the free slot where it would go.
    private func slot(of pair: Pair) -> Int {
        var slot = pair.slot(mask)
        while states[slot] != Self.empty && (earlier[slot] != pair.earlier || later[slot] != pair.later) { slot = (slot + 1) & mask }
        return slot
    }

    subscript(pair: Pair) -> Bool? {
        get {
            let state = states[slot(of: pair)]
            return state == Self.empty ? nil : state == Self.same
        }
        set {
            // Results are only ever added or changed, never removed.
            guard let newValue else { return }
            var slot = slot(of: pair)
            if states[slot] == Self.empty {
                count += 1
                // Kept at most half full, so that probes stay short and always end.
                if count * 2 > states.count {
                    grow()
                    slot = self.slot(of: pair)
                }
                (earlier[slot], later[slot]) = (pair.earlier, pair.later)
            }
            states[slot] = newValue ? Self.same : Self.different
        }
    }

    /// Doubles the table, moving every result to its slot in the larger one.
    private mutating func grow() {
        let old = (earlier, later, states)
        earlier = [UInt64](repeating: 0, count: old.2.count * 2)
        later = [UInt64](repeating: 0, count: old.2.count * 2)
        states = [UInt8](repeating: Self.empty, count: old.2.count * 2)
        mask = states.count - 1
        for i in old.2.indices where old.2[i] != Self.empty {
            let slot = slot(of: Pair(earlier: old.0[i], later: old.1[i]))
            (earlier[slot], later[slot], states[slot]) = (old.0[i], old.1[i], old.2[i])
        }
    }

    /// Every result, in pair order (earlier key, then later key).
    var sorted: [(pair: Pair, same: Bool)] {
        var slots = states.indices.filter { states[$0] != Self.empty }
        slots.sort { a, b in earlier[a] != earlier[b] ? earlier[a] < earlier[b] : later[a] < later[b] }
        return slots.map { (Pair(earlier: earlier[$0], later: later[$0]), states[$0] == Self.same) }
    }

    /// Writes the results atomically, in pair order, each as a record of the cache's keyed
    /// files (`KeyedRecordFile`): its length, then the two keys and the result.
    func save(to url: URL) {
        let results = sorted
        BinaryWriter.writeFile(url) { writer in
            writer.string(Self.magic)
            writer.int(results.count)
            for (pair, same) in results {
                writer.int(Self.recordLength)
                writer.uint64(pair.earlier)
                writer.uint64(pair.later)
                writer.bool(same)
                try writer.flushIfFull()
            }
        }
    }

    /// Where the results are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("repeat-checks") }
}
