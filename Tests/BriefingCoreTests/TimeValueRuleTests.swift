import Testing
@testable import BriefingCore

/// Value rules of issue 16's accuracy round, each with a sentence modelled on newswire and a
/// look-alike whose value must stay as it was. Values follow the TIMEX3 guidelines.
@Suite("Time value rules")
struct TimeValueRuleTests {
    typealias Case = TimeCase

    /// "set" makes a plan only before "to" or "for"; a record "set on Aug. 6" was set in the past.
    static let setCases: [Case] = [
        Case(dct: "1998-02-06", sentence: "Stocks rose, leaving the index within 70 points of its record high set on Aug. 6.",
             expression: "Aug. 6", type: "DATE", value: "1997-08-06"),
        Case(dct: "2000-01-15", sentence: "The agency ruled that the boy should go back to his father, and set Friday as the deadline for his return.",
             expression: "Friday", type: "DATE", value: "2000-01-14"),
        // Look-alikes: a plan still lies ahead.
        Case(dct: "2013-03-20", sentence: "The vote is set for Friday, party officials said.", expression: "Friday", type: "DATE", value: "2013-03-22"),
        Case(dct: "1998-02-06", sentence: "The tax cut is set to take effect Aug. 6.", expression: "Aug. 6", type: "DATE", value: "1998-08-06"),
    ]

    @Test(arguments: setCases)
    func setIsAPlanOnlyBeforeToOrFor(_ c: Case) throws { try c.check() }
}
