import Foundation
import Testing
@testable import BriefingCore

/// The time tagger's shortcuts of the thirty-fourth round: the byte of a scalar offset in text
/// past ASCII is found eight bytes at a time (`ScalarCursorInUTF8`), and rules tell the words
/// they need by a first or last byte in the words' facts before reading them (the word after
/// an hour, the joiner of two days, the month after a day, an adverb of habit, a sentence's end,
/// the ":" of a game clock).
@Suite("Time scanner: scalar offsets eight bytes at a time, words told by a byte first")
struct Time34ScanShortcutsTests {
    private static let dct = Time30HedgeAndCueTests.dct

    /// Pieces of text past ASCII (two, three and four bytes a scalar) and expressions of the
    /// rules with shortcuts.
    private static let pieces = [
        "café", "naïve", "“quoted”", "—", "€5", "😀", "日本", "\u{301}", "on March 3, 2011", "at 10:30 a.m. Friday",
        "3 p.m.", "four o'clock", "from 1995 to 1997", "April 24 and 25", "yesterday", "two weeks ago", "the 1990s", "x",
    ]

    @Test func everyExpressionsTextIsItsScalarsInTextPastASCII() {
        var checked = 0
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...40)).map { _ in Self.pieces.randomElement()! }.joined(separator: Bool.random() ? " " : "  ")
            let scalars = Array(text.unicodeScalars)
            for time in TimeExpressionTagger().tag(text, referenceDate: Self.dct) {
                let (start, end) = (time.start!, time.end!)
                var plain = String.UnicodeScalarView()
                plain.append(contentsOf: scalars[start..<end])
                #expect(time.text == String(plain), "\(text) at \(start)..<\(end)")
                checked += 1
            }
        }
        #expect(checked >= 2000)
    }

    /// Sentences that reach each shortcut's rule, and what the tagger found in them before the
    /// shortcuts (`briefing extract --dct 2012-06-01` of the round's base).
    private static let sentences: [(text: String, found: String)] = [
        ("They meet at 10:30 a.m. and 4 in the morning; 3 pm, 9 am, six o'clock, 12 o’clock, 7 p.m.",
         "10:30 a.m.=2012-06-01T10:30 4 in the morning=2012-06-01T04:00 3 pm=2012-06-01T15:00 9 am=2012-06-01T09:00 six o'clock=2012-06-01T06:00 12 o’clock=2012-06-01T00:00 7 p.m.=2012-06-01T19:00"),
        ("The race took 2:07:15 on 3/22/2013, at 14:00 GMT, with 20 runners and 5 teams.",
         "2:07:15=PT2H7M15S 3/22/2013=2013-03-22 14:00 GMT=2013-03-22T14:00"),
        ("Talks on April 24 and 25, May 3-4 and June 7 or 8 followed 29 March and 9 Aug. 2011.",
         "April 24=2012-04-24 25=2012-04-25 June 7=2012-06-07 8=2012-06-08 29 March=2012-03-29 9 Aug. 2011=2011-08-09"),
        ("The season usually opens in May. It typically ends in October; prices rose in March.",
         "May=XXXX-05 October=XXXX-10 March=2012-03"),
        ("He said. They will meet on Friday! Was it in July? She left on Monday.",
         "Friday=2012-06-01 July=2012-07 Monday=2012-05-28"),
        ("It took two more weeks, half an hour, an additional year, 3 extra days and a half-century; twenty more minutes passed.",
         "two more weeks=P2W half an hour=PT30M an additional year=P1Y 3 extra days=P3D half-century=P50Y twenty more minutes=PT20M"),
        ("With 1:12 left and 2:55 into overtime, the final 4:29 of regulation, the last 0:45 ended; they won 3:1 at 2:55 p.m. before 20 fans.",
         "1:12=PT1M12S 2:55=PT2M55S the final 4:29=PT4M29S the last 0:45=PT45S 2:55 p.m.=2012-06-01T14:55"),
    ]

    @Test func theRulesWithShortcutsFindWhatTheyFound() {
        for (text, found) in Self.sentences {
            let times = TimeExpressionTagger().tag(text, referenceDate: Self.dct)
            #expect(times.map { "\($0.text)=\($0.value)" }.joined(separator: " ") == found, "\(text)")
        }
    }

    @Test func theBytesTellEveryWordTheRulesAsk() {
        for word in [":", "a", "p", "am", "pm", "in", "o'clock", "o’clock"] {
            #expect(TimeScanner.mayFollowHour(word.utf8.first!), "\(word)")
        }
        for word in ["and", "or", "-", "–"] { #expect(TimeScanner.mayJoinDays(word.utf8.first!), "\(word)") }
        for word in TimeScanner.adverbsOfHabit { #expect(word.utf8.last == 0x79, "\(word)") }
        for byte in UInt8(0)...UInt8(127) {
            let word = String(UnicodeScalar(byte))
            #expect(TimeScanner.endsSentence(byte: byte) == TimeScanner.endsSentence(word), "\(byte)")
        }
        // The words after an hour and the joiners of days are a few of all first bytes.
        #expect((UInt8(0)...UInt8(255)).filter(TimeScanner.mayFollowHour).count == 5)
        #expect((UInt8(0)...UInt8(255)).filter(TimeScanner.mayJoinDays).count == 4)
    }
}
