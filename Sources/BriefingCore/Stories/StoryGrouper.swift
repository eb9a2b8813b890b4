/// Groups briefs into stories: articles that report the same event, not merely the same topic.
///
/// Texts are compared by TF-IDF cosine over content words, names weighing more than other
/// words; candidate pairs come from an inverted index (`CandidatePairs`), each pair's
/// similarity is adjusted by what extraction knows (event dates that differ argue against a
/// merge, one dateline place for) and `AverageLinkage` merges clusters down to `threshold`.
/// The result depends only on the briefs and their order.
public struct StoryGrouper: Sendable {
    /// Tunable weights of the pair similarity.
    public struct Options: Sendable {
        /// The lowest mean similarity at which two clusters merge (tuned on ECB+ odd topics).
        public var threshold = 0.2
        /// How much more a word written as a name counts than a common word.
        public var nameBoost = 2.0
        /// Factor on the similarity of two articles whose main events are days apart.
        public var dateMismatch = 0.5
        /// Factor on the similarity of two articles whose years do not overlap.
        public var yearMismatch = 0.25
        /// Factor on the similarity of two articles filed from the same place.
        public var samePlace = 1.2
        /// Texts with fewer content words than this are fragments: alone, they join the story
        /// they share the most with (`attachingShortTexts`).
        public var shortText = 80
        /// The least similarity at which such a fragment joins a story: half the cut.
        public var fragmentJoins = 0.1

        public init() {}
    }

    public var options: Options

    /// Texts without any of the words, counted in the inverse document frequency: a prior that
    /// keeps a handful of articles comparable with the cut tuned on hundreds.
    static let pseudoDocuments = 100.0

    /// Candidate pairs scored per parallel task.
    static let pairsPerTask = 4096

    public init(options: Options = Options()) {
        self.options = options
    }

    /// The stories of `briefs`: every brief in exactly one story, sources in input order,
    /// stories ordered by their first source.
    public func stories(of briefs: [Brief]) -> [Story] {
        stories(of: briefs, in: groups(of: briefs))
    }

    /// The stories of `briefs` grouped as `groups` (from `groups(of:)`).
    public func stories(of briefs: [Brief], in groups: [[Int]]) -> [Story] {
        ParallelMap.map(groups) { group in StoryAssembler().story(group.map { briefs[$0] }) }
    }

    /// The groups of `briefs` as lists of indices into it: every index in exactly one group,
    /// indices ascending, groups ordered by their first index.
    public func groups(of briefs: [Brief]) -> [[Int]] {
        groups(of: ParallelMap.map(briefs, StoryDocument.init))
    }

    /// The groups of the briefs whose `StoryDocument`s are `documents`, as `groups(of:)`.
    func groups(of documents: [StoryDocument]) -> [[Int]] {
        let edges = similarities(of: documents)
        let clusters = AverageLinkage(threshold: options.threshold).clusters(count: documents.count, edges: edges)
        let joining = edges.lazy.filter { $0.2 >= options.fragmentJoins }
        return Self.attachingShortTexts(clusters, edges: joining) { documents[$0].length < options.shortText }
    }

    /// The similarity of each candidate pair of `briefs` above zero, as (index, index, similarity)
    /// with the first index the smaller: what the linkage merges by.
    public func similarities(of briefs: [Brief]) -> [(Int, Int, Double)] {
        similarities(of: ParallelMap.map(briefs, StoryDocument.init))
    }

    /// `clusters` with each text too short to be compared by its words alone (a caption, a
    /// two-line item, a clipped page) that stands alone moved into the story of the longer
    /// text it is most similar to along `edges`: a fragment about the story is part of it, and
    /// a fragment that shares too little with any stays on its own.
    static func attachingShortTexts(_ clusters: [[Int]], edges: some Sequence<(Int, Int, Double)>, isShort: (Int) -> Bool) -> [[Int]] {
        let count = clusters.reduce(0) { $0 + $1.count }
        var clusterOf = [Int](repeating: 0, count: count)
        for (c, members) in clusters.enumerated() { for m in members { clusterOf[m] = c } }
        let short = (0..<count).map(isShort)
        // The texts that may move: short and alone.
        let alone = (0..<count).map { short[$0] && clusters[clusterOf[$0]].count == 1 }
        var best = [(other: Int, similarity: Double)?](repeating: nil, count: count)
        func consider(_ x: Int, _ y: Int, _ s: Double) {
            guard alone[x], !short[y] else { return }
            if let current = best[x], current.similarity > s || (current.similarity == s && current.other < y) { return }
            best[x] = (y, s)
        }
        for (a, b, s) in edges {
            consider(a, b, s)
            consider(b, a, s)
        }
        var result = clusters
        var moved = false
        for (x, target) in best.enumerated() {
            guard let target else { continue }
            result[clusterOf[target.other]].append(x)
            moved = true
        }
        guard moved else { return clusters }
        return result.enumerated().filter { c, members in !(members.count == 1 && best[members[0]] != nil && clusterOf[members[0]] == c) }
            .map { $0.element.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The similarity of each candidate pair of the texts whose `StoryDocument`s are `documents`.
    func similarities(of documents: [StoryDocument]) -> [(Int, Int, Double)] {
        // Term ids in order of first use, the words' numbers looked up in a NumberTable.
        var table = NumberTable()
        let termIDs = documents.map { document in document.terms.map { table.number($0.word) } }
        let nameBoost = options.nameBoost
        let vectors = TermVectors(termIDs: termIDs, terms: table.count, pseudoDocuments: Self.pseudoDocuments) { index in
            // Written in place: a text's hundreds of words, for every text at every build.
            let document = documents[index]
            return [(count: Int, boost: Double)](unsafeUninitializedCapacity: document.terms.count) { listings, made in
                for (k, term) in document.terms.enumerated() {
                    listings.initializeElement(at: k, to: (term.count, document.isName(term.word) ? nameBoost : 1))
                }
                made = document.terms.count
            }
        }
        let pairs = CandidatePairs.pairs(vectors)
        let facts = StoryFacts(documents)
        // Each block of pairs keeps those above zero with their similarity, on all cores.
        let edges = ParallelMap.map(Array(stride(from: 0, to: pairs.count, by: Self.pairsPerTask))) { start in
            let block = pairs[start..<min(start + Self.pairsPerTask, pairs.count)]
            return zip(block, vectors.cosines(block)).compactMap { pair, cosine -> (Int, Int, Double)? in
                let s = similarity(pair.0, pair.1, cosine, facts)
                return s > 0 ? (pair.0, pair.1, s) : nil
            }
        }
        return Array(concatenating: edges)
    }

    /// The cosine of texts `a` and `b` adjusted by their dates and places (`facts`).
    func similarity(_ a: Int, _ b: Int, _ cosine: Double, _ facts: StoryFacts) -> Double {
        var s = cosine
        if facts.daysApart(a, b) { s *= options.dateMismatch }
        if facts.yearsApart(a, b) { s *= options.yearMismatch }
        if facts.samePlace(a, b) { s *= options.samePlace }
        return s
    }
}
