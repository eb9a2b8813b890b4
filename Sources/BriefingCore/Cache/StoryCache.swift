import Foundation

/// Stories assembled by earlier builds, keyed by the cache keys of their sources in order, so
/// a rebuild assembles only the stories whose sources changed. Read and written as one file;
/// a file that does not read back completely is ignored.
struct StoryCache: Sendable {
    private(set) var stories: [String: Story] = [:]

    private static let magic = "briefing-stories-1"

    init() {}

    init(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        var reader = BinaryReader([UInt8](data))
        do {
            guard try reader.string() == Self.magic else { return }
            var stories: [String: Story] = [:]
            for _ in 0..<(try reader.count()) { stories[try reader.string()] = try reader.story() }
            guard reader.isAtEnd else { return }
            self.stories = stories
        } catch {
            return
        }
    }

    /// The key of the story told by the briefs with cache keys `keys` (in input order).
    static func key(_ keys: [String]) -> String { keys.joined(separator: "+") }

    subscript(key: String) -> Story? {
        get { stories[key] }
        set { stories[key] = newValue }
    }

    /// Writes the stories atomically, in key order.
    func save(to url: URL) {
        BinaryWriter.writeFile(url) { writer in
            writer.string(Self.magic)
            writer.int(stories.count)
            for key in stories.keys.sorted() {
                writer.string(key)
                writer.story(stories[key]!)
                try writer.flushIfFull()
            }
        }
    }

    /// Where the stories are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("stories") }
}
