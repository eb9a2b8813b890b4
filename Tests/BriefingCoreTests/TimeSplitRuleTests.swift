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
}
