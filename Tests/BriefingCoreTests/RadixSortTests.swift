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
}
