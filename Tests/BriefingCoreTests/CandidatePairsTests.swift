import Testing
@testable import BriefingCore

/// Candidate pairs found from both their texts and merged, against the pairs by their
/// definition; the counting sort they are grouped by against a stable sort.
@Suite("Candidate pairs")
struct CandidatePairsTests {
    /// Texts of seeded random words from a small vocabulary, some words far more common than
    /// others: many texts share their heaviest terms, some terms pass the posting cap.
    private static func texts(_ count: Int) -> [[String]] {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let words = (0..<500).map { "wörd\($0)—“\($0 % 7)”" }
        return (0..<count).map { _ in (0..<(5 + next(120))).map { _ in words[next(1 + next(500))] } }
    }

    /// The pairs by their definition: each text's partners are the texts that share its
    /// heaviest indexable terms, best partial cosine first (ties by text), every pair once.
    private static func plainPairs(_ vectors: TermVectors) -> [(Int, Int)] {
        let cap = CandidatePairs.postingCap(texts: vectors.rows.count)
        let probes = vectors.rows.map { row in
            zip(row.terms, row.weights).filter { vectors.documentFrequency[Int($0.0)] > 1 && vectors.documentFrequency[Int($0.0)] <= cap }
                .sorted { ($1.1, $0.0) < ($0.1, $1.0) }.prefix(CandidatePairs.probeTerms)
        }
        var holders: [Int32: [(text: Int, weight: Float)]] = [:]
        for (index, heaviest) in probes.enumerated() { for (term, weight) in heaviest { holders[term, default: []].append((index, weight)) } }
        var pairs = Set<[Int]>()
        for (index, heaviest) in probes.enumerated() {
            var score: [Int: Float] = [:]
            for (term, weight) in heaviest {
                for (other, theirs) in holders[term]! where other != index { score[other, default: 0] += weight * theirs }
            }
            let partners = score.filter { $0.value >= CandidatePairs.minimumPartialCosine }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            for (other, _) in partners.prefix(CandidatePairs.partnersPerText) { pairs.insert([min(index, other), max(index, other)]) }
        }
        return pairs.sorted { ($0[0], $0[1]) < ($1[0], $1[1]) }.map { ($0[0], $0[1]) }
    }

    @Test(arguments: [0, 1, 2, 300, 600])
    func pairsAreThoseOfTheirDefinitionAscendingAndOnce(count: Int) {
        let vectors = TermVectors(Self.texts(count))
        let pairs = CandidatePairs.pairs(vectors)
        let expected = Self.plainPairs(vectors)
        #expect(pairs.map { [$0.0, $0.1] } == expected.map { [$0.0, $0.1] })
        if count > 100 { #expect(pairs.count > count) }
    }

    @Test func bucketsKeepTheOrderGivenWithinABucket() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 7, 300] {
            let items = (0..<(count * 5)).map { position in (bucket: Int.random(in: 0..<max(1, count), using: &generator), position: position) }
            let (values, starts) = Buckets.grouped(count: count) { visit in for item in items { visit(item.bucket, item.position) } }
            let expected = items.enumerated().sorted { ($0.element.bucket, $0.offset) < ($1.element.bucket, $1.offset) }.map(\.element.position)
            #expect(values == expected)
            #expect(starts == (0...count).map { bucket in items.filter { $0.bucket < bucket }.count })
        }
    }
}
