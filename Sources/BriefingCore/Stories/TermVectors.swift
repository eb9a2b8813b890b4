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

    /// `init(counted:)` of texts given as their content words' numbers (`StoryTerms.numbers`),
    /// each listed once per occurrence with weight 1; the numbers get their term ids (in order
    /// of first use, as there) from a `NumberTable`, not a dictionary that hashes them again.
    init(numbers texts: [[UInt64]], pseudoDocuments: Double = 20) {
        var table = NumberTable()
        let termIDs = texts.map { words in words.map { table.number($0) } }
        self.init(termIDs: termIDs, terms: table.count, pseudoDocuments: pseudoDocuments) { text in
            Array(repeating: (count: 1, boost: 1.0), count: texts[text].count)
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
        // Each term's inverse document frequency, taken once rather than at each of its uses;
        // a function of the frequency alone, so taken once per frequency (most terms are held
        // by one text or a few).
        let n = Double(termIDs.count) + pseudoDocuments
        var ofFrequency = [Double](repeating: .nan, count: termIDs.count + 1)
        let inverse = documentFrequency.map { frequency in
            if ofFrequency[frequency].isNaN { ofFrequency[frequency] = log(n / Double(frequency)) }
            return ofFrequency[frequency]
        }
        let idsOfTexts = termIDs
        // (Read once here: a static is looked up through a lazy initializer at each use.)
        let onePlusLogs = Self.onePlusLogs
        let blocks = ParallelMap.map(Array(stride(from: 0, to: termIDs.count, by: Self.textsPerBlock))) { first -> [Row] in
            let texts = first..<min(first + Self.textsPerBlock, idsOfTexts.count)
            let (sorted, starts) = Self.listingsByTerm(idsOfTexts[texts], terms: termCount)
            return sorted.withUnsafeBufferPointer { sorted in
                texts.map { index in
                    let k = index - first
                    let listed = UnsafeBufferPointer(rebasing: sorted[starts[k]..<starts[k + 1]])
                    return inverse.withUnsafeBufferPointer { inverse in
                        onePlusLogs.withUnsafeBufferPointer { logs in Self.row(listed, weighed: listings(index), inverse: inverse, logs: logs) }
                    }
                }
            }
        }
        rows = Array(concatenating: blocks)
        self.documentFrequency = documentFrequency
    }

    /// Texts whose listings are sorted together (`listingsByTerm`), and rows made, per task.
    static let textsPerBlock = 256

    /// Each of `texts`' listings in the order given, sorted by term, then by listing (so that a
    /// term listed twice sums its weights in that order): one integer per listing, the term
    /// above its position, text `k`'s at `starts[k]..<starts[k + 1]` of one array. The listings
    /// of all the texts are counted out by term at once, then dealt back to their texts term by
    /// term: a few passes over the block instead of a sort of each text's few hundred listings.
    static func listingsByTerm(_ texts: ArraySlice<[Int32]>, terms termCount: Int) -> (sorted: [UInt64], starts: [Int]) {
        var starts = [Int](repeating: 0, count: texts.count + 1)
        for (k, text) in texts.enumerated() { starts[k + 1] = starts[k] + text.count }
        let total = starts[texts.count]
        // Where each term's listings start among the block's, then the block's listings by term
        // (each its text's place in the block above its position), in text order, then listing
        // order, within a term.
        var termStart = [Int32](repeating: 0, count: termCount + 1)
        let byTerm = [UInt64](unsafeUninitializedCapacity: total) { byTerm, count in
            termStart.withUnsafeMutableBufferPointer { termStart in
                for text in texts { for id in text { termStart[Int(id) + 1] += 1 } }
                for term in 0..<termCount { termStart[term + 1] += termStart[term] }
                for (k, text) in texts.enumerated() {
                    for (order, id) in text.enumerated() {
                        let slot = Int(termStart[Int(id)])
                        byTerm.initializeElement(at: slot, to: UInt64(k) << 32 | UInt64(order))
                        termStart[Int(id)] = Int32(slot + 1)
                    }
                }
            }
            count = total
        }
        // Each term's listings now end where the next term's start: dealt back to their texts in
        // term order, each text's written from its start on.
        let sorted = [UInt64](unsafeUninitializedCapacity: total) { sorted, count in
            var next = starts
            next.withUnsafeMutableBufferPointer { next in
                termStart.withUnsafeBufferPointer { termEnd in
                    byTerm.withUnsafeBufferPointer { byTerm in
                        var slot = 0
                        for term in 0..<termCount {
                            let end = Int(termEnd[term])
                            while slot < end {
                                let entry = byTerm[slot]
                                let k = Int(truncatingIfNeeded: entry >> 32)
                                sorted.initializeElement(at: next[k], to: UInt64(term) << 32 | entry & 0xFFFF_FFFF)
                                next[k] += 1
                                slot += 1
                            }
                        }
                    }
                }
            }
            count = total
        }
        return (sorted, starts)
    }

    /// The row of one text from its listings `listed` (term << 32 | listing, sorted by term,
    /// then by listing) with their occurrences and weights `weighed`: each term's summed count
    /// weighed as 1 + log(count) times its inverse document frequency (`inverse`), then all
    /// divided by their norm. Written over buffers (a row is made for every text at every
    /// build), in the order of the plain sums: each term's count added up listing by listing,
    /// the squares of the weights added up term by term from zero.
    private static func row(
        _ listed: UnsafeBufferPointer<UInt64>, weighed: [(count: Int, boost: Double)], inverse: UnsafeBufferPointer<Double>, logs: UnsafeBufferPointer<Double>
    ) -> Row {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: listed.count) { counts in
            var distinct = 0
            let terms = [Int32](unsafeUninitializedCapacity: listed.count) { terms, termCount in
                weighed.withUnsafeBufferPointer { weighed in
                    for entry in listed {
                        let id = Int32(truncatingIfNeeded: entry >> 32)
                        let (count, boost) = weighed[Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)]
                        if distinct > 0, terms[distinct - 1] == id {
                            // Added once per occurrence, as a text of repeated words adds them.
                            for _ in 0..<count { counts[distinct - 1] += boost }
                        } else {
                            terms.initializeElement(at: distinct, to: id)
                            counts.initializeElement(at: distinct, to: added(boost, count))
                            distinct += 1
                        }
                    }
                }
                termCount = distinct
            }
            // Each weight in place of its count, the sum of their squares beside; the row keeps
            // them divided by their norm, as floats.
            var squares = 0.0
            for i in 0..<distinct {
                let weight = onePlusLog(counts[i], logs: logs) * inverse[Int(terms[i])]
                counts[i] = weight
                squares += weight * weight
            }
            let norm = squares.squareRoot()
            let weights = [Float](unsafeUninitializedCapacity: distinct) { weights, weightCount in
                for i in 0..<distinct { weights.initializeElement(at: i, to: Float(norm > 0 ? counts[i] / norm : counts[i])) }
                weightCount = distinct
            }
            return Row(terms: terms, weights: weights)
        }
    }

    /// `boost` added `count` times to zero, as a text of repeated words adds them: for a power
    /// of two (names weigh 2, other words 1) every partial sum is a multiple of it below 2⁵³
    /// times it, held exactly, so the sum is `count` times `boost`, made in one step.
    static func added(_ boost: Double, _ count: Int) -> Double {
        if boost.isNormal, boost.significandBitPattern == 0, count >= 1, count <= 1 << 53 { return Double(count) * boost }
        var sum = 0.0
        for _ in 0..<count { sum += boost }
        return sum
    }

    /// 1 + log(k) for the small whole numbers k that most counts are, taken once.
    private static let onePlusLogs = (0..<256).map { 1 + log(Double($0)) }

    /// 1 + log(`count`): from `onePlusLogs` when the count is a whole number it holds (the same
    /// function of the same number, so the same bits), else taken here.
    static func onePlusLog(_ count: Double) -> Double {
        onePlusLogs.withUnsafeBufferPointer { onePlusLog(count, logs: $0) }
    }

    /// `onePlusLog(_:)` with `onePlusLogs` read by the caller.
    @inline(__always)
    private static func onePlusLog(_ count: Double, logs: UnsafeBufferPointer<Double>) -> Double {
        if count >= 0, count < Double(logs.count) {
            let whole = Int(count)
            if Double(whole) == count { return logs[whole] }
        }
        return 1 + log(count)
    }

    /// The cosine of each of `pairs` (row indices), as `cosine(_:_:)` gives it (see
    /// `withCosines`: pairs that share their first row one after another are fastest). Four
    /// such pairs in a row are taken together: four sums side by side, each adding its products
    /// in its own order, rather than one sum waiting on the addition before.
    func cosines(_ pairs: some Collection<(Int, Int)>) -> [Double] {
        let pairs = Array(pairs)
        var result: [Double] = []
        result.reserveCapacity(pairs.count)
        withSpread { spread in
            var p = 0
            while p < pairs.count {
                let a = pairs[p].0
                spread.hold(a)
                if p + 3 < pairs.count, pairs[p + 1].0 == a, pairs[p + 2].0 == a, pairs[p + 3].0 == a {
                    let sums = spread.dots(pairs[p].1, pairs[p + 1].1, pairs[p + 2].1, pairs[p + 3].1)
                    for lane in 0..<4 { result.append(Double(sums[lane])) }
                    p += 4
                } else {
                    result.append(Double(spread.dot(pairs[p].1)))
                    p += 1
                }
            }
        }
        return result
    }

    /// Calls `body` with a function that gives the cosine of two rows (indices), as
    /// `cosine(_:_:)` gives it. Calls that share their first row one after another (as sorted
    /// pairs do) spread that row over a table by term once and look each term of the other row
    /// up in it: the shared terms' products are added in ascending term order, as `cosine`
    /// adds them, and a term of one row alone adds zero, which leaves the sum as it is.
    func withCosines<Result>(_ body: (_ cosine: (Int, Int) -> Double) throws -> Result) rethrows -> Result {
        try withSpread { spread in
            try body { a, b in
                spread.hold(a)
                return Double(spread.dot(b))
            }
        }
    }

    /// Calls `body` with an empty `Spread` of these rows.
    private func withSpread<Result>(_ body: (inout Spread) throws -> Result) rethrows -> Result {
        var table = [Float](repeating: 0, count: documentFrequency.count)
        return try rows.withUnsafeBufferPointer { rows in
            try table.withUnsafeMutableBufferPointer { table in
                var spread = Spread(rows: rows, table: table)
                return try body(&spread)
            }
        }
    }

    /// One row's weights spread over a table by term, for the dot products of that row with others.
    private struct Spread {
        let rows: UnsafeBufferPointer<Row>
        /// The weight of each term of the row held, zero for the other terms.
        let table: UnsafeMutableBufferPointer<Float>
        /// The row held.
        var current: Int?

        /// Holds row `a` (the one held is cleared first).
        mutating func hold(_ a: Int) {
            guard current != a else { return }
            if let current { rows[current].terms.withUnsafeBufferPointer { for term in $0 { table[Int(term)] = 0 } } }
            let row = rows[a]
            row.terms.withUnsafeBufferPointer { terms in
                row.weights.withUnsafeBufferPointer { weights in
                    for i in terms.indices { table[Int(terms[i])] = weights[i] }
                }
            }
            current = a
        }

        /// The dot product of row `b` with the row held, its products added in ascending term order.
        func dot(_ b: Int) -> Float {
            Self.buffers(rows[b]) { terms, weights in add(terms, weights, from: 0, to: 0) }
        }

        /// `sum` with the products of `terms[from...]` and their `weights` with the row held added in order.
        private func add(_ terms: UnsafeBufferPointer<Int32>, _ weights: UnsafeBufferPointer<Float>, from: Int, to sum: Float) -> Float {
            var sum = sum
            for i in from..<terms.count { sum += table[Int(terms[i])] * weights[i] }
            return sum
        }

        /// `dot` of four rows, each sum made as `dot` makes it: the four advance together over
        /// the terms they all have as many of, then each adds the rest of its own.
        func dots(_ b0: Int, _ b1: Int, _ b2: Int, _ b3: Int) -> SIMD4<Float> {
            Self.buffers(rows[b0]) { t0, w0 in
                Self.buffers(rows[b1]) { t1, w1 in
                    Self.buffers(rows[b2]) { t2, w2 in
                        Self.buffers(rows[b3]) { t3, w3 in
                            let common = min(t0.count, t1.count, t2.count, t3.count)
                            var s0: Float = 0, s1: Float = 0, s2: Float = 0, s3: Float = 0
                            for i in 0..<common {
                                s0 += table[Int(t0[i])] * w0[i]
                                s1 += table[Int(t1[i])] * w1[i]
                                s2 += table[Int(t2[i])] * w2[i]
                                s3 += table[Int(t3[i])] * w3[i]
                            }
                            return SIMD4(add(t0, w0, from: common, to: s0), add(t1, w1, from: common, to: s1),
                                         add(t2, w2, from: common, to: s2), add(t3, w3, from: common, to: s3))
                        }
                    }
                }
            }
        }

        /// `body` with the terms and the weights of `row`.
        private static func buffers<R>(_ row: Row, _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Float>) -> R) -> R {
            row.terms.withUnsafeBufferPointer { terms in row.weights.withUnsafeBufferPointer { body(terms, $0) } }
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
