import Testing
@testable import BriefingCore

/// Rules written after the blind score of the third unseen-style set (time-unseen-3), each
/// with sentences from its news texts and look-alikes whose result must stay as it was.
@Suite("Time rules of the third unseen set")
struct TimeThirdUnseenRuleTests {
    typealias Case = TimeCase

    /// "should" plans like "would" ("should ease by Thursday morning"), but "should have" tells
    /// what did not happen; a clock time's "local time" stays in its span and lets the weekday
    /// after it join.
    static let plansAndClocks: [Case] = [
        Case(dct: "2019-11-20", sentence: "The weather should ease by Thursday morning, allowing PG&E to begin restoring power, said Mark Quinlan.",
             expression: "Thursday morning", type: "TIME", value: "2019-11-21TMO"),
        Case(dct: "2017-06-17", sentence: "The two ships collided around 1:30 a.m. local time Saturday in the Pacific Ocean, the coast guard said.",
             expression: "around 1:30 a.m. local time Saturday", type: "TIME", value: "2017-06-17T01:30"),
        Case(dct: "2017-06-17", sentence: "It was expected to dock at a Tokyo Bay port around 4:30 p.m. local time, officials said.",
             expression: "around 4:30 p.m. local time", type: "TIME", value: "2017-06-17T16:30"),
        // Look-alikes: a past clause, "should have", and a clock time without "local time".
        Case(dct: "2019-11-20", sentence: "The weather eased by Thursday morning, officials said.",
             expression: "Thursday morning", type: "TIME", value: "2019-11-14TMO"),
        Case(dct: "2019-11-20", sentence: "The meeting should have ended Thursday, officials said.",
             expression: "Thursday", type: "DATE", value: "2019-11-14"),
        Case(dct: "2000-01-15", sentence: "The judge ruled that the boy should go home, and set Friday as the deadline.",
             expression: "Friday", type: "DATE", value: "2000-01-14"),
        Case(dct: "2017-06-17", sentence: "The ships collided around 1:30 a.m. Saturday.",
             expression: "around 1:30 a.m. Saturday", type: "TIME", value: "2017-06-17T01:30"),
    ]

    @Test(arguments: plansAndClocks)
    func plansAndLocalClockTimes(_ c: Case) throws { try c.check() }

    /// "at that time" and "at the time" ending their clause are the date the narrative is at
    /// (else the past); a game clock's "m:ss" before "into" or after "the final" is a DURATION;
    /// "served one term" is a term of office.
    static let pointedTimes: [Case] = [
        Case(dct: "2013-11-30", sentence: "Blood results revealed he had HIV in 1991. 'At that time, people were really dying of Aids.'",
             expression: "that time", type: "DATE", value: "1991"),
        Case(dct: "2013-11-30", sentence: "He learned of it in 1991. His wife was two months' pregnant at the time, about living with the disease.",
             expression: "the time", type: "DATE", value: "1991"),
        Case(dct: "2013-11-30", sentence: "He was asleep at the time.", expression: "the time", type: "DATE", value: "PAST_REF"),
        Case(dct: "2019-11-20", sentence: "Brock Nelson's second goal of the game 2:55 into overtime capped a frantic comeback.",
             expression: "2:55", type: "DURATION", value: "PT2M55S"),
        Case(dct: "2019-11-20", sentence: "Goals by Josh Bailey and Ryan Pulock in the final 4:29 of regulation forced overtime.",
             expression: "the final 4:29", type: "DURATION", value: "PT4M29S"),
        Case(dct: "2016-05-11", sentence: "He was elected a State Assemblyman in 1960 and served one term.",
             expression: "one term", type: "DURATION", value: "PXY"),
        // Look-alike: a clock time after "at" stays a time of day.
        Case(dct: "2019-11-20", sentence: "The bus left at 2:55 for the airport.", expression: "2:55", type: "TIME", value: "2019-11-20T02:55"),
    ]

    @Test(arguments: pointedTimes)
    func timesNamedByPointing(_ c: Case) throws { try c.check() }

    /// A year after a capitalized word inside a sentence is part of a name; after a possessive,
    /// a calendar word or a preposition it is still a date.
    static let yearsAfterWords: [Case] = [
        Case(dct: "2016-10-03", sentence: "Officials released Donald Trump’s 1995 state income tax filings.",
             expression: "1995", type: "DATE", value: "1995"),
        Case(dct: "2019-11-19", sentence: "They married on New Year's Eve 2012.", expression: "New Year's Eve 2012", type: "DATE", value: "2012-12-31"),
        Case(dct: "2019-11-19", sentence: "Sales in Q3 2019 rose.", expression: "Q3 2019", type: "DATE", value: "2019-Q3"),
        Case(dct: "2019-11-19", sentence: "In 2009 it rained.", expression: "2009", type: "DATE", value: "2009"),
    ]

    @Test(arguments: yearsAfterWords)
    func yearsAfterCapitalizedWords(_ c: Case) throws { try c.check() }

    /// "hours" after a word naming what they are for, and the look-alikes of the rules above,
    /// hold no time expression.
    @Test(arguments: [
        "US stock futures were last trading slightly positive during Asian trading hours after recording small losses earlier.",
        "Wales joined the Euro 2020 field with a win over Hungary.",
        "She was stripped of her title as Miss Delaware 2014 because she's too old.",
        "At the time of the crash, he was asleep.",
        "The one term he liked was justice.",
        "The score was 3:1 at halftime.",
        "Police said the local time capsule was opened.",
    ])
    func lookAlikesHoldNoTime(_ sentence: String) throws {
        Case.checkNone(in: sentence, dct: try #require(CalendarDate(iso: "2019-11-19")))
    }

    /// Bare "hours" next to an event stays a stretch.
    static let stretches: [Case] = [
        Case(dct: "2019-11-19", sentence: "Hours after the vote, the deal collapsed.", expression: "Hours", type: "DURATION", value: "PTXH"),
        Case(dct: "2019-11-19", sentence: "The talks lasted for hours.", expression: "hours", type: "DURATION", value: "PTXH"),
    ]

    @Test(arguments: stretches)
    func hoursNextToEventsStayStretches(_ c: Case) throws { try c.check() }
}
