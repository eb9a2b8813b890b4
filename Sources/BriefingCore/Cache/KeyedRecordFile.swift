import Foundation

/// The format of the cache's keyed files (digests, stories, repeat checks): a magic string
/// naming the format and its version, the number of records, then each record prefixed by its
/// length in bytes, in key order so that the same records give the same file. The lengths let
/// a reader find every record first and decode them on all cores (a 10,000-article site's
/// digests are about 9 MB). A file that is missing, of another format or that does not read
/// back completely is ignored as a whole.
///
/// A log file (`readLog`, `append`) is the same, followed by blocks appended by later builds,
/// each again a count and that many records: a record read later replaces an earlier one of
/// its key. A block cut short (a build stopped while appending) has fewer records than its
/// count says, or a record shorter than its length, so the file reads as damaged.
enum KeyedRecordFile {
    /// The records of the file at `url`, or nil when it is missing, of another format or damaged.
    static func read<Key: Hashable & Sendable, Value: Sendable>(
        _ url: URL, magic: String, record: @escaping @Sendable (inout BinaryReader) throws -> (Key, Value)
    ) -> [Key: Value]? {
        records(url, magic: magic, blocks: false) { reader -> (Key, Value?) in
            let (key, value) = try record(&reader)
            return (key, value)
        }?.records
    }

    /// The records of the log file at `url`, each key's last one, those read as nil (a key
    /// removed) left out; and how many records the file holds in all. Nil when the file is
    /// missing, of another format or damaged.
    static func readLog<Key: Hashable & Sendable, Value: Sendable>(
        _ url: URL, magic: String, record: @escaping @Sendable (inout BinaryReader) throws -> (Key, Value?)
    ) -> (records: [Key: Value], count: Int)? {
        records(url, magic: magic, blocks: true, record: record)
    }

    /// The records of the file at `url` (its first block, or with `blocks` all of them), decoded
    /// on all cores and taken in file order: a later record of a key replaces an earlier one,
    /// one read as nil removes it. Nil when the file is missing, of another format or damaged.
    private static func records<Key: Hashable & Sendable, Value: Sendable>(
        _ url: URL, magic: String, blocks: Bool, record: @escaping @Sendable (inout BinaryReader) throws -> (Key, Value?)
    ) -> (records: [Key: Value], count: Int)? {
        guard let bytes = SourceLoader.contents(ofFile: url.path), let ranges = recordRanges(bytes, magic: magic, blocks: blocks) else { return nil }
        var records: [Key: Value] = [:]
        records.reserveCapacity(ranges.count)
        for run in decoded(bytes, ranges, record: record) {
            guard let run else { return nil }
            for (key, value) in run { records[key] = value }
        }
        return (records, ranges.count)
    }

    /// Where each record of `bytes` is, after `magic`: one block, or with `blocks` every block
    /// to the end; nil when the bytes are of another format or damaged.
    private static func recordRanges(_ bytes: [UInt8], magic: String, blocks: Bool) -> [Range<Int>]? {
        var reader = BinaryReader(bytes)
        var ranges: [Range<Int>] = []
        do {
            guard try reader.string() == magic else { return nil }
            repeat {
                let count = try reader.count()
                // Room for the first block, the whole file but for later appends.
                if ranges.isEmpty { ranges.reserveCapacity(count) }
                for _ in 0..<count {
                    let length = try reader.count()
                    ranges.append(reader.offset..<(reader.offset + length))
                    reader.skip(length)
                }
            } while blocks && !reader.isAtEnd
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
        return ranges
    }

    /// The records at `ranges` of `bytes`, decoded on all cores, in runs of `recordsPerTask` in
    /// file order; a run is nil when one of its records does not decode to its end.
    private static func decoded<Key: Sendable, Value: Sendable>(
        _ bytes: [UInt8], _ ranges: [Range<Int>], record: @escaping @Sendable (inout BinaryReader) throws -> (Key, Value)
    ) -> [[(Key, Value)]?] {
        ParallelMap.map(Array(stride(from: 0, to: ranges.count, by: recordsPerTask))) { start -> [(Key, Value)]? in
            var decoded: [(Key, Value)] = []
            for range in ranges[start..<min(start + recordsPerTask, ranges.count)] {
                var reader = BinaryReader(bytes, range: range)
                guard let pair = try? record(&reader), reader.isAtEnd else { return nil }
                decoded.append(pair)
            }
            return decoded
        }
    }

    /// Records decoded per parallel task.
    static let recordsPerTask = 256

    /// Writes `records` to `url` atomically, in the order given (each key once), as a sorted
    /// dictionary gives them. Each record is written into one scratch writer to learn its
    /// length, not into a writer of its own.
    static func write<Key, Value>(
        _ url: URL, magic: String, _ records: [(key: Key, value: Value)], record: (inout BinaryWriter, Key, Value) -> Void
    ) {
        BinaryWriter.writeFile(url.path) { writer in
            writer.string(magic)
            try block(records, into: &writer, record: record)
        }
    }

    /// Appends `records` as one block to the log file at `url`, with one `write` on a descriptor
    /// opened to append (`O_APPEND`): a block is never written into the middle of another's,
    /// and one cut short makes the file read as damaged. False, leaving the file as it was or
    /// cut short, when the file is missing, does not begin with `magic` (another build
    /// replaced it) or the block could not be written whole.
    static func append<Key, Value>(
        _ url: URL, magic: String, _ records: [(key: Key, value: Value)], record: (inout BinaryWriter, Key, Value) -> Void
    ) -> Bool {
        var header = BinaryWriter()
        header.string(magic)
        var writer = BinaryWriter()
        // An in-memory writer (no sink) holds every byte until written.
        guard (try? block(records, into: &writer, record: record)) != nil else { return false }
        let descriptor = open(url.path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let expected = header.bytes
        var found = [UInt8](repeating: 0, count: expected.count)
        guard pread(descriptor, &found, found.count, 0) == found.count, found == expected else { return false }
        return writer.withBytes { bytes in
            var written: Int
            repeat { written = Foundation.write(descriptor, bytes.baseAddress, bytes.count) } while written < 0 && errno == EINTR
            return written == bytes.count
        }
    }

    /// Writes the count of `records` and each record prefixed by its length.
    private static func block<Key, Value>(
        _ records: [(key: Key, value: Value)], into writer: inout BinaryWriter, record: (inout BinaryWriter, Key, Value) -> Void
    ) throws {
        writer.int(records.count)
        var one = BinaryWriter()
        for (key, value) in records {
            one.clear()
            record(&one, key, value)
            writer.int(one.count)
            writer.raw(one)
            try writer.flushIfFull()
        }
    }
}
