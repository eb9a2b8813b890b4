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
        let years = context["years"]?.items ?? []
        #expect(years.map { $0.text("year") } == ["2019"])
        let months = years.first?.child("months")?.items ?? []
        #expect(months.map { $0.text("label") } == ["During 2019", "January 2019", "July 2019"])
        let july = months.last?.child("entries")?.items ?? []
        #expect(july.count == 4, "both third-quarter events, the second half and July 4 are July's")
    }
}

private extension TemplateValue {
    /// The items of a list, none for another value.
    var items: [TemplateValue] {
        if case .list(let items) = self { return items }
        return []
    }

    /// The value of `key` in a context.
    func child(_ key: String) -> TemplateValue? {
        guard case .reference(let context) = self else { return nil }
        return TemplateKey(rawValue: key).map(context.child) ?? context.child(named: key)
    }

    /// The text of `key` in a context.
    func text(_ key: String) -> String? {
        if case .text(let text)? = child(key) { return text }
        return nil
    }
}
