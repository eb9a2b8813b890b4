import Testing
@testable import BriefingCore

/// Rules written after the blind score of the second unseen-style set (time-unseen-2), each
/// with sentences modelled on its newswire and a look-alike whose value must stay as it was.
@Suite("Time rules of the second unseen set")
struct TimeSecondUnseenRuleTests {
    typealias Case = TimeCase

    /// Tense cues: "due to" is a cause unless a form of "be" leads it; preparing, aiming or
    /// hoping "to" do a thing, and "can't wait to", plan it; a team "plays" a fixture ahead.
    static let tenseCues: [Case] = [
        Case(dct: "2013-09-15", sentence: "Rescuers were not able to reach the climbers due to poor light on Saturday, police said.",
             expression: "Saturday", type: "DATE", value: "2013-09-14"),
        Case(dct: "2009-04-28", sentence: "The ruling comes as the governor prepares to mark her first year in office on Wednesday.",
             expression: "Wednesday", type: "DATE", value: "2009-04-29"),
        Case(dct: "2013-08-04", sentence: "\"We can't wait to show the new series on Christmas Day,\" the producer said.",
             expression: "Christmas Day", type: "DATE", value: "2013-12-25"),
        Case(dct: "2011-01-05", sentence: "Green Bay plays at Philadelphia on Sunday in the first round of the playoffs.",
             expression: "Sunday", type: "DATE", value: "2011-01-09"),
        // Look-alikes: "due to" after "be" plans; a match told in the past was played.
        Case(dct: "2013-09-15", sentence: "The contract is due to expire on Saturday.", expression: "Saturday", type: "DATE", value: "2013-09-21"),
        Case(dct: "2013-09-10", sentence: "The talks are due to resume on Saturday.", expression: "Saturday", type: "DATE", value: "2013-09-14"),
        Case(dct: "2011-01-05", sentence: "Green Bay played at Philadelphia on Sunday and lost.", expression: "Sunday", type: "DATE", value: "2011-01-02"),
    ]

    @Test(arguments: tenseCues)
    func tenseCuesOfPlansAndCauses(_ c: Case) throws { try c.check() }

    /// A holiday followed by its written date is one DATE with that date; a date written with
    /// its year dates the same month and day written later without one.
    static let writtenDays: [Case] = [
        Case(dct: "2013-09-26", sentence: "Prosecutors say he shot her on Easter Sunday, April 8, 2012, in her car.",
             expression: "Easter Sunday, April 8, 2012", type: "DATE", value: "2012-04-08"),
        Case(dct: "2013-09-26", sentence: "The shooting happened on April 8, 2012. A roommate testified the victim left home around 10 p.m. April 8.",
             expression: "around 10 p.m. April 8", type: "TIME", value: "2012-04-08T22:00"),
        Case(dct: "2013-09-26", sentence: "The shooting happened on April 8, 2012. Her roommate saw her leave on April 8.",
             expression: "April 8", type: "DATE", value: "2012-04-08"),
        // Look-alikes: a lone holiday, and a day no earlier date names, keep the DCT's reckoning.
        Case(dct: "2013-09-26", sentence: "The family gathered on Easter Sunday.", expression: "Easter Sunday", type: "DATE", value: "2013-03-31"),
        Case(dct: "2013-09-26", sentence: "The fire broke out on May 3, 2012. Her roommate saw her leave on April 8.",
             expression: "April 8", type: "DATE", value: "2013-04-08"),
    ]

    @Test(arguments: writtenDays)
    func daysWrittenInFull(_ c: Case) throws { try c.check() }

    /// A clock time dates the narrative as a part of a day does: "later in the afternoon" after
    /// "1 p.m. Monday" is Monday's.
    static let clockAnchors: [Case] = [
        Case(dct: "2017-02-14", sentence: "The girls were dropped off at the bridge about 1 p.m. Monday, but when a relative came later in the afternoon, they were gone.",
             expression: "the afternoon", type: "TIME", value: "2017-02-13TAF"),
        // Look-alike: with no day before it, the afternoon is the DCT's.
        Case(dct: "2017-02-14", sentence: "Police expect to give an update later in the afternoon.",
             expression: "the afternoon", type: "TIME", value: "2017-02-14TAF"),
    ]

    @Test(arguments: clockAnchors)
    func clockTimesAnchorTheNarrative(_ c: Case) throws { try c.check() }

    /// "four and a half years ago" is a DATE, the year the DCT less that span falls in.
    static let halfYearsAgo: [Case] = [
        Case(dct: "2012-02-29", sentence: "The start-up was founded four and a half years ago by two engineers.",
             expression: "four and a half years ago", type: "DATE", value: "2007"),
        Case(dct: "2012-09-10", sentence: "She moved to Paris a year and a half ago.", expression: "a year and a half ago", type: "DATE", value: "2011"),
        // Look-alike: without "ago", a duration.
        Case(dct: "2012-02-29", sentence: "The project took four and a half years.", expression: "four and a half years", type: "DURATION", value: "P4Y6M"),
    ]

