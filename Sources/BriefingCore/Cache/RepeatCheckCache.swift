import Foundation

/// Results of comparing two articles' texts for a repeated story (`DuplicateStoryDetector`),
/// keyed by the two articles' cache keys, so a rebuild compares only pairs involving a changed
/// article and never reads unchanged articles' texts for it. Read and written as one file; a
/// file that does not read back completely is ignored.
struct RepeatCheckCache: Sendable {
    private(set) var results: [String: Bool] = [:]

    private static let magic = "briefing-repeat-checks-1"

    init() {}

    init(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        var reader = BinaryReader([UInt8](data))
        do {
            guard try reader.string() == Self.magic else { return }
            var results: [String: Bool] = [:]
            for _ in 0..<(try reader.count()) { results[try reader.string()] = try reader.bool() }
            guard reader.isAtEnd else { return }
            self.results = results
        } catch {
            return
        }
    }

    /// The key of the check of the earlier article `a` against the later article `b`.
    static func key(_ a: String, _ b: String) -> String { a + " " + b }

    subscript(key: String) -> Bool? {
        get { results[key] }
        set { results[key] = newValue }
    }

    /// Writes the results atomically, in key order.
    func save(to url: URL) {
        var writer = BinaryWriter()
        writer.string(Self.magic)
        writer.int(results.count)
        for key in results.keys.sorted() {
            writer.string(key)
            writer.bool(results[key]!)
        }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(writer.bytes).write(to: url, options: .atomic)
    }

    /// Where the results are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("repeat-checks") }
}
