import Foundation
import Testing
@testable import BriefingCore

/// Value rules of the time tagger, one case per rule, in sentences modelled on newswire:
/// the tense that places a weekday, parts of a named day, recurring weekdays, halves
/// of units, seasons with a year, and spans that leave a noun's article out. Values follow
/// the TIMEX3 guidelines.
@Suite("Time cases")
struct TimeCaseTests {
    typealias Case = TimeCase

    static let cases: [Case] = [
        // The words before a clock time decide the tense of the weekday after it.
        Case(dct: "2000-04-03", sentence: "Immigration officials gave the family until 9 a.m. Tuesday to sign the agreement.", expression: "9 a.m. Tuesday", type: "TIME", value: "2000-04-04T09:00"),
        Case(dct: "2013-03-20", sentence: "Prosecutors have until 5 p.m. Friday to file the charges.", expression: "5 p.m. Friday", type: "TIME", value: "2013-03-22T17:00"),
        // A clock time followed by "on" and a day takes that day.
        Case(dct: "2013-03-22", sentence: "The blast came shortly after 10 a.m. on Monday, witnesses said.", expression: "10 a.m.", type: "TIME", value: "2013-03-18T10:00"),
        // "and" inside a name does not end the clause whose verb places the weekday.
        Case(dct: "1998-10-26", sentence: "On Tuesday, the National Organization for Women and Families Alliance plans to hold a rally.", expression: "Tuesday", type: "DATE", value: "1998-10-27"),
        // "plan to" speaks of the future; "the plan" does not.
        Case(dct: "2000-03-29", sentence: "Officials said they did not plan to move the boy on Thursday.", expression: "Thursday", type: "DATE", value: "2000-03-30"),
        Case(dct: "1989-10-27", sentence: "The thrift announced the plan Aug. 21.", expression: "Aug. 21", type: "DATE", value: "1989-08-21"),
        // "Until Thursday, they had not…" tells the past; "postponed until Thursday" the future.
        Case(dct: "1999-05-07", sentence: "Until Thursday, investigators had not named him a suspect.", expression: "Thursday", type: "DATE", value: "1999-05-06"),
        Case(dct: "1999-05-04", sentence: "The hearing was postponed until Thursday.", expression: "Thursday", type: "DATE", value: "1999-05-06"),
        // A timetable verb in the present puts the weekday ahead; a past verb behind.
        Case(dct: "2013-03-22", sentence: "The two-day summit starts Sunday in Durban.", expression: "Sunday", type: "DATE", value: "2013-03-24"),
        Case(dct: "2013-03-22", sentence: "Talks resume Monday in Geneva, diplomats said.", expression: "Monday", type: "DATE", value: "2013-03-25"),
        Case(dct: "2013-03-22", sentence: "The rebels said the talks began Sunday.", expression: "Sunday", type: "DATE", value: "2013-03-17"),
        // A part of a named day keeps the day (a DATE, which dates timeline events), and the
        // narrative goes on from that day.
        Case(dct: "1998-10-26", sentence: "The doctor was shot Friday night in his kitchen.", expression: "Friday night", type: "TIME", value: "1998-10-23TNI"),
        Case(dct: "2013-03-22", sentence: "The power failed on the night of March 3 across the capital.", expression: "the night of March 3", type: "TIME", value: "2013-03-03TNI"),
        Case(dct: "1998-10-26", sentence: "The doctor was shot Friday night. Police sealed the street later in the day.", expression: "the day", type: "DATE", value: "1998-10-23"),
        // Weekdays, parts of weekdays and weekends that recur are sets.
        Case(dct: "2013-03-22", sentence: "The market is closed on Sundays and public holidays.", expression: "Sundays", type: "SET", value: "XXXX-WXX-7"),
        Case(dct: "2013-03-22", sentence: "The council meets on Monday mornings in the old town hall.", expression: "Monday mornings", type: "SET", value: "XXXX-WXX-1TMO"),
        Case(dct: "2013-03-22", sentence: "Traffic into the city is heavy on most weekends.", expression: "weekends", type: "SET", value: "XXXX-WXX-WE"),
        // Halves of units, written in whole smaller units.
        Case(dct: "2013-03-22", sentence: "He spent two and a half years in prison before his release.", expression: "two and a half years", type: "DURATION", value: "P2Y6M"),
        Case(dct: "2013-03-22", sentence: "The reporter was held for a year and a half by the militia.", expression: "a year and a half", type: "DURATION", value: "P1Y6M"),
        Case(dct: "2013-03-22", sentence: "Half an hour later, riot police moved in.", expression: "Half an hour", type: "DURATION", value: "PT30M"),
        Case(dct: "1998-03-06", sentence: "The strike shut the mines for 2 1/2 years.", expression: "2 1/2 years", type: "DURATION", value: "P2Y6M"),
        // A length after a verb of spending or lasting; a vague count keeps its X.
        Case(dct: "2013-03-22", sentence: "It has been a decade since the invasion.", expression: "a decade", type: "DURATION", value: "P1DE"),
        Case(dct: "2013-03-22", sentence: "The repairs took a year and cost $2 million.", expression: "a year", type: "DURATION", value: "P1Y"),
        Case(dct: "2013-03-22", sentence: "Rescuers searched for a few days before giving up.", expression: "a few days", type: "DURATION", value: "PXD"),
        // Seasons with a year, "next" seasons, the weekend just gone.
        Case(dct: "2013-03-22", sentence: "The new terminal will open in spring 2014.", expression: "spring 2014", type: "DATE", value: "2014-SP"),
        Case(dct: "2013-04-10", sentence: "The company hopes to list its shares next spring.", expression: "next spring", type: "DATE", value: "2014-SP"),
        Case(dct: "2013-03-19", sentence: "Heavy rain fell across the region this past weekend.", expression: "this past weekend", type: "DATE", value: "2013-W11-WE"),
        // Halves and quarters: "of the year" belongs to them, "of the '80s" makes the decade; Q1–Q4.
        Case(dct: "2013-03-22", sentence: "Sales rose 4 percent in the first half of the year, the company said.", expression: "the first half of the year", type: "DATE", value: "2013-H1"),
        Case(dct: "1989-10-26", sentence: "Junk bonds boomed in the last half of the '80s.", expression: "the last half of the '80s", type: "DATE", value: "198"),
        Case(dct: "2013-03-22", sentence: "Apple's Q4 2012 results disappointed investors.", expression: "Q4 2012", type: "DATE", value: "2012-Q4"),
        // Clock times on a 24-hour clock, and "2am" in one token.
        Case(dct: "2013-03-22", sentence: "The minister spoke to reporters at 14:00 GMT on Thursday.", expression: "14:00 GMT", type: "TIME", value: "2013-03-21T14:00"),
        Case(dct: "2013-03-22", sentence: "The bomb went off at around 11:30, police said.", expression: "around 11:30", type: "TIME", value: "2013-03-22T11:30"),
        Case(dct: "2013-03-22", sentence: "Negotiators talked until 2am before breaking off.", expression: "2am", type: "TIME", value: "2013-03-22T02:00"),
        // A day before a month keeps an abbreviation's point, not the sentence's.
        Case(dct: "2013-03-22", sentence: "The offer expires on 31 March.", expression: "31 March", type: "DATE", value: "2013-03-31"),
        // A span of days after a month is tagged as its first day.
        Case(dct: "2013-03-22", sentence: "Leaders agreed on the plan at the March 14-15 summit in Brussels.", expression: "March 14-15", type: "DATE", value: "2013-03-14"),
    ]

