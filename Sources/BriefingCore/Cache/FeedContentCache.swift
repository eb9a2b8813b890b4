import Foundation

/// The HTML of each brief as feeds show it, one small file per brief in the cache folder,
/// named by the brief's cache key: a feed made again after one article changed reads only
/// the entries it shows, not the whole briefs of its other entries, and a build writes only
/// the entries it made. Files are written under a temporary name and renamed into place, and
/// named by a key of the brief's content, so an entry read back is the one written for that
/// brief; they are not synced to disk one by one (a thousand `fsync`s made a first build on
/// a disk wait), so an empty entry, which is what a crash can leave, counts as missing.
/// Entries of briefs gone are removed with the briefs (`BriefCache.prune`).
struct FeedContentCache: Sendable {
    /// The path of the cache folder; without one, nothing is kept.
    private let folder: String?

    static let suffix = ".feed.html"

    /// Entries kept in `cache`'s folder; without a cache, nothing is kept.
    init(_ cache: BriefCache?) { folder = cache?.folder.path }

    /// Where the entry of the brief with cache key `key` is kept (a path made as a string: a
    /// `URL` made per entry cost more than looking the file up).
    private func path(_ key: String?) -> String? {
        guard let key, let folder else { return nil }
        return folder + "/" + key + Self.suffix
    }

    /// Whether the feed HTML of the brief with cache key `key` is stored.
    func contains(_ key: String?) -> Bool {
        guard let path = path(key) else { return false }
        return access(path, F_OK) == 0
    }

    /// The feed HTML of the brief with cache key `key`: stored, or made by `make` and stored.
    func html(_ key: String?, make: () throws -> String) rethrows -> String {
        guard let path = path(key) else { return try make() }
        if let bytes = SourceLoader.contents(ofFile: path), !bytes.isEmpty, let known = String(validating: bytes, as: UTF8.self) {
            return known
        }
        var html = try make()
        try? html.withUTF8 { bytes in try StagedFile.replace(path) { write in try write(UnsafeRawBufferPointer(bytes)) } }
        return html
    }
}
