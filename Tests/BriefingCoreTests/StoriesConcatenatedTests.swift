import Testing
@testable import BriefingCore

/// `Array(concatenating:)`, which joins the scored pairs of the grouping's parallel blocks,
/// against the standard library's `joined()`.
@Suite("Stories: concatenated blocks")
struct StoriesConcatenatedTests {
    @Test("Parts one after another, empty parts and none included")
    func asJoined() {
        var generator = SeededGenerator(state: 41)
        for _ in 0..<50 {
            let parts = (0..<Int.random(in: 0..<8, using: &generator)).map { _ in
                (0..<Int.random(in: 0..<5, using: &generator)).map { _ in (Int.random(in: 0..<100, using: &generator), 0.5) }
            }
            let made = Array(concatenating: parts)
            let plain = Array(parts.joined())
            #expect(made.map(\.0) == plain.map(\.0))
            #expect(made.count == parts.reduce(0) { $0 + $1.count })
        }
        #expect(Array<Int>(concatenating: []).isEmpty)
        #expect(Array(concatenating: [[1], [], [2, 3]]) == [1, 2, 3])
    }
}
