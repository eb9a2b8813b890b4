import Testing
@testable import BriefingCore

/// Rules of the thirteenth round, written from the value errors of TimeBank's other half
/// (every second file name, sorted, from the second) and kept only when the first half did
/// not drop; sentences in the manner of company reports and news, and look-alikes whose
/// result must stay as it was.
@Suite("Time rules of the second split TimeBank check")
struct TimeSecondSplitRuleTests {
    typealias Case = TimeCase

    /// A fiscal quarter, or one a past report gives figures for, is over even when the calendar
    /// quarter of its name is not: "the latest period" and "a year earlier" go on meaning it;
    /// "fiscal-first" is read as "fiscal first"; the same quarter of the year before ("the 2018
    /// period") is the comparison, not a new subject.
    static let reportedQuarters: [Case] = [
        Case(dct: "2019-10-31", sentence: "Apple reported a 4% decline in fiscal fourth-quarter profit on Wednesday. Sales in the latest period rose 2% from a year earlier.",
             expression: "the latest period", type: "DATE", value: "2019-Q4"),
        Case(dct: "2019-10-31", sentence: "Apple reported a 4% decline in fiscal fourth-quarter profit on Wednesday. Sales in the latest period rose 2% from a year earlier.",
             expression: "a year earlier", type: "DATE", value: "2018-Q4"),
        Case(dct: "2019-11-05", sentence: "The company reported a 12% drop in fourth-quarter earnings. Sales in the latest period fell 3%.",
             expression: "the latest period", type: "DATE", value: "2019-Q4"),
        Case(dct: "2018-11-20", sentence: "Medtronic posted net income of $1.1 billion for the fiscal-second quarter ended Oct. 26.",
             expression: "the fiscal-second quarter", type: "DATE", value: "2018-Q2"),
        Case(dct: "2019-10-24", sentence: "Microsoft said it earned $10.7 billion in the fiscal first quarter. In the 2018 period, the company earned $8.8 billion. Analysts had expected sales of $32.2 billion for the quarter.",
             expression: "the quarter", type: "DATE", value: "2019-Q1"),
        // Look-alike: a quarter still ahead in a forecast is not the one reported.
        Case(dct: "2019-11-05", sentence: "The company expects fourth-quarter earnings to fall. Sales in the latest period rose 3%.",
             expression: "the latest period", type: "DATE", value: "2019-Q3"),
    ]

    @Test(arguments: reportedQuarters)
    func fiscalAndReportedQuarters(_ c: Case) throws { try c.check() }

    /// After a report names a stretch of its year's months ("for the nine months"), "a year
    /// earlier" and "the 2018 period" are that stretch a year before: a year, not the quarter.
    static let stretchesOfTheYear: [Case] = [
        Case(dct: "2019-10-25", sentence: "Third-quarter profit rose 5%. For the nine months, net income rose 12% to $3.1 billion, compared with $2.8 billion a year earlier.",
             expression: "a year earlier", type: "DATE", value: "2018"),
        Case(dct: "2019-10-25", sentence: "Third-quarter sales rose 4%. In the first nine months, net income was $2.4 billion, compared with $2.1 billion in the 2018 period.",
             expression: "the 2018 period", type: "DATE", value: "2018"),
        // Look-alikes: right after the quarter, both are the quarter a year before.
        Case(dct: "2019-10-25", sentence: "Third-quarter profit rose 5% to $1.1 billion, from $1.05 billion a year earlier.",
             expression: "a year earlier", type: "DATE", value: "2018-Q3"),
        Case(dct: "2019-10-25", sentence: "Third-quarter sales rose 4%, compared with the 2018 period.",
             expression: "the 2018 period", type: "DATE", value: "2018-Q3"),
    ]

    @Test(arguments: stretchesOfTheYear)
    func stretchesOfMonthsInReports(_ c: Case) throws { try c.check() }

    /// "the week of March 14" is the week that holds the day; "the day after Christmas", "the
    /// day before last Tuesday" the day next to the one named, one DATE.
    static let daysNextToDays: [Case] = [
        Case(dct: "2016-03-01", sentence: "A hearing is scheduled for the week of March 14.",
             expression: "the week of March 14", type: "DATE", value: "2016-W11"),
        Case(dct: "2015-12-28", sentence: "Flooding hit the region the day after Christmas.",
             expression: "the day after Christmas", type: "DATE", value: "2015-12-26"),
        Case(dct: "2000-02-24", sentence: "The day before last Tuesday's court hearing, he went to his brother's home.",
             expression: "The day before last Tuesday", type: "DATE", value: "2000-02-21"),
    ]

    @Test(arguments: daysNextToDays)
    func weeksAndDaysAroundADate(_ c: Case) throws { try c.check() }

    /// "the first two quarters of 2021" is the first half of that year; without a year, two
    /// quarters stay a DURATION.
    static let twoQuarters: [Case] = [
        Case(dct: "2020-10-26", sentence: "Analysts expect the airline to keep losing money through the first two quarters of 2021.",
             expression: "the first two quarters of 2021", type: "DATE", value: "2021-H1"),
        Case(dct: "2020-10-26", sentence: "Deliveries recovered in the last two quarters of 2019 before the pandemic hit.",
             expression: "the last two quarters of 2019", type: "DATE", value: "2019-H2"),
        // Look-alikes: no year named, or a count other than two.
        Case(dct: "2020-10-26", sentence: "Sales fell in the first two quarters, the company said.",
             expression: "the first two quarters", type: "DURATION", value: "P2Q"),
        Case(dct: "2020-10-26", sentence: "Sales fell in the first three quarters of 2020.",
             expression: "the first three quarters", type: "DURATION", value: "P3Q"),
    ]

    @Test(arguments: twoQuarters)
    func twoQuartersOfAYear(_ c: Case) throws { try c.check() }

    /// Look-alike: the day before an event that is no date stays untagged.
    @Test func theDayBeforeAnEventIsNoDate() throws {
        Case.checkNone(in: "They met the day before the vote.", dct: try #require(CalendarDate(iso: "2016-03-01")))
    }
}
