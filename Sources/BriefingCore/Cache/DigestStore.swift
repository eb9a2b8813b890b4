import Foundation

/// The digests of the briefs of the last build and the warnings their files gave, by cache
/// key, in one file read at the start of a build: an unchanged article costs a lookup here
/// instead of decoding its whole cached brief. The large part of each digest (`DigestDetails`)
/// stays in the detail file (an `AppendOnlyFile`) the store names by its identity.
///
/// The file is a log (`KeyedRecordFile.readLog`): a rebuild that appends to the last build's
/// detail file appends to it only the records of its new keys and the removal of the keys it
/// no longer has (a key alone), instead of writing every record again; once the file would
/// hold more stale records than `staleAllowance` admits, it is written anew, in key order
/// (`save`).
///
/// A file that does not read back completely (a build stopped while appending), whose detail
/// file is missing or another build's, or that holds the keys of another program or reference
/// date, is ignored as a whole (every article then comes from its own cache entry or is made
/// again).
struct DigestStore: Sendable {
    /// What the cache knows of one input file without opening its brief.
    struct Record: Sendable {
        var diagnostics: [Diagnostic]
        /// Nil when the file gave no brief (it was skipped).
        var digest: BriefDigest?
    }

    private(set) var records: [String: Record] = [:]
    /// The detail file the records were read against.
    private(set) var details: AppendOnlyFile?
    /// The records in the file read, replaced and removed ones included; nil when no file
    /// was read.
    private(set) var loggedCount: Int?
    /// The keys whose records were set other than as the store read holds them
    /// (`keep(_:_:known:)`): those `save` appends.
    private var unknownKeys: [String] = []
    /// How many records were kept as the store read holds them.
    private var knownCount = 0

    /// The format, followed by the identity of the detail file the records point into and the
    /// tag of the cache's keys (`BriefCache.keysTag`).
    private static func magic(_ details: AppendOnlyFile, _ cache: BriefCache) -> String {
        "briefing-digests-11/\(details.identity)/\(cache.keysTag)"
    }

    init() {}

    /// An empty store with room for `capacity` records.
    init(capacity: Int) { records.reserveCapacity(capacity) }

    /// The store at `url`, whose details are in the detail file at `details`, when it holds
    /// `cache`'s keys. A store of other keys reads as empty, so its detail file, every detail
    /// of which is stale, is not offered for appending (`appendableDetails`).
    init(contentsOf url: URL, details detailsURL: URL, cache: BriefCache) {
        guard let details = AppendOnlyFile(reading: detailsURL) else { return }
        self.details = details
        let log = KeyedRecordFile.readLog(url, magic: Self.magic(details, cache)) { reader -> (String, Record?) in
            let key = try reader.string()
            // A key alone: the key was removed.
            guard !reader.isAtEnd else { return (key, nil) }
            let diagnostics = try reader.array { try $0.diagnostic() }
            return (key, Record(diagnostics: diagnostics, digest: try reader.bool() ? try reader.digest(details: details) : nil))
        }
        guard let log else { return }
        records = log.records
        loggedCount = log.count
    }

    /// The detail file the records were read against, for this build to append its new
    /// details to, while at least half of it is details the records point to; nil when a
    /// build should start a new file (and copy the live details into it).
    var appendableDetails: AppendOnlyFile? {
        guard let details, details.isWritable, !records.isEmpty else { return nil }
        let live = records.values.reduce(0) { $0 + ($1.digest?.details.sectionLengths.reduce(0, +) ?? 0) }
        return details.isMostlyStale(live: live) ? nil : details
    }

    subscript(key: String) -> Record? {
        get { records[key] }
        set {
            records[key] = newValue
            unknownKeys.append(key)
        }
    }

    /// Sets the record of `key` (each key once); `known` when it is the record the store read
    /// at the start of the build holds for it, its details where they were, which `save` then
    /// need not append again.
    mutating func keep(_ key: String, _ record: Record, known: Bool) {
        records[key] = record
        if known { knownCount += 1 } else { unknownKeys.append(key) }
    }

    /// One record as saved: nil for a key removed; the offset of its details in the detail file
    /// (0 without a digest).
    private typealias Entry = (key: String, value: (record: Record?, offset: Int))

