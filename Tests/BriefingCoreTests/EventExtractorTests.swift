import Testing
@testable import BriefingCore

@Suite("Dated events")
struct EventExtractorTests {
    private func events(_ paragraphs: [String], dct: CalendarDate) -> [Event] {
        let article = Article(source: "case.txt", slug: "case", title: "Case", published: dct,
                              paragraphs: paragraphs.map { Paragraph(text: $0) })
        return ArticleExtractor().extract(article).events
    }

    @Test func seedEventsHaveTheirDates() throws {
        let herald = try Repo.brief(Repo.seed002).extraction.events
        let dates = herald.map(\.date)
        for date in ["2022-02", "2025-01", "2025-03", "2025-04-16"] { #expect(dates.contains(date)) }
        // "in January and February" is one entry spanning both months.
        #expect(herald.first { $0.date == "2025-01" }?.through == "2025-02")
        #expect(herald.first { $0.date == "2025-03" }?.text.contains("limited ceasefire") == true)
        #expect(herald.first { $0.date == "2025-01" }?.text.contains("3,000 additional troops") == true)
        #expect(herald.first { $0.date == "2022-02" }?.text.contains("following Russia’s prolonged war against Ukraine since February 2022, Moscow") == true)
        let bizwire = try Repo.brief(Repo.seed000).extraction.events
        #expect(bizwire.first { $0.date == "2024-10" }?.text.contains("15,000 troops") == true)
        #expect(bizwire.first { $0.date == "2025-12-29" }?.text.contains("defense minister warned") == true)
        #expect(!(bizwire + herald).contains { $0.date == "2024-06-20" || $0.date == "2025-04-04" }, "a caption date became an event")
    }

    @Test func textIsTheSentenceWithoutItsLeadingTimeWords() {
        let found = events(["Last month, the administration was able to broker a limited ceasefire between Russia and Ukraine."],
                           dct: CalendarDate(year: 2025, month: 4, day: 17))
        #expect(found.map(\.text) == ["The administration was able to broker a limited ceasefire between Russia and Ukraine."])
        #expect(found.map(\.precision) == [.month])
    }

    @Test func reportingDateGivesWayToTheReportedOne() {
        let found = events(["The military said last month that the North had deployed troops in January."],
                           dct: CalendarDate(year: 2025, month: 4, day: 17))
        #expect(found.map(\.date) == ["2025-01"])
        #expect(found.first?.text == "The military said last month that the North had deployed troops in January.")
    }

    @Test func vagueTimesMakeNoEvents() {
        #expect(events(["The minister recently warned of risks, and is now in Seoul."], dct: CalendarDate(year: 2025, month: 4, day: 17)).isEmpty)
    }
}
