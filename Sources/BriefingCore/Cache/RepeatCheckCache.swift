import Foundation

/// Results of comparing two articles' texts for a repeated story (`DuplicateStoryDetector`),
/// keyed by the two articles' cache keys, so a rebuild compares only pairs involving a changed
/// article and never reads unchanged articles' texts for it. Read and written as one file of
/// fixed-size entries; a file that does not read back completely, or that holds the keys of
/// another program or reference date, is ignored.
///
/// A site of 10,000 articles keeps about 250,000 results, each looked up and recorded again by
/// every build: they are kept in a flat open-addressing table (the keys are content hashes,
/// already well mixed), a slot holding a pair and its result side by side, not in a dictionary
/// that hashes each pair again.
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
        func slot(_ mask: Int) -> Int {
            var h = earlier &* 0x9E37_79B9_7F4A_7C15 ^ later
            h ^= h >> 32
            return Int(truncatingIfNeeded: h) & mask
        }
    }

    /// A slot of the table: a pair and its result, or `empty`.
    private struct Slot {
        var pair = Pair(earlier: 0, later: 0)
        var state = RepeatCheckCache.empty
    }

    private var slots: [Slot]
    private var mask: Int
    /// How many results are kept.
    private(set) var count = 0

    private static let empty: UInt8 = 0, different: UInt8 = 1, same: UInt8 = 2

    /// The format, followed by the tag of the cache's keys (`BriefCache.keysTag`).
    private static func magic(_ cache: BriefCache) -> String { "briefing-repeat-checks-4/" + cache.keysTag }
    /// The encoded length of one result: its two keys and a flag.
    private static let recordLength = 17

    var isEmpty: Bool { count == 0 }

    /// Empty, with room for `capacity` results.
    init(capacity: Int = 0) {
        let size = Self.tableSize(capacity: capacity)
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The number of slots of a table made for `capacity` results: a power of two, at least
    /// twice as many.
    static func tableSize(capacity: Int) -> Int {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        return size
    }

    /// The results written by `save(_:to:cache:)` at `url` for `cache`'s keys; none when the
    /// file is missing, damaged or of other keys.
    init(contentsOf url: URL, cache: BriefCache) {
        self.init()
        guard let bytes = SourceLoader.contents(ofFile: url.path), let read = Self.read(bytes, magic: Self.magic(cache)) else { return }
        self = read
    }

    /// The results encoded in `bytes`, or nil when they do not read back completely: each a
    /// record of the cache's keyed files (`KeyedRecordFile`) of `recordLength` bytes, read
    /// in place.
    private static func read(_ bytes: [UInt8], magic: String) -> RepeatCheckCache? {
        var reader = BinaryReader(bytes)
        guard let found = try? reader.string(), found == magic, let records = try? reader.count() else { return nil }
        // Each record: its length (one byte, zig-zag encoded), the two keys and the result.
        let size = 1 + recordLength, lengthByte = UInt8(recordLength << 1)
        let start = reader.offset
        guard bytes.count - start == records * size else { return nil }
        var results = RepeatCheckCache(capacity: records)
        let complete = bytes.withUnsafeBytes { raw in
            for at in stride(from: start, to: raw.count, by: size) {
                guard raw[at] == lengthByte, raw[at + 17] <= 1 else { return false }
                let earlier = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 1, as: UInt64.self))
                let later = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at + 9, as: UInt64.self))
                results[Pair(earlier: earlier, later: later)] = raw[at + 17] == 1
            }
            return true
        }
        return complete ? results : nil
    }

    /// The slot of `pair`: where it is, or the free slot where it would go.
    private func slot(of pair: Pair) -> Int {
        slots.withUnsafeBufferPointer { slots in
            var slot = pair.slot(mask)
            while slots[slot].state != Self.empty && slots[slot].pair != pair { slot = (slot + 1) & mask }
            return slot
        }
    }

    subscript(pair: Pair) -> Bool? {
        get {
            let state = slots[slot(of: pair)].state
            return state == Self.empty ? nil : state == Self.same
        }
        set {
            // Results are only ever added or changed, never removed.
            guard let newValue else { return }
            var slot = slot(of: pair)
            if slots[slot].state == Self.empty {
                count += 1
                // Kept at most half full, so that probes stay short and always end.
                if count * 2 > slots.count {
                    grow()
                    slot = self.slot(of: pair)
                }
                slots[slot].pair = pair
            }
            slots[slot].state = newValue ? Self.same : Self.different
        }
    }

    /// Doubles the table, moving every result to its slot in the larger one.
    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.state != Self.empty { slots[slot(of: entry.pair)] = entry }
    }

    /// Every result, in pair order (earlier key, then later key).
    var sorted: [(pair: Pair, same: Bool)] {
        var kept = slots.filter { $0.state != Self.empty }
        RadixSort.sort(&kept) { ($0.pair.earlier, $0.pair.later) }
        return kept.map { ($0.pair, $0.state == Self.same) }
    }

    /// Writes `results` atomically, each as a record of the cache's keyed files
    /// (`KeyedRecordFile`): its length, then the two keys and the result. They are written in
    /// the order of their first slots in the table that reads them back (made for as many
    /// results), so that reading fills it from start to end rather than at random places (a
    /// quarter of a million results at 10,000 articles, in a table of 12 MB); results of one
    /// slot keep the order given (a build gives them in the order it made them, which depends
    /// only on its input). A pair given more than once (texts of the same content share their
    /// keys) reads back with the result given last.
    static func save(_ results: [(pair: Pair, same: Bool)], to url: URL, cache: BriefCache) {
        let mask = tableSize(capacity: results.count) - 1
        // Each result's slot above its position, put in slot order by a stable sort of the
        // slots alone: the positions, given ascending, stay so within a slot.
        var order = results.indices.map { UInt64($0) | UInt64(results[$0].pair.slot(mask)) << 32 }
        RadixSort.sortByHighHalf(&order)
        BinaryWriter.writeFile(url.path) { writer in
            writer.string(Self.magic(cache))
            writer.int(results.count)
            for (pair, same) in order.lazy.map({ results[Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF)] }) {
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
