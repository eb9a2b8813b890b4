import Testing
@testable import BriefingCore

/// Value rules of issue 16's accuracy round, each with a sentence modelled on newswire and a
/// look-alike whose value must stay as it was. Values follow the TIMEX3 guidelines.
@Suite("Time value rules")
struct TimeValueRuleTests {
    typealias Case = TimeCase

    /// "set" makes a plan only before "to" or "for"; a record "set on Aug. 6" was set in the past.
    /// "coming" makes one only after a form of "be".
    static let setCases: [Case] = [
        Case(dct: "1998-02-06", sentence: "Stocks rose, leaving the index within 70 points of its record high set on Aug. 6.",
             expression: "Aug. 6", type: "DATE", value: "1997-08-06"),
        Case(dct: "2000-01-15", sentence: "The agency ruled that the boy should go back to his father, and set Friday as the deadline for his return.",
             expression: "Friday", type: "DATE", value: "2000-01-14"),
        // Look-alikes: a plan still lies ahead.
        Case(dct: "2013-03-20", sentence: "The vote is set for Friday, party officials said.", expression: "Friday", type: "DATE", value: "2013-03-22"),
        Case(dct: "1998-02-06", sentence: "The tax cut is set to take effect Aug. 6.", expression: "Aug. 6", type: "DATE", value: "1998-08-06"),
        // "coming" plans only after a form of "be": the cheers "coming out of" a headquarters were heard.
        Case(dct: "2016-09-29", sentence: "For all the huzzahs coming out of her Brooklyn headquarters Monday night, Clinton still has work to do.",
             expression: "Monday night", type: "TIME", value: "2016-09-26TNI"),
        Case(dct: "2016-09-29", sentence: "Trump is coming to Ohio on Monday for a rally, his campaign said.",
             expression: "Monday", type: "DATE", value: "2016-10-03"),
    ]

    @Test(arguments: setCases)
    func setIsAPlanOnlyBeforeToOrFor(_ c: Case) throws { try c.check() }

    /// A period compared with the same stretch a year before is one DATE: the period just named, a year back.
    static let yearAgoPeriods: [Case] = [
        Case(dct: "1989-10-26", sentence: "Columbia announced a loss for the third quarter of $226.3 million. For the quarter a year ago, Columbia reported earnings of $16.3 million.",
             expression: "the quarter a year ago", type: "DATE", value: "1988-Q3"),
        Case(dct: "2013-08-01", sentence: "Sales rose 4 percent in the first half, compared with the same period last year.",
             expression: "the same period last year", type: "DATE", value: "2012-H1"),
        Case(dct: "2013-04-10", sentence: "Exports rose 10 percent in March from the corresponding period a year earlier, customs data showed.",
             expression: "the corresponding period a year earlier", type: "DATE", value: "2012-03"),
        // Look-alikes: "the quarter" alone is the quarter reported; with no period named, "last year" stands alone.
        Case(dct: "1989-10-26", sentence: "Delta posted net income of $133.1 million for the quarter, up from $100 million a year earlier.",
             expression: "the quarter", type: "DATE", value: "1989-Q3"),
        Case(dct: "2013-05-02", sentence: "Home prices were higher than in the same period last year, the agents said.",
             expression: "last year", type: "DATE", value: "2012"),
    ]

    @Test(arguments: yearAgoPeriods)
    func aPeriodAYearAgoIsTheNamedPeriodAYearBack(_ c: Case) throws { try c.check() }

    /// A date right after a past verb of an event (not of saying) has happened: not ahead of the DCT.
    static let pastEvents: [Case] = [
        Case(dct: "1989-10-27", sentence: "In the second quarter ended Oct. 31, the company had a loss of $12.5 million.",
             expression: "Oct. 31", type: "DATE", value: "1988-10-31"),
        Case(dct: "2013-10-30", sentence: "The mill closed in December, putting 300 people out of work.",
             expression: "December", type: "DATE", value: "2012-12"),
        // Look-alikes: a date moved ahead, a date said, a date a plan governs.
        Case(dct: "1989-11-02", sentence: "The partnership extended to Nov. 20 its offer for all the shares.",
             expression: "Nov. 20", type: "DATE", value: "1989-11-20"),
        Case(dct: "2013-10-30", sentence: "The company said the mill closes in December.",
             expression: "December", type: "DATE", value: "2013-12"),
        Case(dct: "1989-10-27", sentence: "The company said it will redeem 9.5 million preferred shares on Oct. 31.",
             expression: "Oct. 31", type: "DATE", value: "1989-10-31"),
    ]

    @Test(arguments: pastEvents)
    func aDateAfterAPastEventVerbIsNotAhead(_ c: Case) throws { try c.check() }

