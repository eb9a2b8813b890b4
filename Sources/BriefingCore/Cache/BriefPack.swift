import Foundation
import Synchronization

/// The cache's entries (each brief, `BriefCache`, and its feed HTML, `FeedContentCache`) in one
/// file, `briefs.pack` (an `AppendOnlyFile`), with an index of where each one is,
/// `briefs.index`: a build of 10,000 articles writes two files instead of 16,000 small ones,
/// each made under a temporary name and renamed into place. On a disk, creating those files
/// in one folder was most of a full build's system time.
///
/// An entry is its name (its kind and a cache key) followed by its record, so an entry read
/// back is the one asked for. The pack is opened on first use. A build appends its new entries
/// to the last build's file and writes the index at the end (`save`), when it changed. A build
/// stopped before that leaves the last index, whose entries are still where it says, as the
/// file is only appended to. Once more than half the file is entries the index no longer lists,
/// `save` copies the live ones to a new file. An index whose header names another file
/// (`AppendOnlyFile.identity`) or other keys (`BriefCache.keysTag`) is not read: the build then
/// starts a new file.
final class BriefPack: Sendable {
    /// What an entry holds.
    enum Kind: UInt8 {
        /// A cached brief (`BriefCache`).
        case brief
        /// A brief's feed HTML (`FeedContentCache`).
        case feedHTML
    }

    /// An entry's name: of each kind, one entry per cache key.
    private struct Name: Hashable {
        var kind: Kind
        var key: String
    }

    /// Where an entry is in the file.
    private struct Extent {
        var offset: Int
        var count: Int
    }

    /// The open file and its entries; `file` is nil when none could be opened or made (then
    /// nothing is kept).
    private struct Contents {
        var file: AppendOnlyFile?
        var entries: [Name: Extent]
        /// Whether entries were added since the index was read.
        var changed = false
    }

    private let folder: URL
    private let keysTag: String
    /// Nil until first used.
    private let contents = Mutex<Contents?>(nil)

    static let fileName = "briefs.pack"
    static let indexName = "briefs.index"

    /// The pack in cache folder `folder` of keys tagged `keysTag`; nothing is read until used.
    init(in folder: URL, keysTag: String) {
        self.folder = folder
        self.keysTag = keysTag
    }

    private var fileURL: URL { folder.appendingPathComponent(Self.fileName) }
    private var indexURL: URL { folder.appendingPathComponent(Self.indexName) }

    /// The format of the index, with the identity of the file it points into and the keys' tag.
    private func magic(_ file: AppendOnlyFile) -> String { "briefing-brief-pack-1/\(file.identity)/\(keysTag)" }

    /// `body` of the pack's contents, the pack opened first when it was not.
    private func withContents<Result>(_ body: (inout Contents) -> Result) -> Result {
        contents.withLock { contents in
            if contents == nil { contents = open() }
            return body(&contents!)
        }
    }

    /// The file and the extent of `name` in it.
    private func find(_ name: Name) -> (file: AppendOnlyFile, extent: Extent)? {
        withContents { contents in
            guard let file = contents.file, let extent = contents.entries[name] else { return nil }
            return (file, extent)
        }
    }

    /// The last build's file and index when they match and the file can be appended to; else a
    /// new, empty file.
    private func open() -> Contents {
        lastBuilds() ?? Contents(file: AppendOnlyFile(creatingIn: folder, name: Self.fileName), entries: [:], changed: true)
    }

    /// The last build's file and index, when they match and the file can be appended to.
    private func lastBuilds() -> Contents? {
        guard let file = AppendOnlyFile(reading: fileURL), file.isWritable,
              let entries = KeyedRecordFile.read(indexURL, magic: magic(file), record: { reader in
                  (try Self.name(&reader), Extent(offset: try reader.int(), count: try reader.int()))
              }) else { return nil }
        return Contents(file: file, entries: entries)
    }

