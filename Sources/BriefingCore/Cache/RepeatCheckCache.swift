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

        /// Nil when a key is not a cache key (`ContentHash.hex`).
        init?(_ earlier: String, _ later: String) {
            guard let a = UInt64(earlier, radix: 16), let b = UInt64(later, radix: 16) else { return nil }
            self.earlier = a
            self.later = b
        }

        init(earlier: UInt64, later: UInt64) {
            self.earlier = earlier
            self.later = later
        }
    }

    private(set) var results: [Pair: Bool] = [:]

    private static let magic = "briefing-repeat-checks-2"

    init() {}

    init(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        var reader = BinaryReader([UInt8](data))
        do {
            guard try reader.string() == Self.magic else { return }
            let count = try reader.count()
            var results: [Pair: Bool] = [:]
            results.reserveCapacity(count)
            for _ in 0..<count { results[Pair(earlier: try reader.uint64(), later: try reader.uint64())] = try reader.bool() }
            guard reader.isAtEnd else { return }
            self.results = results
        } catch {
            return
        }
    }

    subscript(pair: Pair) -> Bool? {
        get { results[pair] }
        set { results[pair] = newValue }
    }

    /// Writes the results atomically, in pair order.
    func save(to url: URL) {
        BinaryWriter.writeFile(url) { writer in
            writer.string(Self.magic)
            writer.int(results.count)
            for pair in results.keys.sorted(by: { ($0.earlier, $0.later) < ($1.earlier, $1.later) }) {
                writer.uint64(pair.earlier)
                writer.uint64(pair.later)
                writer.bool(results[pair]!)
                try writer.flushIfFull()
            }
        }
    }

    /// Where the results are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("repeat-checks") }
}
