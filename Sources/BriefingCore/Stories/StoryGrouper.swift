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

        public init() {}
    }

    public var options: Options

    /// Texts without any of the words, counted in the inverse document frequency: a prior that
    /// keeps a handful of articles comparable with the cut tuned on hundreds.
    static let pseudoDocuments = 100.0

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
        let vectors = TermVectors(counted: documents.map(\.terms), pseudoDocuments: Self.pseudoDocuments) { index, term in
            documents[index].names.contains(term) ? options.nameBoost : 1
        }
        let edges = CandidatePairs.pairs(vectors).compactMap { a, b -> (Int, Int, Double)? in
            let s = similarity(documents[a], documents[b], TermVectors.cosine(vectors.rows[a], vectors.rows[b]))
            return s > 0 ? (a, b, s) : nil
        }
        return AverageLinkage(threshold: options.threshold).clusters(count: documents.count, edges: edges)
    }

    /// The cosine of two texts adjusted by their dates and places.
    func similarity(_ a: StoryDocument, _ b: StoryDocument, _ cosine: Double) -> Double {
        var s = cosine
        if !a.eventDays.isEmpty, !b.eventDays.isEmpty,
           !a.eventDays.contains(where: { x in b.eventDays.contains { abs($0 - x) <= 1 } }) {
            s *= options.dateMismatch
        }
        if !a.years.isEmpty, !b.years.isEmpty, a.years.isDisjoint(with: b.years) { s *= options.yearMismatch }
        if let p = a.place, p == b.place { s *= options.samePlace }
        return s
    }
}
