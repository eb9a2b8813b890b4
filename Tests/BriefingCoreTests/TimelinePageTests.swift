import Testing
@testable import BriefingCore

/// The timeline page groups its entries under one heading per year and month.
@Suite("Timeline page headings")
struct TimelinePageTests {
    /// Events of one company's year, as an earnings story dates them: the year, its third
    /// quarter and second half, a month and a day.
    private static let events: [(String, Event.Precision, String)] = [
        ("2019-07-04", .day, "The company opened its hundredth store."),
        ("2019-Q3", .quarter, "The company reported $2.53 in per-share earnings for the third quarter."),
        ("2019", .year, "Management said comparable-store sales growth in 2019 will be 3.5%."),
        ("2019-H2", .quarter, "Analysts expect lighter second-half results."),
        ("2019-01", .month, "The chain announced its strategic investments in January."),
        ("2019-Q3", .quarter, "Comparable-store sales rose 3.6% in the third quarter."),
    ]

    @Test func eachMonthHeadingAppearsOnceAndQuartersSitUnderTheirFirstMonth() throws {
        let link = BriefLink(slug: "home-depot", title: "Home Depot", outlet: "Barrons", published: nil)
        let entries = Self.events.enumerated()
            .map { i, e in TimelineEntries.Entry(event: Event(date: e.0, precision: e.1, text: e.2, paragraph: i), sources: [.init(brief: link, paragraph: i)]) }
            .sorted { TimelineOrder.precedes($0.event, $1.event) }
        let context = TimelinePage.context(entries[...], root: "")
        let years = try #require(context["years"] as? [[String: Any]])
        #expect(years.map { $0["year"] as? String } == ["2019"])
        let months = try #require(years.first?["months"] as? [[String: Any]])
        #expect(months.compactMap { $0["label"] as? String } == ["During 2019", "January 2019", "July 2019"])
        let july = try #require(months.last?["entries"] as? [BriefPage.EventItem])
        #expect(july.count == 4, "both third-quarter events, the second half and July 4 are July's")
    }
}
