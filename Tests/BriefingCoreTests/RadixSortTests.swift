import Testing
@testable import BriefingCore

@Suite("Radix sort")
struct RadixSortTests {
    @Test(arguments: [0, 5, 1023, 1024, 5000])
    func sortsAsComparisonsDo(count: Int) {
        var generator = SystemRandomNumberGenerator()
        // Values that vary in some 16-bit digits only (pairs of small numbers), and in all.
        var pairs = (0..<count).map { _ in UInt64.random(in: 0..<3000, using: &generator) << 32 | UInt64.random(in: 0..<3000, using: &generator) }
        var any = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
        // Repeats, and the extremes.
        if count > 10 {
            pairs[3] = pairs[7]
            any[1] = 0
            any[2] = .max
            any[4] = any[9]
        }
        for var values in [pairs, any] {
            let expected = values.sorted()
            RadixSort.sort(&values)
            #expect(values == expected)
        }
    }

    @Test(arguments: [0, 1, 2, 3000])
    func sortsByTwoKeysKeepingTheOrderOfEqualOnes(count: Int) {
        var generator = SystemRandomNumberGenerator()
        // Few distinct keys, so that many are equal; the position tells equal ones apart.
        let keys = (0..<count).map { _ in (UInt64.random(in: 0..<4, using: &generator) << 48, UInt64.random(in: 0..<5, using: &generator) << 20 | 3) }
        var values = Array(keys.indices)
        RadixSort.sort(&values) { keys[$0] }
        let expected = keys.indices.sorted { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
        #expect(values == expected)
    }

    @Test func sortsSmallArraysInPlaceAsComparisonsDo() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 3, 16, 17, 18, 40, 200, 1023] {
            // Few distinct values (many repeats), any values, ascending and descending runs.
            let repeats = (0..<count).map { _ in UInt64.random(in: 0..<5, using: &generator) }
            let any = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            for var values in [repeats, any, repeats.sorted(), Array(any.sorted().reversed())] {
                let expected = values.sorted()
                RadixSort.sort(&values)
                #expect(values == expected)
            }
        }
    }

    @Test func movesTheSmallestValuesToTheFrontInOrder() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 5, 39, 40, 41, 100, 700] {
            let repeats = (0..<count).map { _ in UInt64.random(in: 0..<7, using: &generator) }
            let any = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            for source in [repeats, any, any.sorted(), Array(any.sorted().reversed())] {
                for k in [0, 1, 17, 40, count] {
                    var values = source
                    RadixSort.sortSmallest(&values, k)
                    #expect(Array(values.prefix(k)) == Array(source.sorted().prefix(k)))
                    #expect(values.sorted() == source.sorted(), "the same values, moved")
                }
            }
        }
    }
}
