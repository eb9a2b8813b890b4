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
        let (postings, start) = Buckets.grouped(count: frequency.count) { visit in
            for (index, heaviest) in probes.enumerated() {
                for probe in heaviest { visit(Int(probe.term), (text: Int32(index), weight: probe.weight)) }
            }
        }
        // Each text finds its partners on its own: texts are probed in parallel blocks. A block
        // keeps its pairs with later texts ascending (a << 32 | b), and those with earlier texts
        // as found.
        let starts = Array(stride(from: 0, to: probes.count, by: textsPerTask))
        let blocks = ParallelMap.map(starts) { first -> (later: [UInt64], earlier: [UInt64]) in
            var later: [UInt64] = [], earlier: [UInt64] = []
            var partners: [UInt64] = []
            // Each other text's partial cosine, and the texts given one: each once, as a
            // product of two weights (above zero) leaves a score above zero. Buffers rather than
            // arrays, so that the innermost loop checks no bounds and no uniqueness.
            let score = UnsafeMutableBufferPointer<Float>.allocate(capacity: rows.count)
            score.initialize(repeating: 0)
            let touched = UnsafeMutableBufferPointer<Int>.allocate(capacity: rows.count)
            let ranked = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: rows.count)
            defer {
                score.deallocate()
                touched.deallocate()
                ranked.deallocate()
            }
            var touchedCount = 0
            for index in first..<min(first + textsPerTask, probes.count) {
                postings.withUnsafeBufferPointer { postings in
                    for probe in probes[index] {
                        let term = Int(probe.term)
                        for other in postings[start[term]..<start[term + 1]] where Int(other.text) != index {
                            let o = Int(other.text)
                            if score[o] == 0 {
                                touched[touchedCount] = o
                                touchedCount += 1
                            }
                            score[o] += probe.weight * other.weight
                        }
                    }
                }
                let touched = UnsafeMutableBufferPointer(rebasing: touched[..<touchedCount])
                // Best first, ties by text: sorted as integers (`rank`).
                var rankedCount = 0
                for other in touched where score[other] >= minimumPartialCosine {
                    ranked[rankedCount] = rank(score[other], other)
                    rankedCount += 1
                }
                let best = UnsafeMutableBufferPointer(rebasing: ranked[..<rankedCount])
                RadixSort.sortSmallest(best, partnersPerText)
                partners.removeAll(keepingCapacity: true)
                for key in best.prefix(partnersPerText) {
                    let other = key & 0xFFFF_FFFF
                    if other > index { partners.append(other) } else { earlier.append(other << 32 | UInt64(index)) }
                }
                RadixSort.sort(&partners)
                for other in partners { later.append(UInt64(index) << 32 | other) }
                for other in touched { score[other] = 0 }
                touchedCount = 0
            }
            return (later, earlier)
        }
        // The pairs found from their later text, by their earlier text: later texts ascending,
        // as blocks and their texts come in order.
        let (fromLater, fromLaterStart) = Buckets.grouped(count: rows.count) { visit in
            for block in blocks {
                for pair in block.earlier { visit(Int(pair >> 32), UInt32(truncatingIfNeeded: pair)) }
            }
        }
        // Each pair once, ascending: each block's texts' pairs found from either text, merged on all cores.
        let merged = ParallelMap.map(Array(zip(starts, blocks))) { first, block -> [(Int, Int)] in
            let texts = first..<min(first + textsPerTask, rows.count)
            var pairs: [(Int, Int)] = []
            pairs.reserveCapacity(block.later.count + fromLaterStart[texts.upperBound] - fromLaterStart[first])
            var i = 0
            for a in texts {
                var j = fromLaterStart[a]
                let end = fromLaterStart[a + 1]
                while i < block.later.count, Int(block.later[i] >> 32) == a {
                    let b = UInt32(truncatingIfNeeded: block.later[i])
                    while j < end, fromLater[j] < b {
                        pairs.append((a, Int(fromLater[j])))
                        j += 1
                    }
                    if j < end, fromLater[j] == b { j += 1 }
                    pairs.append((a, Int(b)))
                    i += 1
                }
                for other in fromLater[j..<end] { pairs.append((a, Int(other))) }
            }
            return pairs
        }
        return Array(concatenating: merged)
    }
}