    @Test(arguments: cases)
    func expressionIsFoundAndNormalized(_ c: Case) throws {
        try c.check()
    }

    /// Spans that leave out a word next to the expression.
    static let spans: [(sentence: String, expression: String)] = [
        ("Turnout in the 2012 election was the lowest in decades.", "2012"),
        ("The ship sank in the early hours of Sunday.", "Sunday"),
    ]

    @Test func spansLeaveOutNeighbours() {
        let dct = CalendarDate(year: 2013, month: 3, day: 22)
        for (sentence, expression) in Self.spans {
            let found = TimeExpressionTagger().tag(sentence, referenceDate: dct)
            #expect(found.contains { $0.text == expression }, "\(sentence): \(found.map(\.text))")
            #expect(!found.contains { $0.text.hasPrefix("the ") && $0.text.contains(expression) || $0.text == "the early hours" }, "\(sentence): \(found.map(\.text))")
        }
    }

    /// Words next to the new rules that are not times.
    static let notTimes = [
        "Heads of state attended the funeral.",
        "Stock prices fall 20 percent in a crash like that.",
        "The Sundays were a British band.",
        "The company unveiled a plan to cut 500 jobs.",
        "Arsenal won 3:1 and the odds were 11:30 against.",
        "The Q&A session ran long.",
        "The Sunday Times first reported the story.",
        "She was named Person of the Year by the magazine.",
        "Skaters are training for the Winter Olympics in Sochi.",
        "Thousands joined the annual March for Life in Washington.",
        "The lawsuit was filed under Section 1983 of the civil rights law.",
        "A night in the guesthouse costs 1999 rupees.",
        "The minutes of the central bank's meeting showed a split.",
    ]

    @Test(arguments: notTimes)
    func lookalikesAreLeftAlone(_ sentence: String) {
        TimeCase.checkNone(in: sentence, dct: CalendarDate(year: 2013, month: 3, day: 22))
    }
}
