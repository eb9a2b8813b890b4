import Testing
@testable import BriefingCore

@Suite("Sample index")
struct SampleIndexTests {
    @Test func keepsEveryTextUnderItsHashThroughGrowth() {
        // Room for 4 postings, given 300 over 100 hashes: the table grows several times.
        var index = SampleIndex(capacity: 4)
        var expected: [UInt64: [Int]] = [:]
        for text in 0..<3 {
            for k in 0..<100 {
                // Hashes that share their low bits, so that probes collide.
                let hash = UInt64(k) << 40 | 7
                index.add(text * 1000 + k, at: index.slot(of: hash), hash: hash)
                expected[hash, default: []].append(text * 1000 + k)
            }
        }
        for (hash, texts) in expected {
            let slot = index.slot(of: hash)
            var found: [Int] = []
            index.forEachText(at: slot) { found.append($0) }
            #expect(index.count(at: slot) == texts.count)
            #expect(found.sorted() == texts.sorted())
        }
        #expect(index.count(at: index.slot(of: 12345)) == 0, "a hash never added has no texts")
    }
}
