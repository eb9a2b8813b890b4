import Foundation

/// The search postings of the last build (`SearchPostings`), kept in the build cache with the
/// cache key of the brief at each position: a rebuild after a few articles changed reads the
/// search details of those briefs alone and updates the postings
/// (`SearchPostings.replacing`), rather than reading every brief's details and finding every
/// term again. A file that does not read back whole, or holds the keys of another program or
/// reference date, is ignored, and so is one whose briefs differ at more than
/// `changedShare` of the positions: the whole reading is then as quick.
struct SearchPostingsFile: Sendable {
    /// Where the postings are kept.
    let url: URL
    /// The format, then the tag of the cache's keys (`BriefCache.keysTag`).
    private let magic: String

    /// The most briefs, as a share of them all, that may differ for the postings to be updated.
    static let changedShare = 0.125

    init(in cache: BriefCache) {
        self.init(url: cache.folder.appendingPathComponent("search-postings"), keysTag: cache.keysTag)
    }

    /// Postings kept at `url` for keys tagged `keysTag`.
    init(url: URL, keysTag: String) {
        self.url = url
        magic = "briefing-search-postings-1/" + keysTag
    }

    /// The postings of `briefs`, known by their cache keys (`BriefDigest.key`, nil when a brief
    /// has none): the kept postings updated when they are of nearly the same briefs in the same
    /// order, else made from every brief's details. Either way they are kept for the next build,
    /// unless they are those already kept or a brief has no key.
    func postings(of briefs: [BriefDigest]) -> SearchPostings {
        postings(keys: briefs.map(\.key), search: { briefs[$0].details.search }, all: { SearchPostings(briefs) })
    }

    /// `postings(of:)` of the briefs whose search details `search` gives by position,
    /// `all` making the postings of every brief.
    func postings(keys: [String?], search: (Int) -> DigestDetails.Search, all: () -> SearchPostings) -> SearchPostings {
        if let (kept, changed) = read(keys: keys) {
            if changed.isEmpty { return kept }
            if let updated = kept.replacing(changed, with: changed.map(search)) {
                save(updated, keys: keys)
                return updated
            }
        }
        let made = all()
        save(made, keys: keys)
        return made
    }

    /// The kept postings and the positions whose brief is not the one they were made of, when
    /// they are of as many briefs as `keys` and few enough differ.
    private func read(keys: [String?]) -> (SearchPostings, changed: [Int])? {
        guard !keys.contains(nil), let bytes = SourceLoader.contents(ofFile: url.path) else { return nil }
        var reader = BinaryReader(bytes)
        guard (try? reader.string()) == magic, let count = try? reader.count(), count == keys.count else { return nil }
        var changed: [Int] = []
        for position in 0..<count {
            guard let key = try? reader.string() else { return nil }
            if key != keys[position] { changed.append(position) }
        }
        guard Double(changed.count) <= Self.changedShare * Double(max(count, 1)),
              let terms = try? reader.strings(), let starts = try? reader.int32s(count: terms.count + 1),
              let postingCount = starts.last.map(Int.init), let briefs = try? reader.int32s(count: postingCount),
              let weights = try? reader.uint8s(count: postingCount), let snippets = try? reader.strings(), reader.isAtEnd,
              let postings = SearchPostings(terms: terms, starts: starts.map(Int.init), briefs: briefs, weights: weights, snippets: snippets)
        else { return nil }
        return (postings, changed)
    }

    /// Writes `postings`, of the briefs with cache keys `keys`, atomically; nothing when a
    /// brief has no key.
    private func save(_ postings: SearchPostings, keys: [String?]) {
        let keys = keys.compactMap { $0 }
        guard keys.count == postings.snippets.count, postings.briefs.count <= Int(Int32.max) else { return }
        BinaryWriter.writeFile(url.path) { writer in
            // Long arrays written a piece at a time, so that the writer hands the file a megabyte at a time.
            func inPieces<T>(_ values: [T], _ write: (inout BinaryWriter, ArraySlice<T>) -> Void) throws {
                for start in stride(from: 0, to: values.count, by: 1 << 18) {
                    write(&writer, values[start..<min(start + 1 << 18, values.count)])
                    try writer.flushIfFull()
                }
            }
            // Strings as `BinaryWriter.strings` writes them.
            func strings(_ values: [String]) throws {
                writer.int(values.count)
                for value in values {
                    writer.string(value)
                    try writer.flushIfFull()
                }
            }
            writer.string(magic)
            try strings(keys)
            try strings(postings.terms)
            try inPieces(postings.starts.map { Int32(truncatingIfNeeded: $0) }) { $0.rawInt32s($1) }
            try inPieces(postings.briefs) { $0.rawInt32s($1) }
            try inPieces(postings.weights) { $0.rawBytes($1) }
            try strings(postings.snippets)
        }
    }
}
