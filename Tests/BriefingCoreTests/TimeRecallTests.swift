import Foundation
import Testing
@testable import BriefingCore

/// Kinds of time expression that TimeML tags and the tagger once missed: years in lists and
/// ranges, terms of office, recurring seasons and parts of the day, "now", clock-face
/// durations, decades as durations, the narrative's "the day", stretches next to an event.
/// Sentences are modelled on newswire; values follow the TIMEX3 guidelines.
@Suite("Time recall")
struct TimeRecallTests {
    typealias Case = TimeCase

    static let cases: [Case] = [
        // Bare years in lists and ranges: each year is a TIMEX3.
        Case(dct: "1998-03-06", sentence: "The company lost money in 1990, 1991 and 1992 before the turnaround.", expression: "1991", type: "DATE", value: "1991"),
        Case(dct: "1998-03-06", sentence: "The treaty was amended in 1648, 1713 and 1815.", expression: "1815", type: "DATE", value: "1815"),
        Case(dct: "1998-03-06", sentence: "The drought of 1894 and 1895 ruined the settlers.", expression: "1895", type: "DATE", value: "1895"),
        Case(dct: "1998-03-06", sentence: "Exports to Asia fell 1995-97, the ministry said.", expression: "1995", type: "DATE", value: "1995"),
        Case(dct: "1998-03-06", sentence: "Exports to Asia fell 1995-97, the ministry said.", expression: "97", type: "DATE", value: "1997"),
        Case(dct: "2001-05-02", sentence: "Inflation averaged 12 percent in 1993-2000, the central bank said.", expression: "2000", type: "DATE", value: "2000"),
        Case(dct: "2010-05-02", sentence: "The bank lost money in the 2008 – 09 crisis.", expression: "09", type: "DATE", value: "2009"),
        // Durations named by a noun: a term of office, a tenure.
        Case(dct: "1998-03-06", sentence: "Yeltsin has said he will not run again when his term ends in 2000.", expression: "his term", type: "DURATION", value: "PXY"),
        Case(dct: "1998-03-06", sentence: "During her tenure, the agency doubled its budget.", expression: "her tenure", type: "DURATION", value: "PXY"),
        Case(dct: "2016-10-10", sentence: "Questions about Hillary Clinton's tenure as secretary of state have dogged her.", expression: "tenure", type: "DURATION", value: "PXY"),
        Case(dct: "2012-03-06", sentence: "The incumbent is running for a second term against a field of newcomers.", expression: "a second term", type: "DURATION", value: "PXY"),
        Case(dct: "2012-03-06", sentence: "Obama's second term ends in January.", expression: "second term", type: "DURATION", value: "PXY"),
        Case(dct: "1989-10-30", sentence: "Analysts expect prices to stay weak in the near term.", expression: "the near term", type: "DATE", value: "FUTURE_REF"),
        // Seasons and parts of the day that recur are sets.
        Case(dct: "1998-03-06", sentence: "The resort fills up every summer, and prices double each winter.", expression: "every summer", type: "SET", value: "XXXX-SU"),
        Case(dct: "1998-03-22", sentence: "Farmers here have lost their crops the past three summers.", expression: "past three summers", type: "SET", value: "XXXX-SU"),
        Case(dct: "1998-03-06", sentence: "Guards patrol the border every morning, and the shelling resumes nightly.", expression: "every morning", type: "SET", value: "XXXX-XX-XXTMO"),
        Case(dct: "1998-03-06", sentence: "Guards patrol the border every morning, and the shelling resumes nightly.", expression: "nightly", type: "SET", value: "XXXX-XX-XXTNI"),
        Case(dct: "1998-03-06", sentence: "Protesters gather each evening outside the parliament.", expression: "each evening", type: "SET", value: "XXXX-XX-XXTEV"),
        Case(dct: "1998-02-13", sentence: "Interviewers are doing hundreds of interviews a day, a spokesman said.", expression: "a day", type: "SET", value: "P1D"),
        // "now", even opening a sentence before a comma, is the present.
        Case(dct: "1998-03-06", sentence: "Now, investors are betting on a rate cut.", expression: "Now", type: "DATE", value: "PRESENT_REF"),
        Case(dct: "1998-03-06", sentence: "Until now, the government had refused to talk to the rebels.", expression: "now", type: "DATE", value: "PRESENT_REF"),
        // Clock-face durations: race and running times.
        Case(dct: "1998-03-06", sentence: "The Kenyan won the marathon in 2:07:15, the fastest time of the year.", expression: "2:07:15", type: "DURATION", value: "PT2H7M15S"),
        Case(dct: "1998-03-06", sentence: "The tape, which runs 1:12:40, was shown to the jury.", expression: "1:12:40", type: "DURATION", value: "PT1H12M40S"),
        // Decades as durations, in the TIMEX3 unit DE.
        Case(dct: "1998-03-06", sentence: "Prices have risen for a decade, and wages have stagnated for two decades.", expression: "two decades", type: "DURATION", value: "P2DE"),
        Case(dct: "1998-03-06", sentence: "Egypt and Israel ended a decade-long dispute over Taba.", expression: "decade-long", type: "DURATION", value: "P1DE"),
        Case(dct: "2000-01-15", sentence: "The boy became a symbol of the decades-long battle with Cuba.", expression: "decades-long", type: "DURATION", value: "PXDE"),
        // "the day" of the narrative: the date the text last gave.
        Case(dct: "1998-03-06", sentence: "Rioters burned the embassy on Feb. 12. Police arrested 40 people later in the day.", expression: "the day", type: "DATE", value: "1998-02-12"),
        Case(dct: "1998-03-06", sentence: "The bombing took place on Aug. 7. Witnesses said the day began like any other.", expression: "the day", type: "DATE", value: "1997-08-07"),
        Case(dct: "1989-10-30", sentence: "Eight trading days after Oct. 12, the day before the stock market plunge, the index rose.", expression: "the day", type: "DATE", value: "1989-10-12"),
        Case(dct: "1998-03-06", sentence: "The talks collapsed on Tuesday. The day before, negotiators had seemed close to a deal.", expression: "The day before", type: "DATE", value: "1998-03-02"),
        // Stretches of time next to an event.
        Case(dct: "1998-11-20", sentence: "Kopp's car was seen in the neighborhood in the weeks before the shooting.", expression: "the weeks", type: "DURATION", value: "PXW"),
        Case(dct: "1998-03-31", sentence: "Over the years, many more patients have survived.", expression: "the years", type: "DURATION", value: "PXY"),
        Case(dct: "1991-02-25", sentence: "Some 5,500 prisoners were taken in the first hours of the ground war.", expression: "the first hours", type: "DURATION", value: "PTXH"),
        Case(dct: "1989-10-30", sentence: "Eight trading days after the plunge, the index had recovered.", expression: "Eight trading days", type: "DURATION", value: "P8D"),
        Case(dct: "1998-02-13", sentence: "The move comes barely a month after Qantas suspended flights.", expression: "a month", type: "DURATION", value: "P1M"),
        Case(dct: "1989-10-30", sentence: "Tokyo stocks closed higher on Friday. Dealers placed heavy buy orders in the morning.", expression: "the morning", type: "TIME", value: "1989-10-27TMO"),
        Case(dct: "2000-04-05", sentence: "The father will leave at 4 in the morning, his lawyer said.", expression: "4 in the morning", type: "TIME", value: "2000-04-05T04:00"),
        Case(dct: "1998-01-21", sentence: "Ukraine was ruled from Moscow for centuries.", expression: "centuries", type: "DURATION", value: "PXCE"),
        Case(dct: "1989-10-30", sentence: "The company recently achieved profitability after several quarters of losses.", expression: "several quarters", type: "DURATION", value: "PXQ"),
        Case(dct: "2013-03-06", sentence: "Unemployment has fallen for five straight months.", expression: "five straight months", type: "DURATION", value: "P5M"),
        Case(dct: "2013-03-06", sentence: "The airline runs three flights a week to Perth.", expression: "a week", type: "SET", value: "P1W"),
        Case(dct: "1991-02-25", sentence: "Then, a week or so ago, the general secretly moved his troops west.", expression: "a week or so ago", type: "DATE", value: "1991-W08"),
    ]

    @Test(arguments: cases)
    func expressionIsFoundAndNormalized(_ c: Case) throws {
        try c.check()
    }

    /// Words next to the new rules that are not times.
    static let notTimes = [
        "The term \"ethnic cleansing\" was coined in the Balkans.",
        "Under the terms of the agreement, Iraq must allow inspectors into all sites.",
        "Voters approved term limits for the council.",
        "He finished his term paper.",
        "The team won a second round of talks.",
        "It was a day of mourning across the country.",
        "The vote fell 1995-10 along party lines.",
        "He paid $1995-97 for the set.",
        "Officials voiced concern over his brother's long term detainment.",
        "He told NBC Nightly News that he would not resign.",
    ]

    @Test(arguments: notTimes)
    func lookalikesAreLeftAlone(_ sentence: String) {
        TimeCase.checkNone(in: sentence, dct: CalendarDate(year: 1998, month: 3, day: 6))
    }
}
