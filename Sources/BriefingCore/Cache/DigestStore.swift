import Foundation

/// The digests of the briefs of the last build and the warnings their files gave, by cache
/// key, in one file read at the start of a build: an unchanged article costs a lookup here
/// instead of decoding its whole cached brief.
///
/// A file that does not read back completely is ignored as a whole (every article then comes
/// from its own cache entry or is made again).
struct DigestStore: Sendable {
    /// What the cache knows of one input file without opening its brief.
    struct Record: Sendable {
        var diagnostics: [Diagnostic]
        /// Nil when the file gave no brief (it was skipped).
        var digest: BriefDigest?
    }

    private(set) var records: [String: Record] = [:]

    private static let magic = "briefing-digests-5"

    init() {}

    init(contentsOf url: URL) {
        records = KeyedRecordFile.read(url, magic: Self.magic) { reader in
            let key = try reader.string()
            let diagnostics = try reader.array { try $0.diagnostic() }
            return (key, Record(diagnostics: diagnostics, digest: try reader.bool() ? try reader.digest() : nil))
        } ?? [:]
    }

    subscript(key: String) -> Record? {
        get { records[key] }
        set { records[key] = newValue }
    }

    /// Writes the records atomically, in key order (the same records give the same file).
    func save(to url: URL) {
        KeyedRecordFile.write(url, magic: Self.magic, records, keys: records.keys.sorted()) { writer, key, record in
            writer.string(key)
            writer.array(record.diagnostics) { $0.diagnostic($1) }
            writer.bool(record.digest != nil)
            if let digest = record.digest { writer.digest(digest) }
        }
    }

    /// Where the digests are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("digests") }
}
