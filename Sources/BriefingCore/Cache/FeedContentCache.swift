import Foundation

/// The HTML of each brief as feeds show it, one entry per brief in the cache's pack
/// (`BriefPack`), named by the brief's cache key: a feed made again after one article changed
/// reads only the entries it shows, not the whole briefs of its other entries, and a build
/// writes only the entries it made. Entries of briefs gone are dropped with the briefs
/// (`BriefCache.prune`).
struct FeedContentCache: Sendable {
    /// The pack of the cache; without one, nothing is kept.
    private let pack: BriefPack?

    /// The ending of the file per entry of earlier versions, which `BriefCache.prune` deletes.
    static let suffix = ".feed.html"

    /// Entries kept in `cache`'s pack; without a cache, nothing is kept.
    init(_ cache: BriefCache?) { pack = cache?.pack }

    /// Whether the feed HTML of the brief with cache key `key` is stored.
    func contains(_ key: String?) -> Bool {
        guard let key, let pack else { return false }
        return pack.contains(key, .feedHTML)
    }

    /// The UTF-8 of the feed HTML of the brief with cache key `key`: stored, or made by `make`
    /// and stored (as a string: the record reads the same as before).
    func html(_ key: String?, make: () throws -> [UInt8]) rethrows -> [UInt8] {
        guard let key, let pack else { return try make() }
        if var record = pack.record(key, .feedHTML), let known = try? record.stringBytes(), record.isAtEnd {
            return Array(known)
        }
        let html = try make()
        pack.write(key, .feedHTML) { $0.utf8(html) }
        return html
    }
}
