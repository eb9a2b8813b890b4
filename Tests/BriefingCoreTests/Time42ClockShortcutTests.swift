import Foundation
import Testing
@testable import BriefingCore

/// The time rules' shortcuts of the forty-second round: a token that is no integer, with no
/// half of the day glued to it and no minutes after a point ("3,000", "1.5", "20th"), is read
/// only for "o'clock" after it; a month's word is told abbreviated from its bytes; and bytes
/// rule words out before strings are compared ("o'clock", "mid-", "late-", "early-", a
/// possessive ending, a past form in "-ed").
@Suite("Time scanner: clock times of tokens that are no integer, byte tests before strings")
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
            ("The polls close at 11.30 p.m. tonight.", "11.30 p.m. tonight"),
            ("The polls close at 11.30pm tonight.", "11.30pm tonight"),
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

    /// `hasHyphen` holds where the prefixes of `core` put their hyphen.
    @Test func hyphensOfPrefixes() {
        #expect(TimeScanner.hasHyphen("mid-march", at: 3))
        #expect(TimeScanner.hasHyphen("late-november", at: 4))
        #expect(TimeScanner.hasHyphen("early-2010", at: 5))
        for (word, k) in [("million", 3), ("mid", 3), ("latest", 4), ("early", 5), ("", 0), ("mid\u{2013}march", 3)] {
            #expect(!TimeScanner.hasHyphen(word, at: k), "\(word)")
        }
    }

    /// The expressions the byte tests let through are still read: prefixed periods, parts of
    /// the day, "o'clock" with either apostrophe, possessives left out of the span, and a date
    /// placed in the past by a verb in "-ed" before it.
    @Test func expressionsBehindByteTestsAreRead() {
        #expect(Self.tagged("Prices rose in mid-March and fell by late-November.").filter { $0.hasPrefix("date ") }.count == 2,
                "\(Self.tagged("Prices rose in mid-March and fell by late-November."))")
        #expect(Self.tagged("The storm hit in early-2010.").contains { $0.hasPrefix("date ") })
        #expect(Self.tagged("They met midmorning and left midafternoon.") == ["time 2012-06-01TMO midmorning", "time 2012-06-01TAF midafternoon"])
        #expect(Self.tagged("They met at 3 o\u{2019}clock.").contains { $0.hasPrefix("time ") && $0.hasSuffix("3 o\u{2019}clock") })
        #expect(Self.tagged("Friday's game was late.").contains { $0.hasSuffix(" Friday") })
        #expect(Self.tagged("Friday\u{2019}s game was late.").contains { $0.hasSuffix(" Friday") })
        // "announced" places a March without a year before the DCT (June 2012) in 2012; "will
        // visit" a January after it in 2013.
        #expect(Self.tagged("The company announced in March that it would expand.").contains { $0.hasPrefix("date 2012-03 ") })
        #expect(Self.tagged("The company will visit in January.").contains { $0.hasPrefix("date 2013-01 ") })
    }
}