    /// A weekday with the week it falls in is one DATE: "Tuesday next week".
    static let weekdaysOfANamedWeek: [Case] = [
        Case(dct: "2013-03-19", sentence: "The minister said talks will resume on Tuesday next week in Geneva.",
             expression: "Tuesday next week", type: "DATE", value: "2013-03-26"),
        Case(dct: "2013-03-19", sentence: "Police were called to the flat on Friday last week, a neighbour said.",
             expression: "Friday last week", type: "DATE", value: "2013-03-15"),
        // Look-alike: a possessive week belongs to the noun after it; the weekday stands alone.
        Case(dct: "2013-03-19", sentence: "Officials said Tuesday next week's summit had been called off.",
             expression: "Tuesday", type: "DATE", value: "2013-03-19"),
    ]

    @Test(arguments: weekdaysOfANamedWeek)
    func aWeekdayOfANamedWeekIsOneDate(_ c: Case) throws { try c.check() }

    /// "a year earlier" after the end of a reported period counts from that day.
    static let yearEarlierThanAPeriodEnd: [Case] = [
        Case(dct: "1989-10-26", sentence: "For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, compared with C$18.1 million a year earlier.",
             expression: "a year earlier", type: "DATE", value: "1988-08-12"),
        // Look-alikes: a day that ends no period, and "ago", which counts from the DCT.
        Case(dct: "1989-11-02", sentence: "Shares rose 6 pence in early trading yesterday. The dividend is up 15% from 4 pence a year earlier.",
             expression: "a year earlier", type: "DATE", value: "1988"),
        Case(dct: "1989-10-26", sentence: "For the quarter ended Sept. 30, sales rose to $747.8 million from $623.5 million a year ago.",
             expression: "a year ago", type: "DATE", value: "1988"),
    ]

    @Test(arguments: yearEarlierThanAPeriodEnd)
    func aYearEarlierCountsFromAReportedPeriodsEnd(_ c: Case) throws { try c.check() }

    /// A day before its month takes a year after a comma too.
    static let dayMonthCommaYear: [Case] = [
        Case(dct: "2014-10-29", sentence: "The crawl started on 09 March, 2011 and ended on 23 December, 2011.",
             expression: "09 March, 2011", type: "DATE", value: "2011-03-09"),
        // Look-alike: a count after the comma is no year.
        Case(dct: "2014-10-29", sentence: "On 9 March, 2,000 people marched through the capital.",
             expression: "9 March", type: "DATE", value: "2014-03-09"),
    ]

    @Test(arguments: dayMonthCommaYear)
    func aDayMonthTakesAYearAfterAComma(_ c: Case) throws { try c.check() }

    /// The point of a title ("Gov.", "Gen.") ends no sentence: the verb after the name still gives the tense.
    static let titlesInsideTheClause: [Case] = [
        Case(dct: "2016-10-02", sentence: "In January, Gov. Earl Ray Tomblin of West Virginia lauded Mr. Clarke in his state-of-the-state address.",
             expression: "January", type: "DATE", value: "2016-01"),
        Case(dct: "1991-02-25", sentence: "Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday night as the optimal time to start the offensive.",
             expression: "Saturday night", type: "TIME", value: "1991-02-23TNI"),
        // Look-alike: a sentence that ends before a title keeps its own tense.
        Case(dct: "2016-10-02", sentence: "The plant will reopen in January. Mr. Clarke is donating a mine to the state.",
             expression: "January", type: "DATE", value: "2017-01"),
    ]

    @Test(arguments: titlesInsideTheClause)
    func aTitlesPointEndsNoSentence(_ c: Case) throws { try c.check() }

    /// A capitalized frequency after a capitalized word is part of a name: a paper or a show.
    static let namesWithFrequencies = [
        "Breitbart News Daily airs on SiriusXM Patriot 125.",
        "A source told Us Weekly the couple had split.",
        "The editorial appeared in the state-run People's Daily.",
    ]

    @Test(arguments: namesWithFrequencies)
    func aFrequencyInANameIsNoSet(_ sentence: String) {
        TimeCase.checkNone(in: sentence, dct: CalendarDate(year: 2016, month: 9, day: 15))
    }

    /// Look-alikes: a frequency in the sentence, or opening it, is still a SET.
    static let frequencies: [Case] = [
        Case(dct: "2016-09-15", sentence: "The exchange sets the price daily, traders said.", expression: "daily", type: "SET", value: "P1D"),
        Case(dct: "2016-09-15", sentence: "Daily, the exchange sets the price.", expression: "Daily", type: "SET", value: "P1D"),
    ]

    @Test(arguments: frequencies)
    func aFrequencyOutsideANameIsASet(_ c: Case) throws { try c.check() }
}
