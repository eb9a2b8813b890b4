/// Finds articles that tell the same story in (nearly) the same words — the same article saved
/// twice, or as both `.txt` and `.html` — by comparing sets of word 4-grams of their text.
public struct DuplicateStoryDetector: Sendable {
    /// Share of the shorter text's 4-grams that must also occur in the other text.
    public var containment: Double
    /// Texts whose lengths differ more than this ratio are never duplicates.
    public var minimumLengthRatio: Double

    public init(containment: Double = 0.8, minimumLengthRatio: Double = 0.5) {
        self.containment = containment
        self.minimumLengthRatio = minimumLengthRatio
    }

    /// One article found to repeat an earlier one.
    public struct Duplicate: Sendable, Equatable {
        /// Index of the later article, the one to leave out.
        public var duplicate: Int
        /// Index of the first article telling the story, the one to keep.
        public var original: Int
    }

    /// Later repeats of earlier articles, in order; the first of each story is the original.
    public func duplicates(among articles: [Article]) -> [Duplicate] {
        let shingles = articles.map(Self.shingles)
        var found: [Duplicate] = []
        var repeated: Set<Int> = []
        for later in shingles.indices {
            for earlier in 0..<later where !repeated.contains(earlier) {
                if isSameStory(shingles[earlier], shingles[later]) {
                    found.append(Duplicate(duplicate: later, original: earlier))
                    repeated.insert(later)
                    break
                }
            }
        }
        return found
    }

    /// `items` without later repeats of a story, and one warning per item left out.
    public func removingRepeats<Item>(_ items: [Item], article: (Item) -> Article) -> (kept: [Item], warnings: [Diagnostic]) {
        let articles = items.map(article)
        let found = duplicates(among: articles)
        let left = Set(found.map(\.duplicate))
        let warnings = found.map { d in
            Diagnostic(.warning, stage: "ingest", file: articles[d.duplicate].source,
                       message: "same story as \(articles[d.original].source); one brief kept")
        }
        return (items.indices.filter { !left.contains($0) }.map { items[$0] }, warnings)
    }

    private func isSameStory(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let small = min(a.count, b.count), large = max(a.count, b.count)
        guard small >= 8, Double(small) >= Double(large) * minimumLengthRatio else { return false }
        let shared = (a.count < b.count ? a : b).filter { (a.count < b.count ? b : a).contains($0) }.count
        return Double(shared) >= Double(small) * containment
    }

    /// Lower-cased word 4-grams of the body paragraphs.
    static func shingles(_ article: Article) -> Set<String> {
        let words = article.paragraphs.flatMap { paragraph in
            paragraph.text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        }
        guard words.count >= 4 else { return [] }
        return Set((0...(words.count - 4)).map { words[$0..<($0 + 4)].joined(separator: " ") })
    }
}
