import Foundation
import Testing
@testable import BriefingCore

/// The term vectors' fast paths against the plain arithmetic they stand for, to the last bit:
/// the grouping cuts at fixed thresholds, so a weight one bit off can move an article.
@Suite("Stories: term vector fast paths")
struct StoriesTermVectorsTests {
    /// Counted texts of seeded random words, some listed more than once in a text, with
    /// counts from 1 to a few hundred (most small).
    private static func texts(_ count: Int) -> [[(word: Int, count: Int)]] {
        var generator = SeededGenerator(state: 7)
        func next(_ bound: Int) -> Int { Int.random(in: 0..<bound, using: &generator) }
        return (0..<count).map { _ in
            (0..<(next(150))).map { _ in (word: next(1 + next(800)), count: next(4) == 0 ? 1 + next(300) : 1 + next(3)) }
        }
    }

    /// The rows as they were made before the fast paths: each listing's boost added once per
    /// occurrence, 1 + log taken of every count, the weights divided by their norm.
    private static func plainRows(_ texts: [[(word: Int, count: Int)]], pseudoDocuments: Double, boost: (Int, Int) -> Double) -> [TermVectors.Row] {
        var ids: [Int: Int32] = [:]
        let termIDs = texts.map { words in
            words.map { word, _ in
                if let known = ids[word] { return known }
                ids[word] = Int32(ids.count)
                return Int32(ids.count - 1)
            }
        }
        var frequency = [Int](repeating: 0, count: ids.count)
        for row in termIDs { for id in Set(row) { frequency[Int(id)] += 1 } }
        let n = Double(texts.count) + pseudoDocuments
        return texts.indices.map { text in
            let order = termIDs[text].indices.sorted { (termIDs[text][$0], $0) < (termIDs[text][$1], $1) }
            var terms: [Int32] = [], counts: [Double] = []
            for listing in order {
                if terms.last != termIDs[text][listing] {
                    terms.append(termIDs[text][listing])
                    counts.append(0)
                }
                let weight = boost(text, texts[text][listing].word)
                for _ in 0..<texts[text][listing].count { counts[counts.count - 1] += weight }
            }
            var weights = zip(terms, counts).map { id, count in (1 + log(count)) * log(n / Double(frequency[Int(id)])) }
            let norm = sqrt(weights.reduce(0) { $0 + $1 * $1 })
            if norm > 0 { weights = weights.map { $0 / norm } }
            return TermVectors.Row(terms: terms, weights: weights.map(Float.init))
        }
    }

    /// Texts in several blocks (`TermVectors.textsPerBlock`), some empty, terms repeated
    /// within a text: each text's listings come back sorted by term, then by listing.
    @Test func listingsAreSortedByTermThenListingAcrossBlocks() {
        var generator = SeededGenerator(state: 11)
        let texts: [[Int32]] = (0..<(2 * TermVectors.textsPerBlock + 88)).map { _ in
            (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int32.random(in: 0..<50, using: &generator) }
        }
        for first in stride(from: 0, to: texts.count, by: TermVectors.textsPerBlock) {
            let block = first..<min(first + TermVectors.textsPerBlock, texts.count)
            let (sorted, starts) = TermVectors.listingsByTerm(texts[block], terms: 50)
            #expect(starts.count == block.count + 1)
            for (k, index) in block.enumerated() {
                let plain = texts[index].enumerated().map { order, id in UInt64(UInt32(id)) << 32 | UInt64(order) }.sorted()
                #expect(Array(sorted[starts[k]..<starts[k + 1]]) == plain, "text \(index)")
            }
        }
    }

    /// The rows of more texts than one block holds match the plain rows too.
    @Test func rowsOfSeveralBlocksAreThePlainRows() {
        let texts = Self.texts(3 * TermVectors.textsPerBlock + 5)
        let vectors = TermVectors(counted: texts, pseudoDocuments: 100)
        let expected = Self.plainRows(texts, pseudoDocuments: 100) { _, _ in 1 }
        #expect(vectors.rows.map(\.terms) == expected.map(\.terms))
        #expect(vectors.rows.map { $0.weights.map(\.bitPattern) } == expected.map { $0.weights.map(\.bitPattern) })
    }

