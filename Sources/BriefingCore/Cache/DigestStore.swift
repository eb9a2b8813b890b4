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

    private static let magic = "briefing-digests-4"

    init() {}

    init(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        var reader = BinaryReader([UInt8](data))
        do {
            guard try reader.string() == Self.magic else { return }
            let count = try reader.count()
            var records: [String: Record] = [:]
            records.reserveCapacity(count)
            for _ in 0..<count {
                let key = try reader.string()
                let diagnostics = try reader.array { try $0.diagnostic() }
                records[key] = Record(diagnostics: diagnostics, digest: try reader.bool() ? try reader.digest() : nil)
            }
            guard reader.isAtEnd else { return }
            self.records = records
        } catch {
            return
        }
    }

    subscript(key: String) -> Record? {
        get { records[key] }
        set { records[key] = newValue }
    }

    /// Writes the records atomically, in key order (the same records give the same file).
    func save(to url: URL) {
        BinaryWriter.writeFile(url) { writer in
            writer.string(Self.magic)
            writer.int(records.count)
            for key in records.keys.sorted() {
                let record = records[key]!
                writer.string(key)
                writer.array(record.diagnostics) { $0.diagnostic($1) }
                writer.bool(record.digest != nil)
                if let digest = record.digest { writer.digest(digest) }
                try writer.flushIfFull()
            }
        }
    }

    /// Where the digests are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("digests") }
}
