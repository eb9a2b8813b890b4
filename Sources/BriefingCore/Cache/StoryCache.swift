import Foundation

/// Stories assembled by earlier builds, keyed by the cache keys of their sources in order, so
/// a rebuild assembles only the stories whose sources changed. Read and written as one file;
/// a file that does not read back completely, or that holds the keys of another program or
/// reference date, is ignored.
struct StoryCache: Sendable {
    private(set) var stories: [String: Story] = [:]

    /// The format, followed by the tag of the cache's keys (`BriefCache.keysTag`).
    private static func magic(_ cache: BriefCache) -> String { "briefing-stories-3/" + cache.keysTag }

    init() {}

    /// The stories saved at `url` for `cache`'s keys.
    init(contentsOf url: URL, cache: BriefCache) {
        stories = KeyedRecordFile.read(url, magic: Self.magic(cache)) { reader in (try reader.string(), try reader.story()) } ?? [:]
    }

    /// The key of the story told by the briefs with cache keys `keys` (in input order).
    static func key(_ keys: [String]) -> String { keys.joined(separator: "+") }

    subscript(key: String) -> Story? {
        get { stories[key] }
        set { stories[key] = newValue }
    }

    /// Writes the stories atomically, in key order.
    func save(to url: URL, cache: BriefCache) {
        KeyedRecordFile.write(url, magic: Self.magic(cache), stories.sorted { $0.key < $1.key }) { writer, key, story in
            writer.string(key)
            writer.story(story)
        }
    }

    /// Where the stories are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("stories") }
}