    @Test(arguments: [1.0, 2.0, 0.5, 0.1, 3.0, 1.2])
    func rowsAreThePlainRowsToTheLastBit(nameBoost: Double) {
        let texts = Self.texts(200)
        let boost: @Sendable (Int, Int) -> Double = { text, word in (word + text) % 5 == 0 ? nameBoost : 1 }
        let vectors = TermVectors(counted: texts, pseudoDocuments: 100, boost: boost)
        let expected = Self.plainRows(texts, pseudoDocuments: 100, boost: boost)
        #expect(vectors.rows.map(\.terms) == expected.map(\.terms))
        #expect(vectors.rows.map { $0.weights.map(\.bitPattern) } == expected.map { $0.weights.map(\.bitPattern) })
    }

    /// Texts given as word numbers (`TermVectors(numbers:)`, term ids from a `NumberTable`)
    /// make the rows of the same texts given as counted words (term ids from a dictionary).
    @Test func numberedTextsMakeTheRowsOfCountedOnes() {
        let texts = Self.texts(150).map { words in
            words.flatMap { Array(repeating: UInt64($0.word) &* 0x9E37_79B9_7F4A_7C15, count: min($0.count, 3)) }
        }
        let numbered = TermVectors(numbers: texts)
        let counted = TermVectors(counted: texts.map { $0.map { ($0, 1) } })
        #expect(numbered.rows.count == 150)
        #expect(numbered.rows.map(\.terms) == counted.rows.map(\.terms))
        #expect(numbered.rows.map { $0.weights.map(\.bitPattern) } == counted.rows.map { $0.weights.map(\.bitPattern) })
    }

    @Test func aBoostAddedManyTimesIsTheSumOfItsAdditions() {
        for boost in [1.0, 2.0, 0.5, 4.0, -2.0, 0.1, 3.0, 1.2, 0.0, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, .infinity] {
            for count in Array(0...300) + [1000, 65_537] {
                var sum = 0.0
                for _ in 0..<count { sum += boost }
                #expect(TermVectors.added(boost, count).bitPattern == sum.bitPattern, "\(boost) × \(count)")
            }
        }
    }

    @Test func onePlusLogIsTheSameFunctionOfTheSameNumber() {
        let counts = (0...600).map { Double($0) / 2 } + [-0.0, -1, 255.5, 256, 1e6, .infinity, .leastNonzeroMagnitude, 0.1]
        for count in counts {
            #expect(TermVectors.onePlusLog(count).bitPattern == (1 + log(count)).bitPattern, "\(count)")
        }
        #expect(TermVectors.onePlusLog(.nan).isNaN)
    }

    /// Cosines of rows of every length, taken four pairs of one first row at a time and one
    /// at a time, are the pairwise cosines to the last bit.
    @Test func cosinesTakenFourAtATimeAreThePairwiseCosines() {
        let vectors = TermVectors(counted: Self.texts(60), pseudoDocuments: 100)
        let pairs = (0..<60).flatMap { a in (0..<60).filter { ($0 * 7 + a) % 3 != 0 }.map { (a, $0) } }
        let cosines = vectors.expectingPairwiseCosines(pairs)
        #expect(cosines.contains { $0 > 0.05 })
    }
}

extension TermVectors {
    /// `cosines(pairs)`, each expected to be the pairwise `cosine` of its rows to the last bit.
    func expectingPairwiseCosines(_ pairs: [(Int, Int)]) -> [Double] {
        let cosines = cosines(pairs)
        #expect(cosines.count == pairs.count)
        for (pair, cosine) in zip(pairs, cosines) {
            #expect(cosine.bitPattern == TermVectors.cosine(rows[pair.0], rows[pair.1]).bitPattern, "\(pair)")
        }
        return cosines
    }
}
