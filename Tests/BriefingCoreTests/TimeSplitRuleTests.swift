import Testing
@testable import BriefingCore

/// Rules of the twelfth round, written from the value errors of one half of TimeBank (every
/// second file name, sorted, from the first) and kept only when the other half did not drop;
/// sentences from its newswire and look-alikes whose result must stay as it was.
@Suite("Time rules of the split TimeBank check")
struct TimeSplitRuleTests {
    typealias Case = TimeCase

    /// An earlier quarter of the same year named after the quarter a report is about is a
    /// comparison in passing: "the period" and "the year-earlier period" still mean the quarter
    /// reported.
    static let reportedQuarter: [Case] = [
        Case(dct: "1989-11-01", sentence: "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter tied largely to lower newsprint earnings, the company attributed the gain to its consumer businesses. The comparison was also enhanced by charges taken in the year-earlier period.",
             expression: "the year-earlier period", type: "DATE", value: "1988-Q3"),
        Case(dct: "1989-11-01", sentence: "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter tied largely to lower newsprint earnings, the company attributed the gain to its consumer businesses. In the 1989 period also, interest expense was lower.",
             expression: "the 1989 period", type: "DATE", value: "1989-Q3"),
        // Look-alikes: a later quarter named after an earlier one is the new subject; so is a
        // quarter of another year (its quarter is taken, the year counted back from the DCT's as before).
        Case(dct: "1989-11-01", sentence: "Second-quarter profit fell 5%. In the third quarter, sales rose 8%, helped by charges taken in the year-earlier period.",
             expression: "the year-earlier period", type: "DATE", value: "1988-Q3"),
        Case(dct: "1989-11-01", sentence: "Third-quarter profit fell 5%. In the fourth quarter of 1988, sales rose 8%, helped by charges taken in the year-earlier period.",
             expression: "the year-earlier period", type: "DATE", value: "1988-Q4"),
    ]

    @Test(arguments: reportedQuarter)
    func anEarlierQuarterInPassingKeepsTheReportedOne(_ c: Case) throws { try c.check() }

    /// "the year-earlier nine months" is one stretch, a DURATION of its count; "several-year",
    /// "many-year" a stretch of unknown length.
    static let stretches: [Case] = [
        Case(dct: "1989-10-26", sentence: "Net for the year-earlier nine months also included a gain of $9.7 million, or 23 cents a share.",
             expression: "the year-earlier nine months", type: "DURATION", value: "P9M"),
        Case(dct: "1989-11-02", sentence: "The company is in the midst of a several-year program to cut costs.",
             expression: "several-year", type: "DURATION", value: "PXY"),
        // Look-alikes: a year-earlier quarter is a date; a counted compound keeps its count.
        Case(dct: "1989-11-02", sentence: "In the year-earlier quarter, the tax credit was $3.3 million.",
             expression: "the year-earlier quarter", type: "DATE", value: "1988-Q3"),
        Case(dct: "1989-11-02", sentence: "The company is in the midst of a three-year program to cut costs.",
             expression: "three-year", type: "DURATION", value: "P3Y"),
    ]

    @Test(arguments: stretches)
    func yearEarlierStretchesAndVagueCompounds(_ c: Case) throws { try c.check() }

    /// A count with a capitalized unit right after a quotation mark is a title ("60 Minutes").
    @Test func aQuotedTitleIsNoDuration() throws {
        Case.checkNone(in: "''The way they're abusing him,'' Gonzalez said on CBS's ''60 Minutes.''", dct: try #require(CalendarDate(iso: "2000-04-17")))
        Case.checkNone(in: "He told \"60 Minutes\" he would not resign.", dct: try #require(CalendarDate(iso: "2000-04-17")))
    }

    /// Look-alike: a quotation opening with a count keeps its unit in lower case, a time.
    @Test func aQuotedSentenceKeepsItsDuration() throws {
        try Case(dct: "2000-04-17", sentence: "\"Two days later, the talks resumed,\" he said.",
                 expression: "Two days", type: "DURATION", value: "P2D").check()
    }
}
