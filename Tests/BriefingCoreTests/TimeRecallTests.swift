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
        // Clock times with the half of the day glued to the minutes, and British times with a point.
        Case(dct: "2013-03-22", sentence: "The blast happened at 10:30pm near the station.", expression: "10:30pm", type: "TIME", value: "2013-03-22T22:30"),
        Case(dct: "2013-03-22", sentence: "Police were called to the house at 11.30pm on Saturday.", expression: "11.30pm", type: "TIME", value: "2013-03-16T23:30"),
        Case(dct: "2013-03-22", sentence: "The first train left at 7.45 a.m., an hour late.", expression: "7.45 a.m.", type: "TIME", value: "2013-03-22T07:45"),
        // "earlier"/"later" belong to the day or period they qualify.
        Case(dct: "2013-03-22", sentence: "Earlier today, the finance minister resigned.", expression: "Earlier today", type: "DATE", value: "2013-03-22"),
        Case(dct: "1989-10-31", sentence: "Prices were depressed earlier in the year by heavy selling.", expression: "earlier in the year", type: "DATE", value: "1989"),
        // "overnight" is the night before the narrative's day, reported the morning after.
        Case(dct: "2013-03-22", sentence: "Rescuers worked overnight to free the trapped miners.", expression: "overnight", type: "TIME", value: "2013-03-21TNI"),
        Case(dct: "2013-03-22", sentence: "Tokyo shares recovered their overnight losses.", expression: "overnight", type: "TIME", value: "2013-03-21TNI"),
        // A stretch may open a clause ("Hours later, ...").
        Case(dct: "2013-03-22", sentence: "Hours later, the ceasefire collapsed.", expression: "Hours", type: "DURATION", value: "PTXH"),
        Case(dct: "2013-03-22", sentence: "The vote was close. Days after the count, the loser conceded.", expression: "Days", type: "DURATION", value: "PXD"),
        // The end of a decade, the night of the narrative's day, a market report's day.
        Case(dct: "2013-03-22", sentence: "Britain wants to cut emissions by the end of the decade.", expression: "the end of the decade", type: "DATE", value: "201"),
        Case(dct: "2013-03-22", sentence: "The rebels attacked on Tuesday. Shelling went on through the night.", expression: "the night", type: "TIME", value: "2013-03-19TNI"),
        Case(dct: "2013-03-22", sentence: "The Dow rose 0.5 percent on the day.", expression: "the day", type: "DATE", value: "2013-03-22"),
        // "spring" after a lead word is the season.
        Case(dct: "2013-03-22", sentence: "The bill could pass in spring, the minister said.", expression: "spring", type: "DATE", value: "2013-SP"),
        // A part of the day in the middle, on the day named after it.
        Case(dct: "2013-03-22", sentence: "The shelling had stopped by mid-afternoon.", expression: "mid-afternoon", type: "TIME", value: "2013-03-22TAF"),
        Case(dct: "1989-11-02", sentence: "The index fell sharply in mid afternoon yesterday.", expression: "mid afternoon yesterday", type: "TIME", value: "1989-11-01TAF"),
        // One unit written as one word; a day's length after a verb of lasting.
        Case(dct: "2013-03-22", sentence: "The yearlong inquiry ended in March.", expression: "yearlong", type: "DURATION", value: "P1Y"),
        Case(dct: "2013-03-22", sentence: "The strike lasted one day.", expression: "one day", type: "DURATION", value: "P1D"),
        // "one day" after a modal or a subject, or ending a clause about the future, is some day ahead.
        Case(dct: "1998-03-03", sentence: "Islam will one day be the second largest religion in the country.", expression: "one day", type: "DATE", value: "FUTURE_REF"),
        Case(dct: "2015-04-15", sentence: "Pulis believes Fletcher will be captain of the club one day.", expression: "one day", type: "DATE", value: "FUTURE_REF"),
        // A half of the year without a year in a report of results.
        Case(dct: "2013-08-22", sentence: "Pretax profit rose 5 percent in the first half.", expression: "the first half", type: "DATE", value: "2013-H1"),
        // A holiday takes the year written after it; a day of the month just dated takes its year.
        Case(dct: "2015-04-15", sentence: "Shortly before Christmas in 2009, I met Joan.", expression: "Christmas", type: "DATE", value: "2009-12-25"),
        Case(dct: "2015-04-15", sentence: "Frederick died on December 4th, 2011, and Elizabeth on December 7th.", expression: "December 7th", type: "DATE", value: "2011-12-07"),
        // "fiscal" with its year; centuries and halves written as adjectives.
        Case(dct: "1989-11-02", sentence: "Net income for fiscal 1989 rose 12 percent.", expression: "fiscal 1989", type: "DATE", value: "1989"),
        Case(dct: "2015-04-15", sentence: "The remains of the 15th-century monarch were found under a car park.", expression: "15th-century", type: "DATE", value: "14"),
        Case(dct: "2019-11-08", sentence: "The passage of a half-century had not led to any cure.", expression: "half-century", type: "DURATION", value: "P50Y"),
        // A sentence faced or served; a deadline after "must"; the day of a market report.
        Case(dct: "2019-11-08", sentence: "If convicted, he could face decades in jail.", expression: "decades", type: "DURATION", value: "PXDE"),
        Case(dct: "2013-03-22", sentence: "Cyprus must raise 5.8 billion euros by Monday.", expression: "Monday", type: "DATE", value: "2013-03-25"),
        Case(dct: "2013-03-22", sentence: "Heavy snow fell throughout the day.", expression: "the day", type: "DATE", value: "2013-03-22"),
        // Twelve o'clock counts from 12: "12:50 p.m." is after noon, "12:30 a.m." after midnight.
        Case(dct: "2016-09-20", sentence: "The polls closed at 12:50 p.m. on Monday.", expression: "12:50 p.m.", type: "TIME", value: "2016-09-19T12:50"),
        Case(dct: "2016-09-20", sentence: "The fire started at 12:30 a.m., officials said.", expression: "12:30 a.m.", type: "TIME", value: "2016-09-20T00:30"),
        // A hedge on a count stays in the span, as the TIMEX3 guidelines mark it with a mod.
        Case(dct: "1998-01-20", sentence: "He spent nearly forty years in exile before returning.", expression: "nearly forty years", type: "DURATION", value: "P40Y"),
        Case(dct: "1998-02-27", sentence: "The hearing lasted more than four hours.", expression: "more than four hours", type: "DURATION", value: "PT4H"),
        Case(dct: "2000-04-14", sentence: "Police can hold him for at least 72 hours.", expression: "at least 72 hours", type: "DURATION", value: "PT72H"),
        Case(dct: "1998-02-12", sentence: "The shooting happened around 7:15 p.m., police said.", expression: "around 7:15 p.m.", type: "TIME", value: "1998-02-12T19:15"),
        Case(dct: "1999-04-19", sentence: "She left the company almost two years ago.", expression: "almost two years ago", type: "DATE", value: "1997"),
        // A day counted from the start of an event is the narrative's day.
        Case(dct: "2013-03-22", sentence: "He was elected on 13 March, on the second day of the conclave.", expression: "the second day", type: "DATE", value: "2013-03-13"),
        // Hours on the clock face said in words; fixed phrases of the present and the future.
        Case(dct: "2016-09-26", sentence: "The plan should be ready by 6 o'clock this afternoon.", expression: "6 o'clock this afternoon", type: "TIME", value: "2016-09-26T18:00"),
        Case(dct: "2013-03-27", sentence: "The envoys will meet at ten o'clock tonight.", expression: "ten o'clock tonight", type: "TIME", value: "2013-03-27T22:00"),
        Case(dct: "2015-06-08", sentence: "The envoys will meet at ten o\u{2019}clock tonight, the ministry said.", expression: "ten o\u{2019}clock tonight", type: "TIME", value: "2015-06-08T22:00"),
        // A year range with a hyphen between spaces, as with an en dash.
        Case(dct: "2015-06-08", sentence: "The bank lost money in the 2008 - 09 crisis.", expression: "09", type: "DATE", value: "2009"),
        Case(dct: "2015-06-08", sentence: "Caf\u{E9} sales fell in the 2008 \u{2013} 09 crisis.", expression: "09", type: "DATE", value: "2009"),
        Case(dct: "1998-03-06", sentence: "\"We don't have the money right now,\" he said.", expression: "right now", type: "DATE", value: "PRESENT_REF"),
        Case(dct: "1998-03-06", sentence: "Officials want a deal as soon as possible.", expression: "as soon as possible", type: "DATE", value: "FUTURE_REF"),
        Case(dct: "2013-03-27", sentence: "The summit begins the day after tomorrow.", expression: "the day after tomorrow", type: "DATE", value: "2013-03-29"),
        // Easter and the days tied to it, by the computus.
        Case(dct: "2013-03-27", sentence: "The pope will celebrate Mass on Easter Sunday.", expression: "Easter Sunday", type: "DATE", value: "2013-03-31"),
        Case(dct: "2013-03-27", sentence: "Banks in Cyprus stay closed until after Good Friday.", expression: "Good Friday", type: "DATE", value: "2013-03-29"),
        Case(dct: "2000-04-20", sentence: "Thousands of pilgrims came to Jerusalem for Easter week.", expression: "Easter week", type: "DATE", value: "2000-W16"),
        // Dates written with slashes, decades without the apostrophe, days of the month alone.
        Case(dct: "2013-03-22", sentence: "The deadline is 3/22/2013, officials said.", expression: "3/22/2013", type: "DATE", value: "2013-03-22"),
        Case(dct: "2013-03-22", sentence: "He was born on 22/05/1967 in Lagos.", expression: "22/05/1967", type: "DATE", value: "1967-05-22"),
        Case(dct: "2013-03-22", sentence: "Music from the 90s is back in fashion.", expression: "the 90s", type: "DATE", value: "199"),
        Case(dct: "2013-03-22", sentence: "The vote was held on March 3. He resigned on the 5th.", expression: "the 5th", type: "DATE", value: "2013-03-05"),
        Case(dct: "2013-03-22", sentence: "He left Kabul on the 3rd of March 2011.", expression: "the 3rd of March 2011", type: "DATE", value: "2011-03-03"),
        // The year before or after the narrative's, and the prior year.
        Case(dct: "2013-03-22", sentence: "The crash came in 2008. The year after, banks failed.", expression: "The year after", type: "DATE", value: "2009"),
        Case(dct: "1989-10-30", sentence: "Profit rose 12 percent from the prior year.", expression: "the prior year", type: "DATE", value: "1988"),
        // Holidays named with "Day": on a fixed date, or on the nth weekday of their month.
        Case(dct: "2013-03-22", sentence: "Dublin held its parade on St. Patrick's Day.", expression: "St. Patrick's Day", type: "DATE", value: "2013-03-17"),
        Case(dct: "2013-03-22", sentence: "Florists did brisk business on Valentine's Day.", expression: "Valentine's Day", type: "DATE", value: "2013-02-14"),
        Case(dct: "2013-03-22", sentence: "Markets will be closed on Memorial Day 2013.", expression: "Memorial Day 2013", type: "DATE", value: "2013-05-27"),
        Case(dct: "2013-03-22", sentence: "The strike began after Labor Day.", expression: "Labor Day", type: "DATE", value: "2012-09-03"),
        // A vague count "earlier" is the past; a hyphenated number counts its unit.
        Case(dct: "2016-09-20", sentence: "A few months earlier, the plan had collapsed.", expression: "A few months earlier", type: "DATE", value: "PAST_REF"),
        Case(dct: "2016-09-20", sentence: "Seventy-four years ago, a naval battle raged off this island.", expression: "Seventy-four years ago", type: "DATE", value: "1942"),
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
        "Shares rose 11.30 points in thin trading.",
        "The bank cut its overnight rate to 2 percent.",
        "The singer became an overnight success.",
        "Prices may spring back, analysts said.",
        "Later in the talks, the envoy walked out.",
        "A source told the Sunday People that the jail was overcrowded.",
        "She won an Oscar for her role in 12 Years A Slave.",
        "Gerrard watched from the bench during the first half.",
        "That was back in the day, when tickets were cheap.",
        "About 200 people attended, and nearly 5,000 troops arrived.",
        "At least two people died in the crash.",
        "He made a good Friday-night host, as soon as he relaxed.",
        "Both men are in their 90s, and she is in her early 20s.",
        "The Labor Party office on St. James Street held a memorial service.",
        "The 15th amendment was ratified, prior to the war.",
        "Mix the flour at a ratio of 3/4 to 5.",
    ]

    @Test(arguments: notTimes)
    func lookalikesAreLeftAlone(_ sentence: String) {
        TimeCase.checkNone(in: sentence, dct: CalendarDate(year: 1998, month: 3, day: 6))
    }
}