    /// Saves the records with their details in `details` (appended to it when they are not
    /// there yet). When `last`, the store read at the start of the build, was read from `url`
    /// against `details`, only the records not kept as it holds them (`keep(_:_:known:)`) and
    /// the removal of its keys these records lack are appended to the file, in one write,
    /// unless the file would then hold more records beyond this store's than `staleAllowance`
    /// admits (or the append fails). Else the file is written anew, atomically, in key order: the same
    /// records give the same file.
    ///
    /// Two builds of the same site at once each append their changes to the store both read,
    /// each in one write: the file then holds both, the later one's records and removals read
    /// last. Every record in a file points into the detail file its header names, whose bytes
    /// are never changed, so what is read stays true, whatever the interleaving: a key one build
    /// added and the other did not remove stays, and is read at worst without its cached brief
    /// (made again when a page needs it). A block appended to a file that the other build has
    /// just replaced goes with the old file; a file whose header names another detail file is
    /// not appended to.
    func save(to url: URL, details: AppendOnlyFile, cache: BriefCache, after last: DigestStore = DigestStore()) {
        let magic = Self.magic(details, cache)
        if let logged = last.loggedCount, last.details === details {
            // A store whose details cannot all be written is not written at all.
            guard let changes = changes(since: last, details: details) else { return }
            if changes.isEmpty { return }
            if logged + changes.count <= records.count + Self.staleAllowance(live: records.count), KeyedRecordFile.append(url, magic: magic, changes, record: Self.write) { return }
        }
        var ordered: [Entry] = []
        ordered.reserveCapacity(records.count)
        for (key, record) in records.sorted(by: { $0.key < $1.key }) {
            guard let offset = Self.offset(of: record, in: details) else { return }
            ordered.append((key, (record, offset)))
        }
        KeyedRecordFile.write(url, magic: magic, ordered, record: Self.write)
    }

    /// The most records a file of `live` records may hold beside them (replaced records and
    /// removals) before `save` writes it anew: every read decodes them all (a file of twice its
    /// live records, 10,000 of them, read in about 60 ms more CPU and 130 ms more time), while
    /// writing it anew costs about 25 ms once per allowance spent (two records a one-edit
    /// rebuild).
    static func staleAllowance(live: Int) -> Int { max(16, live / 16) }

    /// In key order, the records not kept as `last` holds them (`keep(_:_:known:)`) and the
    /// keys of `last` this store lacks, as removals; nil when details cannot be written.
    private func changes(since last: DigestStore, details: AppendOnlyFile) -> [Entry]? {
        var changes: [Entry] = []
        for key in Set(unknownKeys) {
            guard let record = records[key] else { continue }
            guard let offset = Self.offset(of: record, in: details) else { return nil }
            changes.append((key, (record, offset)))
        }
        // Every key of `last` is here when as many records were kept as it holds.
        if knownCount < last.records.count {
            for key in last.records.keys where records.index(forKey: key) == nil { changes.append((key, (nil, 0))) }
        }
        changes.sort { $0.key < $1.key }
        return changes
    }

    /// Where the details of `record`'s digest are in `details`, stored there when they are
    /// not yet; 0 without a digest, nil when they cannot be written.
    private static func offset(of record: Record, in details: AppendOnlyFile) -> Int? {
        guard let digest = record.digest else { return 0 }
        return digest.details.stored(in: details)?.offset(in: details)
    }

    /// Writes an entry: its key, then its record unless it is a removal.
    private static func write(_ writer: inout BinaryWriter, key: String, entry: (record: Record?, offset: Int)) {
        writer.string(key)
        guard let record = entry.record else { return }
        writer.array(record.diagnostics) { $0.diagnostic($1) }
        writer.bool(record.digest != nil)
        if let digest = record.digest { writer.digest(digest, detailsAt: entry.offset) }
    }

    /// Where the digests are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("digests") }

    /// The name of the digests' detail file in a cache folder.
    static let detailsName = "digest-details"

    /// Where the details of the last build's digests are kept.
    static func detailsURL(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent(detailsName) }
}
