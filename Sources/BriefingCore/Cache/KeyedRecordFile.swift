import Foundation

/// The format of the cache's keyed files (digests, stories, repeat checks): a magic string
/// naming the format and its version, the number of records, then each record prefixed by its
/// length in bytes, in key order so that the same records give the same file. The lengths let
/// a reader find every record first and decode them on all cores (a 10,000-article site's
/// digests are about 90 MB). A file that is missing, of another format or that does not read
/// back completely is ignored as a whole.
enum KeyedRecordFile {
    /// The records of the file at `url`, or nil when it is missing, of another format or damaged.
    static func read<Key: Hashable & Sendable, Value: Sendable>(
        _ url: URL, magic: String, record: @escaping @Sendable (inout BinaryReader) throws -> (Key, Value)
    ) -> [Key: Value]? {
        guard let bytes = SourceLoader.contents(ofFile: url.path) else { return nil }
        var reader = BinaryReader(bytes)
        var ranges: [Range<Int>] = []
        do {
            guard try reader.string() == magic else { return nil }
            let count = try reader.count()
            ranges.reserveCapacity(count)
            for _ in 0..<count {
                let length = try reader.count()
                ranges.append(reader.offset..<(reader.offset + length))
                reader.skip(length)
            }
            guard reader.isAtEnd else { return nil }
        } catch {
            return nil
        }
        let found = ranges
        let blocks = ParallelMap.map(Array(stride(from: 0, to: found.count, by: recordsPerTask))) { start -> [(Key, Value)]? in
            var decoded: [(Key, Value)] = []
            for range in found[start..<min(start + recordsPerTask, found.count)] {
                var reader = BinaryReader(bytes, range: range)
                guard let pair = try? record(&reader), reader.isAtEnd else { return nil }
                decoded.append(pair)
            }
            return decoded
        }
        var records: [Key: Value] = [:]
        records.reserveCapacity(ranges.count)
        for block in blocks {
            guard let block else { return nil }
            for (key, value) in block { records[key] = value }
        }
        return records
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
}
