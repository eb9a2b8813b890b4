import Testing

@testable import BriefingCore

/// `RadixSort.sort` spreads arrays of `spreadable` to `smallest` values into buckets by their
/// high bits before sorting each bucket: it must give what `sorted()` gives for every spread
/// of values, even ones that crowd into a few buckets.
@Suite("Radix sort: spread sort")
struct Lead39SpreadSortTests {
    /// Values of one kind: `kind` picks hashes, small numbers, pairs `a << 32 | b`, values
    /// crowded near one another, many repeats of a few, or powers of two.
    private static func value(_ kind: Int, _ numbers: inout SeededGenerator) -> UInt64 {
        switch kind {
        case 0: numbers.next()
        case 1: UInt64.random(in: 0..<5000, using: &numbers)
        case 2: UInt64.random(in: 0..<300, using: &numbers) << 32 | UInt64.random(in: 0..<40, using: &numbers)
        case 3: 0xDEAD_BEEF_0000_0000 | UInt64.random(in: 0..<64, using: &numbers)
        case 4: [3, 17, 1 << 40, .max][Int.random(in: 0..<4, using: &numbers)]
        default: 1 << UInt64.random(in: 0..<64, using: &numbers)
        }
    }

    @Test func sortsAsSortedDoes() {
        var numbers = SeededGenerator(state: 39)
        var wrong = 0
        for count in [0, 1, 2, 17, 63, 64, 65, 100, 255, 256, 257, 511, 700, 1000, 1023, 1024, 1500] {
            for kind in 0..<6 {
                // Also a mixture: most values hashes, some of the kind.
                for mixed in [false, true] {
                    var values = (0..<count).map { k in mixed && k % 3 == 0 ? numbers.next() : Self.value(kind, &numbers) }
                    let expected = values.sorted()
                    RadixSort.sort(&values)
                    if values != expected { wrong += 1 }
                    var buffered = expected.shuffled(using: &numbers)
                    buffered.withUnsafeMutableBufferPointer { RadixSort.sort($0) }
                    if buffered != expected { wrong += 1 }
                }
            }
        }
        #expect(wrong == 0)
    }

    @Test func keepsEachValueOnceAsASetWould() {
        var numbers = SeededGenerator(state: 4)
        for count in stride(from: 0, to: 1200, by: 37) {
            var values = (0..<count).map { _ in UInt64.random(in: 0..<UInt64(max(1, count / 2)), using: &numbers) &* 0x9E37_79B9_7F4A_7C15 }
            let expected = Set(values).sorted()
            values.sortKeepingEachOnce()
            #expect(values == expected)
        }
    }
}
