import Testing
@testable import BriefingCore

/// The counting sort by high halves against the standard sort, on listings as term vectors
/// give them: a term id above the listing's position.
@Suite("Stories: sort by high halves")
struct StoriesRadixSortTests {
    @Test(arguments: [0, 1, 2, 17, 300, 5000])
    func listingsSortedByTheirTermsAreSortedAltogether(count: Int) {
        var generator = SeededGenerator(state: UInt64(count) &+ 3)
        func next(_ bound: UInt64) -> UInt64 { UInt64.random(in: 0..<bound, using: &generator) }
        // Ids from a narrow range (one byte varies) up to the whole 32 bits, repeats among them.
        for range: UInt64 in [1, 200, 70_000, 1 << 24, 1 << 32] {
            var listings = (0..<UInt64(count)).map { position in next(range) << 32 | position }
            let expected = listings.sorted()
            RadixSort.sortByHighHalf(&listings)
            #expect(listings == expected, "\(count) ids below \(range)")
        }
    }
}
