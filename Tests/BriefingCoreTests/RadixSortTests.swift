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
}
