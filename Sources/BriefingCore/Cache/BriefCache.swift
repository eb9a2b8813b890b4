import Foundation

/// Remembers each input file's brief, keyed by the file's path and bytes, the reference date
/// and the program itself, so unchanged articles are not ingested and extracted again.
///
/// Lives in `.briefing-cache/<output name>/` beside the output folder, its briefs in one file
/// (`BriefPack`). An entry that does not decode, or whose name does not match, is treated as
/// missing and made again: a corrupt, stale or half-written cache is never trusted.
public struct BriefCache: Sendable {
    public let folder: URL
    private let salt: String
    /// The cached briefs and their feed HTML.
    let pack: BriefPack

    /// The cache for a site written to `output`.
    public init(forOutput output: URL, referenceDate: CalendarDate? = nil) {
        let parent = output.standardizedFileURL.deletingLastPathComponent()
        folder = parent.appendingPathComponent(".briefing-cache").appendingPathComponent(output.standardizedFileURL.lastPathComponent)
        salt = ContentHash.toolFingerprint + "|" + (referenceDate?.description ?? "-")
        keysTag = Self.keysTag(salt)
        pack = BriefPack(in: folder, keysTag: keysTag)
    }

    /// A cache in `folder` that only the build making it reads (`ScratchFolder`): its keys
    /// name no content, only a path (`key(path:bytes:)` of no bytes).
    init(scratch folder: URL) {
        self.folder = folder
        salt = "scratch"
        keysTag = Self.keysTag(salt)
        pack = BriefPack(in: folder, keysTag: keysTag)
    }

    /// Each brief in the pack holds the item (`BinaryWriter.item`), its long strings shared
    /// (`BinaryWriter.shareStrings`). The `<key>.brief` and `<key>.json` files of earlier
    /// versions are deleted by `prune`.
    static let entrySuffix = ".brief"
    private static let legacySuffix = ".json"

    /// Key of a file's content at a path.
    public func key(path: String, bytes: [UInt8]) -> String {
        Self.key(salt, path: path, bytes: bytes)
    }

    private static func key(_ salt: String, path: String, bytes: [UInt8]) -> String {
        ContentHash.hex(Array((salt + "|" + path + "|").utf8) + bytes)
    }

    /// A name for the keys this cache gives (the key of an empty file at no path), which its
    /// other files (digests, stamps, stories, repeat checks, page manifest) begin with: files
    /// made by another program or for another reference date name keys this build would not
    /// give, and are not read at all (rather than read and found to match nothing).
    let keysTag: String

    private static func keysTag(_ salt: String) -> String { key(salt, path: "", bytes: []) }

    /// The cached result for `key`, if a valid one exists, its brief without the article's
    /// source text (`store`); a damaged, truncated or foreign entry reads as missing.
    public func load(_ key: String) -> BriefPipeline.Item? {
        guard var reader = pack.record(key, .brief) else { return nil }
        reader.shareStrings()
        guard let item = try? reader.item(), reader.isAtEnd else { return nil }
        return item
    }

    /// Stores `item` under `key`, its brief without the article's source text (`Article.text`,
    /// the whole file as decoded): no page shows it, a third of a news brief's entry was it, and
    /// whoever reads an entry for a file at hand decodes it again (`BriefPipeline.process`).
    public func store(_ item: BriefPipeline.Item, as key: String) {
        var item = item
        item.brief?.article.text = ""
        pack.write(key, .brief) { writer in
            writer.shareStrings()
            writer.item(item)
        }
    }

    /// Files of earlier versions that no build reads: the feed HTML of every brief in one file,
    /// and the currency tables (compiled in since: `CurrencyTableSnapshot`).
    private static let legacyFiles: Set<String> = ["feed-content", "currency-tables"]

    /// Drops the entries not in `keys` and saves the pack (`BriefPack.save`): cached briefs and
    /// their feed HTML (`FeedContentCache`) of articles removed or changed since. Deletes the
    /// timeline years (`TimelineYearCache`) this build did not use, every entry or file of
    /// earlier formats, and the temporary files of builds that were stopped.
    func prune(keeping keys: Set<String>) {
        pack.save(keeping: keys)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where Self.isStale(name, keeping: keys) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// Whether the cache file `name` belongs to no timeline year in `keys`, to an earlier
    /// format, or is the temporary file (".NAME.PID.tmp") of a build that was stopped.
    private static func isStale(_ name: String, keeping keys: Set<String>) -> Bool {
        if legacyFiles.contains(name) { return true }
        if name.hasPrefix("."), name.hasSuffix(".tmp") {
            return name.split(separator: ".").dropLast().last.flatMap { Int32($0) }.map(ScratchFolder.hasEnded) ?? false
        }
        guard let suffix = [entrySuffix, FeedContentCache.suffix, TimelineYearCache.suffix, legacySuffix].first(where: name.hasSuffix) else { return false }
        return suffix != TimelineYearCache.suffix || !keys.contains(String(name.dropLast(suffix.count)))
    }

    /// Where the site a build replaced is kept, to become the next build's staging folder
    /// (`SitePublisher`).
    var retiredSite: URL { folder.appendingPathComponent("previous-site") }

    /// Removes the whole cache.
    public func clear() throws {
        if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder) }
    }
}
