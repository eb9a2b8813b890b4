import Foundation
import Testing
@testable import BriefingCore

/// The clock rule's shortcut of the forty-second round: a token that is no integer, with no
/// half of the day glued to it and no minutes after a point ("3,000", "1.5", "20th"), is read
/// only for "o'clock" after it; and a month's word is told abbreviated from its bytes.
@Suite("Time scanner: clock times of tokens that are no integer, abbreviated months")
struct Time42ClockShortcutTests {
    static let dct = CalendarDate(year: 2012, month: 6, day: 1)

    /// The type, value and text of each expression tagged in `text`.
    static func tagged(_ text: String) -> [String] {
        TimeExpressionTagger().tag(text, referenceDate: dct).map { "\($0.type) \($0.value) \($0.text)" }
    }

    /// Clock times the shortcut must leave to the full rule: a point before minutes, a half of
    /// the day glued to the digits, both.
    @Test func dottedAndGluedTimesAreStillRead() {
        for (text, expected) in [
            ("The talks resume at 7.45 a.m. on Monday.", "7.45 a.m."),
            ("The polls close at 11.30 p.m. tonight.", "11.30 p.m."),
            ("The polls close at 11.30pm tonight.", "11.30pm"),
            ("The fire started at 2am on Friday.", "2am"),
            ("The vote is at 10:30pm in the hall.", "10:30pm"),
        ] {
            #expect(Self.tagged(text).contains { $0.hasSuffix(" " + expected) && $0.hasPrefix("time ") }, "\(text): \(Self.tagged(text))")
        }
    }

    /// Numbers that are no hour stay untagged, and "o'clock" after a token is still read.
    @Test func otherNumbersAreNoClockTimes() {
        for text in ["Some 3,000 people and 1.5 percent came 20th in the 1990s, at 10.3 points.", "A 7.45 rise, 11.305 units."] {
            #expect(!Self.tagged(text).contains { $0.hasPrefix("time ") }, "\(text): \(Self.tagged(text))")
        }
        #expect(Self.tagged("They met at 3 o'clock in the afternoon.").contains { $0.hasPrefix("time ") })
    }

    /// `mayHaveDottedMinutes` holds for every token whose minutes `clock` reads after a point.
    @Test func dottedMinutesAreToldByTheirPoint() {
        for word in ["11.30", "7.45", "1.2.30", "0.00"] { #expect(TimeScanner.mayHaveDottedMinutes(word), "\(word)") }
        for word in ["1.5", "3,000", "20th", "1130", "11.305", "", "."] { #expect(!TimeScanner.mayHaveDottedMinutes(word), "\(word)") }
    }

    /// Abbreviated months (four characters or fewer, with their point) and full ones read the same
    /// as before.
    @Test func monthsAbbreviatedOrNot() {
        #expect(Self.tagged("It opened Sept. 3 and closed Nov 9.").filter { $0.hasPrefix("date ") }.count == 2)
        #expect(Self.tagged("It opened Dec. 3, 2010.").contains("date 2010-12-03 Dec. 3, 2010"))
        #expect(Self.tagged("It opened September 3, 2010.").contains("date 2010-09-03 September 3, 2010"))
        #expect(Self.tagged("It opened June 3, 2010.").contains("date 2010-06-03 June 3, 2010"))
    }
}
