import Testing
@testable import BriefingCore

@Suite("Parallel map")
struct ParallelMapTests {
    final class Box: Sendable {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    @Test func keepsInputOrder() {
        #expect(ParallelMap.map(Array(0..<1_000)) { $0 * 2 } == (0..<1_000).map { $0 * 2 })
    }

    /// The results are the only owners of what the transform made: nothing is left behind in
    /// the buffer they were gathered in (a 50,000-article repeat check leaked gigabytes so).
    @Test func leavesNoReferenceToItsResults() {
        var boxes = ParallelMap.map(Array(0..<100)) { Box($0) }
        #expect(boxes.map(\.value) == Array(0..<100))
        #expect(boxes.indices.allSatisfy { isKnownUniquelyReferenced(&boxes[$0]) })
    }
}
