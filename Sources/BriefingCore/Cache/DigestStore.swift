import Foundation

/// The digests of the briefs of the last build and the warnings their files gave, by cache
/// key, in one file read at the start of a build: an unchanged article costs a lookup here
/// instead of decoding its whole cached brief. The large part of each digest (`DigestDetails`)
/// stays in the detail file (`DigestDetailFile`) the store names by its identity.
///
/// A file that does not read back completely, whose detail file is missing or another
/// build's, or that holds the keys of another program or reference date, is ignored as a
/// whole (every article then comes from its own cache entry or is made again).
struct DigestStore: Sendable {
    /// What the cache knows of one input file without opening its brief.
    struct Record: Sendable {
        var diagnostics: [Diagnostic]
        /// Nil when the file gave no brief (it was skipped).
        var digest: BriefDigest?
    }

    private(set) var records: [String: Record] = [:]
    /// The detail file the records were read against.
    private(set) var details: DigestDetailFile?

    /// The format, followed by the identity of the detail file the records point into and the
    /// tag of the cache's keys (`BriefCache.keysTag`).
    private static func magic(_ details: DigestDetailFile, _ cache: BriefCache) -> String {
        "briefing-digests-9/\(details.identity)/\(cache.keysTag)"
    }

    init() {}

    /// The store at `url`, whose details are in the detail file at `details`, when it holds
    /// `cache`'s keys. A store of other keys reads as empty, so its detail file, every detail
    /// of which is stale, is not offered for appending (`appendableDetails`).
    init(contentsOf url: URL, details detailsURL: URL, cache: BriefCache) {
        guard let details = DigestDetailFile(reading: detailsURL) else { return }
        self.details = details
        records = KeyedRecordFile.read(url, magic: Self.magic(details, cache)) { reader in
            let key = try reader.string()
            let diagnostics = try reader.array { try $0.diagnostic() }
            return (key, Record(diagnostics: diagnostics, digest: try reader.bool() ? try reader.digest(details: details) : nil))
        } ?? [:]
    }

    /// The detail file the records were read against, for this build to append its new
    /// details to, while at least half of it is details the records point to; nil when a
    /// build should start a new file (and copy the live details into it).
    var appendableDetails: DigestDetailFile? {
        guard let details, details.isWritable, !records.isEmpty else { return nil }
        let live = records.values.reduce(0) { $0 + ($1.digest?.details.sectionLengths.reduce(0, +) ?? 0) }
        return details.byteCount <= 2 * live + DigestDetailFile.headerSize ? details : nil
    }

    subscript(key: String) -> Record? {
        get { records[key] }
        set { records[key] = newValue }
    }

    /// Writes the records atomically, in key order (the same records give the same file), with
    /// their details in `details` (appended to it when they are not there yet).
    func save(to url: URL, details: DigestDetailFile, cache: BriefCache) {
        var ordered: [(key: String, value: (record: Record, offset: Int))] = []
        ordered.reserveCapacity(records.count)
        for (key, record) in records.sorted(by: { $0.key < $1.key }) {
            var offset = 0
            if let digest = record.digest {
                // A store whose details cannot all be written is not written at all.
                guard let stored = digest.details.stored(in: details)?.offset(in: details) else { return }
                offset = stored
            }
            ordered.append((key, (record, offset)))
        }
        KeyedRecordFile.write(url, magic: Self.magic(details, cache), ordered) { writer, key, entry in
            writer.string(key)
            writer.array(entry.record.diagnostics) { $0.diagnostic($1) }
            writer.bool(entry.record.digest != nil)
            if let digest = entry.record.digest { writer.digest(digest, detailsAt: entry.offset) }
        }
    }

    /// Where the digests are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("digests") }
}
