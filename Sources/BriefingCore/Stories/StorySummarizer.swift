/// A story's summary across its sources: the most central sentences (lead-biased LexRank over
/// the sentences of all sources), each adding what the chosen ones do not say yet (a sentence
/// too like one already chosen is skipped), up to about 230 words, then put in order — by
/// the source's date, then by the source's order, then by position in the article.
///
/// `StorySummarizer.lexRank` is the plain baseline it is measured against: uniform teleport,
/// every sentence of six words or more, in the order chosen.
public struct StorySummarizer: Sendable {
    /// The summary stops before a sentence would take it past this many words.
    static let maxWords = 230
    /// Cosine above which a sentence repeats one already chosen.
    static let redundancy = 0.5

    /// How strongly the teleport of the walk favours an article's opening sentences (0: none).
    public var leadBias = 1.0
    /// Whether sentences must read as news (no datelines, bylines, captions, questions, bare quotes).
    public var newsOnly = true
    /// Whether the chosen sentences are put in time and reading order (or left in rank order).
    public var chronological = true

    public init() {}

    /// Plain continuous LexRank: damping 0.85, uniform teleport, sentences of six words or
    /// more, best first up to 230 words, skipping sentences with cosine > 0.5 to a chosen one.
    public static let lexRank: StorySummarizer = {
        var plain = StorySummarizer()
        plain.leadBias = 0
        plain.newsOnly = false
        plain.chronological = false
        return plain
    }()

    /// The summary of the articles of one story.
    public func summary(of briefs: [Brief]) -> String {
        let sentences = StorySentences.sentences(of: briefs, newsOnly: newsOnly)
        guard !sentences.isEmpty else { return "" }
        let vectors = TermVectors(numbers: StoryTerms.numbers(sentences.map(\.text)))
        let prior = sentences.map { 1 + leadBias / Double(1 + $0.position) }
        let scores = LexRank.scores(vectors, prior: prior)
        let chosen = Self.pick(sentences: sentences, rows: vectors.rows, scores: scores)
        guard chronological else { return chosen.map { sentences[$0].text }.joined(separator: " ") }
        let ordered = chosen.sorted { a, b in
            let x = sentences[a], y = sentences[b]
            let dx = briefs[x.source].article.published, dy = briefs[y.source].article.published
            if dx != dy, let dx, let dy { return dx < dy }
            if x.source != y.source { return x.source < y.source }
            return x.position < y.position
        }
        return ordered.map { sentences[$0].text }.joined(separator: " ")
    }

    /// Greedy selection by score, skipping sentences too like a chosen one, within `maxWords`.
    static func pick(sentences: [StorySentences.Sentence], rows: [TermVectors.Row], scores: [Double]) -> [Int] {
        let ranked = sentences.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var chosen: [Int] = []
        var words = 0
        for index in ranked {
            guard words + sentences[index].words <= maxWords else { continue }
            if chosen.contains(where: { TermVectors.cosine(rows[$0], rows[index]) > redundancy }) { continue }
            chosen.append(index)
            words += sentences[index].words
            if words >= maxWords - StorySentences.minimumWords { break }
        }
        return chosen
    }
}
