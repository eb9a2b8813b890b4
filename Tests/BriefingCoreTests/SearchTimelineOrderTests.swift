import Testing
@testable import BriefingCore

/// Timeline items sorted as packed numbers against the same items compared one by one.
@Suite("Timeline order")
struct SearchTimelineOrderTests {
    /// Items with many ties on day, span and paragraph, as briefs of one news week give.
    static func items(_ count: Int, days: Int, spans: [Int]) -> [TimelineEntries.Item] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: (state >> 33) % UInt64(bound))
        }
        return (0..<count).map { i in
            TimelineEntries.Item(key: (day: 19_000 + next(days), span: spans[next(spans.count)]), paragraph: next(6) - 1, brief: i / 3, position: i % 3, hash: UInt64(i))
        }
    }

    @Test func packedOrderIsTheComparedOrder() throws {
        for (count, days) in [(0, 1), (1, 1), (2, 1), (7, 2), (2_000, 30), (5_000, 400)] {
            let items = Self.items(count, days: days, spans: [1, 7, 31, 365])
            let packed = try #require(TimelineEntries.packedOrder(items))
            #expect(packed == TimelineEntries.comparedOrder(items))
        }
    }

    @Test func daysTooFarApartAreCompared() {
        var items = Self.items(50, days: 10, spans: [1, 30])
        items[3].key.day = Int.min + 1
        items[9].key.day = Int.max - 1
        #expect(TimelineEntries.packedOrder(items) == nil)
        let order = TimelineEntries.comparedOrder(items)
        #expect(order.first == 3 && order.last == 9 && Set(order).count == items.count)
    }
}