    /// After an adverb of habit a month is one of every year (XXXX), with its "late" or "early".
    static let habits: [Case] = [
        Case(dct: "2013-09-15", sentence: "The climbing season generally starts about late October, the inspector said.",
             expression: "late October", type: "DATE", value: "XXXX-10"),
        Case(dct: "2013-09-15", sentence: "Farmers usually plant in April.", expression: "April", type: "DATE", value: "XXXX-04"),
        // Look-alike: no habit, the month of the DCT's reckoning.
        Case(dct: "2013-09-15", sentence: "The climbing season starts in late October this time.",
             expression: "late October", type: "DATE", value: "2013-10"),
    ]

    @Test(arguments: habits)
    func monthsOfHabit(_ c: Case) throws { try c.check() }

    @Test(arguments: halfYearsAgo)
    func halfYearsAgoIsADate(_ c: Case) throws { try c.check() }

    /// Spans: "this" before a date written in full leads the noun after it ("this March 24, 2015
    /// file photo"); the article before "current" or a clock time leads the noun they modify.
    @Test func determinersOutsideTheSpan() throws {
        let tagger = TimeExpressionTagger()
        let dct = try #require(CalendarDate(iso: "2015-03-27"))
        let photo = tagger.tag("McConnell speaks to reporters in Washington, in this March 24, 2015 file photo.", referenceDate: dct)
        #expect(photo.map(\.text) == ["March 24, 2015"])
        #expect(photo.map(\.value) == ["2015-03-24"])
        let leaders = tagger.tag("She blasted the current leadership in Austin.", referenceDate: dct)
        #expect(leaders.map(\.text) == ["current"])
        let call = tagger.tag("He left at 10:30 p.m. Friday, a time matching the 10:30 p.m. call.", referenceDate: dct)
        #expect(call.map(\.text) == ["10:30 p.m. Friday", "10:30 p.m."])
        #expect(call.map(\.value) == ["2015-03-27T22:30", "2015-03-27T22:30"])
        // Look-alike: "this March" alone is relative.
        #expect(tagger.tag("Sales rose this March.", referenceDate: dct).map(\.value) == ["2015-03"])
    }
}

/// Words the second unseen set found missing or tagged in excess: "in as many days", "multi-hour",
/// "a spring recess", and "future" as a noun (TimeBank's "Elian's future") but not as an adjective.
@Suite("Time words of the second unseen set")
struct TimeSecondUnseenWordTests {
    typealias Case = TimeCase

    static let found: [Case] = [
        Case(dct: "2011-01-05", sentence: "The Saints placed him on injured reserve, the second time in as many days the team lost a running back.",
             expression: "as many days", type: "DURATION", value: "P2D"),
        Case(dct: "2011-01-05", sentence: "The Jets lost three games in as many weeks.", expression: "as many weeks", type: "DURATION", value: "P3W"),
        Case(dct: "2015-03-27", sentence: "The Senate held a multi-hour debate on the bill.", expression: "multi-hour", type: "DURATION", value: "PTXH"),
        Case(dct: "2015-03-27", sentence: "The company signed a multiyear contract.", expression: "multiyear", type: "DURATION", value: "PXY"),
        Case(dct: "2015-03-27", sentence: "Lawmakers left for a spring recess on Friday.", expression: "spring", type: "DATE", value: "2015-SP"),
        Case(dct: "2013-10-03", sentence: "It's time for a governor who believes that the future of Texas belongs to all of us.",
             expression: "the future", type: "DATE", value: "FUTURE_REF"),
        Case(dct: "2013-10-03", sentence: "You don't have to buy a place in Texas' future.", expression: "future", type: "DATE", value: "FUTURE_REF"),
        Case(dct: "2015-03-27", sentence: "The budget fails to invest in our future, the senator said.", expression: "future", type: "DATE", value: "FUTURE_REF"),
        Case(dct: "1989-10-30", sentence: "The company expects lower payments in future quarters.", expression: "future quarters", type: "DATE", value: "FUTURE_REF"),
    ]

    @Test(arguments: found)
    func wordsFound(_ c: Case) throws { try c.check() }

    /// Look-alikes: "future" before a noun, "Future" in a name, "spring" as a verb, "many days" with no count before.
    @Test func lookAlikesStayUntagged() throws {
        let dct = try #require(CalendarDate(iso: "2015-03-27"))
        Case.checkNone(in: "Officers may face questions in future hearings.", dct: dct)
        Case.checkNone(in: "The future leader spoke to reporters.", dct: dct)
        Case.checkNone(in: "The group For Our Future raised $5 million.", dct: dct)
        Case.checkNone(in: "Water may spring from the rocks.", dct: dct)
        let found = TimeExpressionTagger().tag("They met in as many places as they could.", referenceDate: dct)
        #expect(found.isEmpty, "found: \(found.map(\.text))")
    }
}
