import Foundation

/// TF-IDF vectors of a set of texts over one vocabulary, unit length, as sorted sparse rows.
struct TermVectors: Sendable {
    /// One text's weights: term ids ascending, weights with a Euclidean norm of 1.
    struct Row: Sendable {
        var terms: [Int32]
        var weights: [Float]
    }

    private(set) var rows: [Row] = []
    /// How many texts hold each term.
    private(set) var documentFrequency: [Int] = []

    /// Builds the vectors of `texts` (each given as its content words, repeats kept).
    /// `boost` multiplies the count of a term in a text (names count more than common words).
    /// `pseudoDocuments` texts that hold none of the terms are counted in the inverse document
    /// frequency, so that a small set (three articles on one story) still weighs the words its
    /// texts share instead of treating them as stop words.
    init(_ texts: [[String]], pseudoDocuments: Double = 20, boost: @Sendable (Int, String) -> Double = { _, _ in 1 }) {
        self.init(counted: texts.map { $0.map { ($0, 1) } }, pseudoDocuments: pseudoDocuments, boost: boost)
    }

    /// The same vectors from texts given as their content words with how often each occurs
    /// (a word may be listed more than once).
    init<Word: Hashable & Sendable>(
        counted texts: [[(word: Word, count: Int)]], pseudoDocuments: Double = 20, boost: @Sendable (Int, Word) -> Double = { _, _ in 1 }
    ) {
        // Term ids in order of first use, one pass over all texts (ids must not depend on how
        // the work is split); then each text's weights on its own, on all cores.
        var ids: [Word: Int32] = [:]
        var termIDs: [[Int32]] = []
        termIDs.reserveCapacity(texts.count)
        for words in texts {
            termIDs.append(words.map { word, _ in
                if let known = ids[word] { return known }
                let id = Int32(ids.count)
                ids[word] = id
                return id
            })
        }
        var documentFrequency = [Int](repeating: 0, count: ids.count)
        for row in termIDs { for id in Set(row) { documentFrequency[Int(id)] += 1 } }
        let n = Double(texts.count) + pseudoDocuments
        let (frequency, idsOfTexts) = (documentFrequency, termIDs)
        rows = ParallelMap.map(Array(texts.indices)) { index in
            var counts: [Int32: Double] = [:]
            for ((word, count), id) in zip(texts[index], idsOfTexts[index]) {
                // Added once per occurrence, as a text of repeated words adds them.
                let weight = boost(index, word)
                for _ in 0..<count { counts[id, default: 0] += weight }
            }
            let sorted = counts.sorted { $0.key < $1.key }
            var weights = sorted.map { id, count in
                (1 + log(count)) * log(n / Double(frequency[Int(id)]))
            }
            let norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { weights = weights.map { $0 / norm } }
            return Row(terms: sorted.map(\.key), weights: weights.map(Float.init))
        }
        self.documentFrequency = documentFrequency
    }

    /// Cosine similarity of two rows (both are unit length).
    static func cosine(_ a: Row, _ b: Row) -> Double {
        var i = 0, j = 0
        var sum: Float = 0
        while i < a.terms.count && j < b.terms.count {
            let x = a.terms[i], y = b.terms[j]
            if x == y {
                sum += a.weights[i] * b.weights[j]
                i += 1
                j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(sum)
    }
}
