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
        // the work is split).
        var ids: [Word: Int32] = [:]
        let termIDs = texts.map { words in
            words.map { word, _ in
                if let known = ids[word] { return known }
                let id = Int32(ids.count)
                ids[word] = id
                return id
            }
        }
        self.init(termIDs: termIDs, terms: ids.count, pseudoDocuments: pseudoDocuments) { text in
            texts[text].map { word, count in (count, boost(text, word)) }
        }
    }

    /// The same vectors from texts given as term ids (`0..<terms`, numbered in order of first
    /// use), `listings(text)` the occurrences and the weight of each of a text's listings
    /// (asked once per text); each text's weights are made on their own, on all cores.
    init(termIDs: [[Int32]], terms termCount: Int, pseudoDocuments: Double, listings: @Sendable (Int) -> [(count: Int, boost: Double)]) {
        // Each text counts a term once: the last text that counted it is kept per term.
        var documentFrequency = [Int](repeating: 0, count: termCount)
        var countedBy = [Int](repeating: -1, count: termCount)
        for (text, row) in termIDs.enumerated() {
            for id in row where countedBy[Int(id)] != text {
                countedBy[Int(id)] = text
                documentFrequency[Int(id)] += 1
            }
        }
        // Each term's inverse document frequency, taken once rather than at each of its uses.
        let n = Double(termIDs.count) + pseudoDocuments
        let inverse = documentFrequency.map { log(n / Double($0)) }
        let idsOfTexts = termIDs
        rows = ParallelMap.map(Array(termIDs.indices)) { index in
            // Each term's listings in the order given (sorted by term, then by listing), so that
            // a term listed twice sums its weights in that order: one integer per listing, the
            // term above its position.
            let weighed = listings(index)
            var listed = idsOfTexts[index].enumerated().map { order, id in UInt64(UInt32(id)) << 32 | UInt64(order) }
            RadixSort.sort(&listed)
            var terms: [Int32] = [], counts: [Double] = []
            terms.reserveCapacity(listed.count)
            counts.reserveCapacity(listed.count)
            for entry in listed {
                let id = Int32(entry >> 32), listing = Int(entry & 0xFFFF_FFFF)
                if terms.last != id {
                    terms.append(id)
                    counts.append(0)
                }
                // Added once per occurrence, as a text of repeated words adds them.
                let weight = weighed[listing].boost
                for _ in 0..<weighed[listing].count { counts[counts.count - 1] += weight }
            }
            var weights = zip(terms, counts).map { id, count in (1 + log(count)) * inverse[Int(id)] }
            let norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { weights = weights.map { $0 / norm } }
            return Row(terms: terms, weights: weights.map(Float.init))
        }
        self.documentFrequency = documentFrequency
    }

    /// The cosine of each of `pairs` (row indices), as `cosine(_:_:)` gives it (see
    /// `withCosines`: pairs that share their first row one after another are fastest).
    func cosines(_ pairs: some Collection<(Int, Int)>) -> [Double] {
        var result: [Double] = []
        result.reserveCapacity(pairs.count)
        withCosines { cosine in
            for (a, b) in pairs { result.append(cosine(a, b)) }
        }
        return result
    }

    /// Calls `body` with a function that gives the cosine of two rows (indices), as
    /// `cosine(_:_:)` gives it. Calls that share their first row one after another (as sorted
    /// pairs do) spread that row over a table by term once and look each term of the other row
    /// up in it: the shared terms' products are added in ascending term order, as `cosine`
    /// adds them, and a term of one row alone adds zero, which leaves the sum as it is.
    func withCosines<Result>(_ body: (_ cosine: (Int, Int) -> Double) throws -> Result) rethrows -> Result {
        var spread = [Float](repeating: 0, count: documentFrequency.count)
        return try rows.withUnsafeBufferPointer { rows in
            try spread.withUnsafeMutableBufferPointer { spread in
                var current: Int?
                return try body { a, b in
                    if current != a {
                        if let current { rows[current].terms.withUnsafeBufferPointer { for term in $0 { spread[Int(term)] = 0 } } }
                        let row = rows[a]
                        row.terms.withUnsafeBufferPointer { terms in
                            row.weights.withUnsafeBufferPointer { weights in
                                for i in terms.indices { spread[Int(terms[i])] = weights[i] }
                            }
                        }
                        current = a
                    }
                    let row = rows[b]
                    return row.terms.withUnsafeBufferPointer { terms in
                        row.weights.withUnsafeBufferPointer { weights in
                            var sum: Float = 0
                            for i in terms.indices { sum += spread[Int(terms[i])] * weights[i] }
                            return Double(sum)
                        }
                    }
                }
            }
        }
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
