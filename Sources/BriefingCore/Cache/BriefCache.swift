import Foundation

/// Remembers each input file's brief, keyed by the file's path and bytes, the reference date
/// and the program itself, so unchanged articles are not ingested and extracted again.
///
/// Lives in `.briefing-cache/<output name>/` beside the output folder. An entry that does not
/// decode, or whose key does not match, is treated as missing and rewritten: a corrupt, stale
/// or half-written cache is never trusted.
public struct BriefCache: Sendable {
    public let folder: URL
    private let salt: String

    /// The cache for a site written to `output`.
    public init(forOutput output: URL, referenceDate: CalendarDate? = nil) {
        let parent = output.standardizedFileURL.deletingLastPathComponent()
        folder = parent.appendingPathComponent(".briefing-cache").appendingPathComponent(output.standardizedFileURL.lastPathComponent)
        salt = ContentHash.toolFingerprint + "|" + (referenceDate?.description ?? "-")
    }

    private struct Entry: Codable {
        var key: String
        var item: BriefPipeline.Item
    }

    /// Key of a file's content at a path.
    public func key(path: String, bytes: [UInt8]) -> String {
        ContentHash.hex(Array((salt + "|" + path + "|").utf8) + bytes)
    }

    /// The cached result for `key`, if a valid one exists.
    public func load(_ key: String) -> BriefPipeline.Item? {
        guard let data = FileManager.default.contents(atPath: url(for: key).path),
              let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key else { return nil }
        return entry.item
    }

    /// Stores `item` under `key`, atomically.
    public func store(_ item: BriefPipeline.Item, as key: String) {
        guard let data = try? JSONEncoder().encode(Entry(key: key, item: item)) else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.write(to: url(for: key), options: .atomic)
    }

    /// Deletes the entries of briefs not in `keys` (articles removed or changed since): cached
    /// briefs and their feed HTML (`FeedContentCache`).
    func prune(keeping keys: Set<String>) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let suffix = [".json", FeedContentCache.suffix].first(where: name.hasSuffix),
                  !keys.contains(String(name.dropLast(suffix.count))) else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Where the site a build replaced is kept, to become the next build's staging folder
    /// (`SitePublisher`).
    var retiredSite: URL { folder.appendingPathComponent("previous-site") }

    /// Removes the whole cache.
    public func clear() throws {
        if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder) }
    }

    private func url(for key: String) -> URL { folder.appendingPathComponent(key + ".json") }
}
