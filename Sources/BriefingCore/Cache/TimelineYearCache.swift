import Foundation
import Synchronization

/// What a build made of each year of the timeline (`TimelineYears`), one file per year in the
/// cache folder named by the year's key, which changes whenever an event of that year or a
/// brief reporting one does: a rebuild after one article changed merges and writes again only
/// the years whose events changed, and takes the others' entries in `timeline.json`, their
/// count and dates from here. Files are written atomically; one that does not read back whole
/// is treated as missing. Files of years no longer in the timeline are removed with the briefs
/// (`BriefCache.prune`, given `keys`).
final class TimelineYearCache: Sendable {
    /// A year as the timeline overview needs it: how many entries it has, and their dates.
    struct Summary: Sendable, Equatable {
        var count: Int
        var dates: [String]
    }

    static let suffix = ".timeline"
    private static let format = "briefing timeline year 1"

    /// The cache folder; without one, nothing is kept.
    private let folder: URL?
    private let used = Mutex(Set<String>())

    /// Years kept in `cache`'s folder; without a cache, nothing is kept.
    init(_ cache: BriefCache?) { folder = cache?.folder }

    /// The keys of the years this build read or stored: the files to keep.
    var keys: Set<String> { used.withLock { $0 } }

    /// The summary of the year with key `key`, when stored whole. Read from the start of the
    /// file alone: the listed entries after it (most of the file, megabytes for a busy year)
    /// are only measured, by the length they begin with against the file's size.
    func summary(_ key: String) -> Summary? {
        guard let url = url(key), let (head, size) = SourceLoader.prefix(ofFile: url.path, count: Self.headBytes) else { return nil }
        var reader = BinaryReader(head)
        guard let summary = try? Self.summary(&reader), let listedCount = try? reader.int() else {
            // A summary longer than the part read is read with the whole file.
            return head.count < size ? read(key) { reader in try reader.skipString() }.map(\.summary) : nil
        }
        guard listedCount >= 0, reader.offset + listedCount == size else { return nil }
        used.withLock { _ = $0.insert(key) }
        return summary
    }

    /// How much of a year's file `summary` reads first: the summary of a year of some
    /// thousands of entries.
    static let headBytes = 1 << 16

    /// The UTF-8 of the year's entries as `timeline.json` lists them (`TimelineExport.listed`),
    /// when stored whole: the file's own bytes, not copied.
    func listed(_ key: String) -> ArraySlice<UInt8>? {
        read(key) { reader in try reader.stringBytes() }.map(\.listed)
    }

    /// Stores the year with key `key`.
    func store(_ key: String, _ summary: Summary, listed: ByteBuffer) {
        guard let url = url(key) else { return }
        used.withLock { _ = $0.insert(key) }
        BinaryWriter.writeFile(url.path) { writer in
            writer.string(Self.format)
            writer.int(summary.count)
            writer.strings(summary.dates)
            writer.utf8(listed)
        }
    }

    /// The stored year with key `key`, its listed entries read by `listed` (or skipped).
    private func read<Listed>(_ key: String, listed: (inout BinaryReader) throws -> Listed) -> (summary: Summary, listed: Listed)? {
        guard let url = url(key), let bytes = SourceLoader.contents(ofFile: url.path) else { return nil }
        var reader = BinaryReader(bytes)
        guard let summary = try? Self.summary(&reader), let listed = try? listed(&reader), reader.isAtEnd else { return nil }
        used.withLock { _ = $0.insert(key) }
        return (summary, listed)
    }

    /// The format line and the summary a year's file begins with (`store`), read by `reader`.
    private static func summary(_ reader: inout BinaryReader) throws -> Summary {
        guard try reader.string() == format else { throw BinaryReader.Damaged() }
        return Summary(count: try reader.int(), dates: try reader.strings())
    }

    private func url(_ key: String) -> URL? {
        folder?.appending(path: key + Self.suffix, directoryHint: .notDirectory)
    }
}
