import Foundation

/// Results of comparing two articles' texts for a repeated story (`DuplicateStoryDetector`),
/// keyed by the two articles' cache keys, so a rebuild compares only pairs involving a changed
/// article and never reads unchanged articles' texts for it. Read and written as one file of
/// fixed-size entries; a file that does not read back completely is ignored.
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
    }

    private(set) var results: [Pair: Bool] = [:]

    private static let magic = "briefing-repeat-checks-3"

    /// Empty, with room for `capacity` results.
    init(capacity: Int = 0) { results.reserveCapacity(capacity) }

    init(contentsOf url: URL) {
        results = KeyedRecordFile.read(url, magic: Self.magic) { reader in
            (Pair(earlier: try reader.uint64(), later: try reader.uint64()), try reader.bool())
        } ?? [:]
    }

    subscript(pair: Pair) -> Bool? {
        get { results[pair] }
        set { results[pair] = newValue }
    }

    /// Writes the results atomically, in pair order.
    func save(to url: URL) {
        let order = results.sorted { a, b in a.key.earlier != b.key.earlier ? a.key.earlier < b.key.earlier : a.key.later < b.key.later }
        KeyedRecordFile.write(url, magic: Self.magic, order) { writer, pair, same in
            writer.uint64(pair.earlier)
            writer.uint64(pair.later)
            writer.bool(same)
        }
    }

    /// Where the results are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("repeat-checks") }
}
