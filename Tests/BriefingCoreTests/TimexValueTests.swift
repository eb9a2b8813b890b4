import Testing
@testable import BriefingCore

/// TIMEX3 date values read once by `TimexValue`: precision, the days they cover, labels and
/// HTML `datetime` validity.
@Suite("TIMEX3 values")
struct TimexValueTests {
    @Test(arguments: [
        ("2025-12-29", Event.Precision.day), ("2025-12-29TNI", .day), ("2025-W15", .week), ("2025-03", .month),
        ("2025-Q1", .quarter), ("2025-H2", .quarter), ("2025-SU", .season), ("2019-WI", .season), ("2025", .year), ("202", .decade),
        ("199X", .decade),
    ])
    func precisionOfCalendarValues(_ value: String, _ precision: Event.Precision) {
        #expect(TimexValue(value).precision == precision)
    }

    @Test(arguments: ["PAST_REF", "XXXX-WXX-1", "2025-XX-12", "", "20"])
    func valuesWithoutACalendarPeriodHaveNoPrecision(_ value: String) {
        #expect(TimexValue(value).precision == nil)
    }

    @Test func coverageOrdersASpanBeforeTheDaysInIt() {
        let march = TimexValue("2025-03"), day = TimexValue("2025-03-14"), week = TimexValue("2025-W01")
        #expect(march.firstDate == CalendarDate(year: 2025, month: 3, day: 1) && march.span == 31)
        #expect(day.firstDate == CalendarDate(year: 2025, month: 3, day: 14) && day.span == 1)
        #expect(week.firstDate == CalendarDate(year: 2024, month: 12, day: 30) && week.span == 7, "ISO week 1 of 2025 starts on Monday, Dec. 30, 2024")
        #expect(TimexValue("202").span == 3652 && TimexValue("202").firstDate == CalendarDate(year: 2020, month: 1, day: 1))
        #expect(TimexValue("PAST_REF").firstDate == nil && TimexValue("PAST_REF").firstDay == Int.max)
    }

    @Test func quartersHalvesAndSeasonsCoverTheirMonths() {
        // "Home Depot reported earnings for the third quarter": July to September, not the whole year.
        let q3 = TimexValue("2019-Q3"), h2 = TimexValue("2019-H2"), winter = TimexValue("2019-WI")
        #expect(q3.firstDate == CalendarDate(year: 2019, month: 7, day: 1) && q3.span == 92)
        #expect(h2.firstDate == CalendarDate(year: 2019, month: 7, day: 1) && h2.span == 184)
        #expect(winter.firstDate == CalendarDate(year: 2019, month: 12, day: 1) && winter.span == 91, "Dec. 2019 to Feb. 2020, a leap year")
        #expect(TimexValue("2019-SU").firstDate == CalendarDate(year: 2019, month: 6, day: 1))
        // A quarter sorts after its year and before its first month.
        #expect(TimelineOrder.precedes(TimelineOrder.key("2019"), 0, TimelineOrder.key("2019-Q3"), 0))
        #expect(TimelineOrder.precedes(TimelineOrder.key("2019-Q3"), 0, TimelineOrder.key("2019-07"), 0))
    }

    @Test func labelsForReaders() {
        #expect(TimexValue("2025-12-29").label == "December 29, 2025")
        #expect(TimexValue("2025-03").label == "March 2025")
        #expect(TimexValue("2025-W15").label == "Week of April 7, 2025", "ISO weeks start on Monday")
        #expect(TimexValue("2025-W01").label == "Week of December 30, 2024")
        #expect(TimexValue("2025-SU").label == "Summer 2025" && TimexValue("2019-WI").label == "Winter 2019")
        #expect(TimexValue("2019-Q3").label == "Q3 2019" && TimexValue("2019-H2").label == "Second half of 2019")
        #expect(TimexValue("202").label == "The 2020s")
        #expect(TimexValue("PRESENT_REF").label == "PRESENT_REF")
    }

    @Test func htmlDatetimeAndDay() {
        #expect(TimexValue("2025-03-14").isHTMLDatetime && TimexValue("2025-W15").isHTMLDatetime && TimexValue("2025").isHTMLDatetime)
        #expect(!TimexValue("2025-Q1").isHTMLDatetime && !TimexValue("202").isHTMLDatetime && !TimexValue("2025-02-30").isHTMLDatetime)
        #expect(TimexValue("2025-12-29TNI").day == "2025-12-29" && TimexValue("2025-03").day == "2025-03")
        // A year of four ASCII digits, then a two-digit month, a week of "W" and two digits, or a real day.
        for value in ["2025-03", "2025-W01", "1999", "2024-02-29"] { #expect(TimexValue(value).isHTMLDatetime, "\(value)") }
        let not = ["2025-3", "2025-W1", "2025-W015", "2025-", "-2025", "20250", "2025-03-", "2025--03", "2023-02-29", "2025-03-14-1",
                   "2025-AB", "202X", "PRESENT_REF", "", "\u{0662}\u{0660}\u{0662}\u{0665}", "2025-\u{0660}\u{0663}", "2025-03-14TNI"]
        for value in not { #expect(!TimexValue(value).isHTMLDatetime, "\(value)") }
    }
}
