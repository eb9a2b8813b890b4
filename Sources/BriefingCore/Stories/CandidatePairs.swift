/// Pairs of texts worth comparing, found through an inverted index rather than by comparing
/// every text with every other: two texts are candidates when their heaviest terms already
/// give them part of a cosine (the partial dot product over shared heaviest terms), and terms
/// held by many texts are not indexed at all. The work grows with
/// the number of texts times the capped posting length, not with its square.
struct CandidatePairs {
    /// How many of a text's heaviest terms look for partners.
    static let probeTerms = 40
    /// Terms held by more texts than this are too common to find a story by.
    static func postingCap(texts: Int) -> Int { max(60, texts / 50) }
    /// How many partners per text are kept, best first.
    static let partnersPerText = 40
    /// The least a pair's shared heaviest terms must add to its cosine to be compared at all.
    static let minimumPartialCosine: Float = 0.03
    /// Texts probed per parallel task.
    static let textsPerTask = 256

    /// `value` (not negative) and `index` as one integer that sorts the larger value first and
    /// equal values by index: a non-negative float's bits order as its value does.
    static func rank(_ value: Float, _ index: Int) -> UInt64 {
        UInt64(~value.bitPattern) << 32 | UInt64(UInt32(truncatingIfNeeded: index))
    }

    /// Candidate pairs (i < j), in ascending order.
    static func pairs(_ vectors: TermVectors) -> [(Int, Int)] {
        let rows = vectors.rows
        let cap = postingCap(texts: rows.count)
        // Each text's heaviest indexable terms, on all cores; then the postings, in text order.
        let frequency = vectors.documentFrequency
        let probes = ParallelMap.map(rows) { row -> [(term: Int32, weight: Float)] in
            // Heaviest first, ties by term: sorted as integers (`rank`).
            var indexable: [UInt64] = []
            for (term, weight) in zip(row.terms, row.weights) {
                let df = frequency[Int(term)]
                if df > 1 && df <= cap { indexable.append(rank(weight, Int(term))) }
            }
            RadixSort.sortSmallest(&indexable, probeTerms)
            return indexable.prefix(probeTerms).map { key in (Int32(truncatingIfNeeded: key & 0xFFFF_FFFF), Float(bitPattern: ~UInt32(key >> 32))) }
        }
        // The postings of all terms in one array, each term's in text order from its start.
        var start = [Int](repeating: 0, count: frequency.count + 1)
        for heaviest in probes { for probe in heaviest { start[Int(probe.term) + 1] += 1 } }
        for term in frequency.indices { start[term + 1] += start[term] }
        var filled = start
        var postings = [(text: Int32, weight: Float)](repeating: (0, 0), count: start[frequency.count])
        for (index, heaviest) in probes.enumerated() {
            for probe in heaviest {
                postings[filled[Int(probe.term)]] = (Int32(index), probe.weight)
                filled[Int(probe.term)] += 1
            }
        }
        // Each text finds its partners on its own: texts are probed in parallel blocks.
        let (postingsOf, startOf, probesOf) = (postings, start, probes)
        let starts = Array(stride(from: 0, to: probes.count, by: textsPerTask))
        let blocks = ParallelMap.map(starts) { first -> [UInt64] in
            var found: [UInt64] = []
            var score = [Float](repeating: 0, count: rows.count)
            var touched: [Int] = []
            var ranked: [UInt64] = []
            for index in first..<min(first + textsPerTask, probesOf.count) {
                for probe in probesOf[index] {
                    let term = Int(probe.term)
                    for other in postingsOf[startOf[term]..<startOf[term + 1]] where Int(other.text) != index {
                        let o = Int(other.text)
                        if score[o] == 0 { touched.append(o) }
                        score[o] += probe.weight * other.weight
                    }
                }
                // Best first, ties by text: sorted as integers (`rank`).
                ranked.removeAll(keepingCapacity: true)
                for other in touched where score[other] >= minimumPartialCosine { ranked.append(rank(score[other], other)) }
                RadixSort.sortSmallest(&ranked, partnersPerText)
                for key in ranked.prefix(partnersPerText) {
                    let other = Int(key & 0xFFFF_FFFF)
                    let (a, b) = (min(index, other), max(index, other))
                    found.append(UInt64(a) << 32 | UInt64(b))
                }
                for other in touched { score[other] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            return found
        }
        // Each pair once, ascending: a pair found from both its texts is listed twice.
        var found = Array(blocks.joined())
        RadixSort.sort(&found)
        var pairs: [(Int, Int)] = []
        pairs.reserveCapacity(found.count)
        for (i, pair) in found.enumerated() where i == 0 || found[i - 1] != pair {
            pairs.append((Int(pair >> 32), Int(pair & 0xFFFF_FFFF)))
        }
        return pairs
    }
}
