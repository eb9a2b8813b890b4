import Testing
@testable import BriefingCore

@Suite("Repeat search")
struct DuplicateSearchTests {
    /// Each sampled hash lists the earlier texts that hold it, ascending, through the table's
    /// growth and hashes whose low bits collide.
    @Test func postingsListTheEarlierTextsOfEachHash() {
        // 300 texts of up to 40 hashes from a pool of 500 that share their low bits.
        var state: UInt64 = 7
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let samples = (0..<300).map { _ in Array(Set((0..<next(40)).map { _ in UInt64(next(500)) << 40 | 7 })).sorted() }
        let postings = SamplePostings(samples)
        var holders: [UInt64: [Int]] = [:]
        var rowOf: [UInt64: Int] = [:]
        for (text, sample) in samples.enumerated() {
            var k = 0
            postings.forEachHash(of: text) { row, earlier in
                let hash = sample[k]
                k += 1
                #expect(Array(earlier).map(Int.init) == holders[hash, default: []], "text \(text), hash \(hash)")
                #expect(rowOf[hash, default: row] == row, "one row per hash")
                rowOf[hash] = row
            }
            #expect(k == sample.count)
            for hash in sample { holders[hash, default: []].append(text) }
        }
        #expect(postings.rowCount == holders.count)
    }

    /// The serial search the detector's answers must equal: texts indexed one after another,
    /// each repeat left out of the index, a hash held by `commonPostings` texts no longer
    /// indexed, and each text asked about its candidates in order up to the first same story.
    static func serialSearch(_ samples: [[UInt64]], same: (Int, Int) -> Bool)
        -> (duplicates: [DuplicateStoryDetector.Duplicate], checks: [DuplicateStoryDetector.Check]) {
        var index: [UInt64: [Int]] = [:]
        var found: [DuplicateStoryDetector.Duplicate] = [], checks: [DuplicateStoryDetector.Check] = []
        for (later, sample) in samples.enumerated() {
            var shared: [Int: Int] = [:], informative = 0
            for hash in sample {
                let texts = index[hash, default: []]
                guard !texts.isEmpty, texts.count < DuplicateStoryDetector.commonPostings else { continue }
                informative += 1
                for text in texts { shared[text, default: 0] += 1 }
            }
            let candidates = shared.filter { $0.value >= max(1, informative / 2) }.map(\.key).sorted()
            if !candidates.isEmpty {
                let answers = DuplicateStoryDetector.answers(candidates) { same($0, later) }
                checks.append(.init(question: .init(later: later, candidates: candidates), answers: answers))
                if let first = answers.firstIndex(of: true) {
                    found.append(.init(duplicate: later, original: candidates[first]))
                    continue
                }
            }
            for hash in sample where index[hash, default: []].count < DuplicateStoryDetector.commonPostings { index[hash, default: []].append(later) }
        }
        return (found, checks)
    }

    /// Texts of a few topics, with boilerplate hashes held by nearly all and hashes held by
    /// about as many texts as make one common, and many repeats (some of them repeating a
    /// repeat's words): the questions answered at once and then again where a repeat changed
    /// them find the same repeats and record the same checks as the serial search.
    @Test func answeringAllAtOnceEqualsTheSerialSearch() {
        var reasked = 0
        for seed in 1...6 {
            var state = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
            func next(_ bound: Int) -> Int {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int(state >> 33) % bound
            }
            let count = 150 + 60 * seed
            let topics = (0..<count).map { _ in next(8) }
            let samples = (0..<count).map { text -> [UInt64] in
                var hashes = Set((0..<3).map { UInt64($0) })
                // Held by 1 in 2 texts: these cross the 64 of a common hash as the texts go on.
                for k in 0..<4 where next(2) == 0 { hashes.insert(UInt64(100 + k)) }
                for _ in 0..<(6 + next(10)) { hashes.insert(UInt64(1_000 + topics[text] * 50 + next(30))) }
                for _ in 0..<next(4) { hashes.insert(UInt64(1_000_000 + next(5_000))) }
                return hashes.sorted()
            }
            // A pair is the same story by a rule of its own, often enough for dozens of repeats.
            func same(_ a: Int, _ b: Int) -> Bool { topics[a] == topics[b] && (a &* 31 &+ b &* 17) % 11 == 0 }
            let expected = Self.serialSearch(samples, same: same)
            let detector = DuplicateStoryDetector()
            var calls = 0
            let result = detector.duplicates(samples: samples) { questions in
                calls += 1
                return questions.map { q in DuplicateStoryDetector.answers(q.candidates) { same($0, q.later) } }
            }
            #expect(result.duplicates == expected.duplicates, "seed \(seed)")
            #expect(result.checks == expected.checks, "seed \(seed)")
            #expect(expected.duplicates.count > 5, "seed \(seed): \(expected.duplicates.count) repeats")
            reasked += calls - 1
        }
        #expect(reasked > 10, "texts whose candidates a repeat changed are asked again: \(reasked)")
    }
}
