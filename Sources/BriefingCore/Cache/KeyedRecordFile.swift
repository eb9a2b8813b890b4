import Foundation

/// The format of the cache's keyed files (digests, stories, repeat checks, feed HTML): a magic
/// string naming the format and its version, the number of records, then each record, in key
/// order so that the same records give the same file. A file that is missing, of another
/// format or that does not read back completely is ignored as a whole.
enum KeyedRecordFile {
    /// The records of the file at `url`, or nil when it is missing, of another format or damaged.
    static func read<Key: Hashable, Value>(
        _ url: URL, magic: String, record: (inout BinaryReader) throws -> (Key, Value)
    ) -> [Key: Value]? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        var reader = BinaryReader([UInt8](data))
        do {
            guard try reader.string() == magic else { return nil }
            let count = try reader.count()
            var records: [Key: Value] = [:]
            records.reserveCapacity(count)
            for _ in 0..<count {
                let (key, value) = try record(&reader)
                records[key] = value
            }
            return reader.isAtEnd ? records : nil
        } catch {
            return nil
        }
    }

    /// Writes `records` to `url` atomically, ordered by `keys` (each key of `records` once).
    static func write<Key: Hashable, Value>(
        _ url: URL, magic: String, _ records: [Key: Value], keys: [Key], record: (inout BinaryWriter, Key, Value) -> Void
    ) {
        BinaryWriter.writeFile(url) { writer in
            writer.string(magic)
            writer.int(keys.count)
            for key in keys {
                record(&writer, key, records[key]!)
                try writer.flushIfFull()
            }
        }
    }
}
