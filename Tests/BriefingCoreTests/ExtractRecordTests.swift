import Testing
@testable import BriefingCore

@Suite("JSON record of `briefing extract`")
struct ExtractRecordTests {
    @Test func recordHasTheFixedKeys() throws {
        let brief = try Repo.brief(Repo.seed002)
        let record = ArticleRecord.make(brief.article, brief.extraction)
        guard case .object(let pairs) = record else { Issue.record("not an object"); return }
        let keys = pairs.map(\.0)
        for key in ["source", "slug", "title", "outlet", "dateline", "published", "authors", "summary", "paragraphs", "captions", "quotes", "figures", "times", "events"] {
            #expect(keys.contains(key), "missing \(key)")
        }
        guard case .array(let quotes) = record["quotes"], let first = quotes.first, case .object(let q) = first else {
            Issue.record("no quotes"); return
        }
        #expect(q.map(\.0).starts(with: ["text", "speaker", "mention", "role", "cue", "paragraph"]))
    }

    @Test func jsonEscapesAndKeepsOrder() {
        let json = JSONWriter.string(.object([("b", .string("a\"\n<")), ("a", .null), ("n", .number(2.87e13)), ("x", .number(0.5))]), pretty: false)
        #expect(json == #"{"b":"a\"\n<","a":null,"n":28700000000000,"x":0.5}"#)
    }

    @Test func calendarArithmetic() {
        let d = CalendarDate(year: 2025, month: 12, day: 29)
        #expect(d.weekday == 1)
        #expect(d.isoWeek.year == 2026 && d.isoWeek.week == 1)
        #expect(CalendarDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 3).description == "2026-01-01")
    }
}
