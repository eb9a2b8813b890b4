import Testing
@testable import BriefingCore

/// `RadixSort.sortByHighHalf` on both sides of its insertion cut, with low halves in no order:
/// values of one high half must keep the order given (a stable sort by the high halves).
@Suite("Stories: sort by high halves, stably")
struct StoriesSortByHighHalfTests {
    @Test(arguments: [2, 5, RadixSort.byHighHalfInsertion - 1, RadixSort.byHighHalfInsertion, 200])
    func stableByHighHalves(count: Int) {
        var generator = SeededGenerator(state: UInt64(count) &+ 41)
        for range: UInt64 in [1, 3, 40, 70_000, 1 << 32] {
            var values = (0..<count).map { _ in UInt64.random(in: 0..<range, using: &generator) << 32 | UInt64.random(in: 0..<1 << 32, using: &generator) }
            // A stable sort by the high halves, by the standard library: ties by position.
            let expected = values.enumerated().sorted { ($0.element >> 32, $0.offset) < ($1.element >> 32, $1.offset) }.map(\.element)
            RadixSort.sortByHighHalf(&values)
            #expect(values == expected, "\(count) values, high halves below \(range)")
        }
    }
}
