import Foundation
import Synchronization

/// The HTML of each brief as feeds show it, by the brief's cache key, so that a feed made
/// again after one article changed does not read the whole briefs of its other entries. One
/// file, read when a feed first needs an entry and written only when entries were added; a
/// file that does not read back completely is ignored.
final class FeedContentCache: Sendable {
    private let url: URL?
    private struct State {
        var loaded = false
        var entries: [String: String] = [:]
        var added = false
    }
    private let state = Mutex(State())

    private static let magic = "briefing-feed-content-1"

    /// A cache kept at `url`; without one, nothing is kept.
    init(url: URL?) { self.url = url }

    /// The feed HTML of the brief with cache key `key`: stored, or made by `make` and stored.
    func html(_ key: String?, make: () throws -> String) rethrows -> String {
        guard let key, url != nil else { return try make() }
        if let known = state.withLock({ state -> String? in
            if !state.loaded { state = State(loaded: true, entries: load(), added: false) }
            return state.entries[key]
        }) { return known }
        let html = try make()
        state.withLock { $0.entries[key] = html; $0.added = true }
        return html
    }

    private func load() -> [String: String] {
        guard let url else { return [:] }
        return KeyedRecordFile.read(url, magic: Self.magic) { reader in (try reader.string(), try reader.string()) } ?? [:]
    }

    /// Writes the entries of the briefs with cache keys `keys`, when entries were added.
    func save(keeping keys: Set<String>) {
        guard let url else { return }
        let entries = state.withLock { $0.added ? $0.entries : nil }
        guard let entries else { return }
        KeyedRecordFile.write(url, magic: Self.magic, entries, keys: entries.keys.filter(keys.contains).sorted()) { writer, key, html in
            writer.string(key)
            writer.string(html)
        }
    }

    /// Where the feed HTML is kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("feed-content") }
}