    /// Writes an entry's name.
    private static func write(_ name: Name, to writer: inout BinaryWriter) {
        writer.int(Int(name.kind.rawValue))
        writer.string(name.key)
    }

    /// Reads an entry's name.
    private static func name(_ reader: inout BinaryReader) throws -> Name {
        guard let kind = Kind(rawValue: UInt8(truncatingIfNeeded: try reader.int())) else { throw BinaryReader.Damaged() }
        return Name(kind: kind, key: try reader.string())
    }

    /// Whether an entry of `kind` for cache key `key` is listed.
    func contains(_ key: String, _ kind: Kind) -> Bool { find(Name(kind: kind, key: key)) != nil }

    /// The record of the entry of `kind` for cache key `key`, read after its name; nil when none
    /// is listed or it does not read back as the entry of that name.
    func record(_ key: String, _ kind: Kind) -> BinaryReader? {
        let name = Name(kind: kind, key: key)
        guard let (file, extent) = find(name), let bytes = file.read(at: extent.offset, count: extent.count) else { return nil }
        var reader = BinaryReader(bytes)
        guard (try? Self.name(&reader)) == name else { return nil }
        return reader
    }

    /// Appends the entry of `kind` for cache key `key`, its record written by `body`, in place
    /// of any entry of that name.
    func write(_ key: String, _ kind: Kind, _ body: (inout BinaryWriter) -> Void) {
        let name = Name(kind: kind, key: key)
        var writer = BinaryWriter(capacity: 1 << 14)
        Self.write(name, to: &writer)
        body(&writer)
        let bytes = writer.bytes
        guard let file = withContents({ $0.file }), let offset = file.append(bytes) else { return }
        withContents { contents in
            // Entries made after the file was replaced by `save` are not listed.
            guard contents.file === file else { return }
            contents.entries[name] = Extent(offset: offset, count: bytes.count)
            contents.changed = true
        }
    }

    /// Keeps the entries whose key is in `keys`, and writes the index when it changed, in the
    /// order of the entries in the file: after the live entries were copied to a new file
    /// when more than half of the file is entries no longer listed. A pack this build did not
    /// use is read for its index only.
    func save(keeping keys: Set<String>) {
        contents.withLock { contents in
            guard var kept = contents ?? lastBuilds(), let file = kept.file else { return }
            let listed = kept.entries.count
            kept.entries = kept.entries.filter { keys.contains($0.key.key) }
            guard kept.changed || kept.entries.count < listed else { return }
            let live = kept.entries.values.reduce(0) { $0 + $1.count }
            var target = file
            if file.isMostlyStale(live: live) {
                guard let fresh = AppendOnlyFile(creatingIn: folder, name: Self.fileName), let moved = Self.copy(kept.entries, from: file, to: fresh) else { return }
                target = fresh
                kept.entries = moved
            }
            KeyedRecordFile.write(indexURL, magic: magic(target), kept.entries.sorted { $0.value.offset < $1.value.offset }) { writer, name, extent in
                Self.write(name, to: &writer)
                writer.int(extent.offset)
                writer.int(extent.count)
            }
            target.commit(as: fileURL)
            contents = Contents(file: target, entries: kept.entries)
        }
    }

    /// `entries` of `file` appended to `fresh`, in the order they are in `file`, with their new
    /// extents; nil when one cannot be read or written.
    private static func copy(_ entries: [Name: Extent], from file: AppendOnlyFile, to fresh: AppendOnlyFile) -> [Name: Extent]? {
        var moved: [Name: Extent] = [:]
        moved.reserveCapacity(entries.count)
        for (name, extent) in entries.sorted(by: { $0.value.offset < $1.value.offset }) {
            guard let bytes = file.read(at: extent.offset, count: extent.count), let offset = fresh.append(bytes) else { return nil }
            moved[name] = Extent(offset: offset, count: extent.count)
        }
        return moved
    }
}
