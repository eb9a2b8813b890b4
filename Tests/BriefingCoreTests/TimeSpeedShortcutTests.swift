import Testing
@testable import BriefingCore

/// The shortcuts the time scanner takes before its rules (byte tests that rule words out
/// before they are compared or looked up) give what the plain tests give.
@Suite("Time scanner: byte shortcuts give what the plain tests give")
struct TimeSpeedShortcutTests {
    /// `isDecadeWithApostrophe` as it read the token's scalars before it read the bytes.
    static func decadeByScalars(_ scanner: TimeScanner, _ k: Int) -> Bool {
        let scalars = scanner.tokens[k].text.unicodeScalars
        guard scalars.count == 6, scalars.prefix(4).allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
              scalars.dropFirst(3).first == "0", scalars.dropFirst(4).first == "'" || scalars.dropFirst(4).first == "\u{2019}",
              scalars.last == "s", k > 0 else { return false }
        return scanner.lower[k - 1] == "the" || (k > 1 && ["early", "late", "mid"].contains(scanner.lower[k - 1]) && scanner.lower[k - 2] == "the")
    }

    @Test func decadesWithApostropheAreReadFromTheBytesAsFromTheScalars() {
        let decades = [
            "1980's", "1980’s", "1985's", "1980‘s", "1980`s", "1980'S", "1980’S", "198O's", "19800s", "1980’ss", "62,000",
            "1,980s", "٩٨٠'s", "1980\u{301}'s", "1990's", "2000’s", "180's", "11980's", "1980", "1980s", "a980's", "1980’",
        ]
        var matched = 0
        for decade in decades {
            for lead in ["the", "the early", "the late", "the mid", "a", "in the", "early", ""] {
                let text = "\(lead) \(decade) and after"
                let tokens = Tokenizer.tokens(text)
                let scanner = TimeScanner(tokens: tokens, dct: nil)
                for k in tokens.indices {
                    let fast = scanner.isDecadeWithApostrophe(k)
                    #expect(fast == Self.decadeByScalars(scanner, k), "\(text) at \(k)")
                    if fast { matched += 1 }
                }
            }
        }
        // The test reads matching decades, not only others.
        #expect(matched >= 8)
    }

    @Test func wordsReadAfterTheStartWithALetterLetThrough() {
        // `single` reads these words after "the" ("the late 1970s", "the night of March 3",
        // "the day after Christmas", "the week of March 6").
        let words = ["early", "late", "mid", "day", "week"] + TimeLexicon.dayParts.map(\.key)
        for word in words {
            #expect(TimeScanner.mayFollowThe(word.utf8.first!), "\(word)")
        }
        // Most words after "the" are ruled out.
        #expect(!TimeScanner.mayFollowThe(UInt8(ascii: "g")) && !TimeScanner.mayFollowThe(UInt8(ascii: "p")))
        #expect(!TimeScanner.mayFollowThe(UInt8(ascii: "M")) && !TimeScanner.mayFollowThe(0xE2) && !TimeScanner.mayFollowThe(0))
    }

    @Test func termNounsPassTheirByteTest() {
        for noun in TimeScanner.termNouns {
            let scanner = TimeScanner(tokens: Tokenizer.tokens(noun), dct: nil)
            #expect(TimeScanner.mayBeTermNoun(scanner.facts[0], scanner.lower[0]), "\(noun)")
        }
        for other in ["the", "that", "to", "talks", "terminal", "tenures", "Term"] where !TimeScanner.termNouns.contains(other.lowercased()) {
            let scanner = TimeScanner(tokens: Tokenizer.tokens(other), dct: nil)
            let passes = TimeScanner.mayBeTermNoun(scanner.facts[0], scanner.lower[0])
            #expect(passes == (other == "talks"), "\(other)")
        }
    }

    /// Phrases whose expressions go through the shortcuts, with the values the tagger gave
    /// before them (read from the extraction of an article of these paragraphs).
    @Test func phrasesThroughTheShortcutsKeepTheirValues() {
        let dct = CalendarDate(year: 2012, month: 4, day: 8)
        let cases: [(String, [String])] = [
            ("It was the late 1970s when the plan began.", ["197"]),
            ("Police came the night of March 3, officials said.", ["2012-03-03TNI"]),
            ("He left the day after Christmas.", ["2011-12-26"]),
            ("Talks resume the week of March 6.", ["2013-W10"]),
            ("She won a second term in 2008.", ["PXY", "2008"]),
            ("Sales fell for eight trading days in a row.", ["P8D"]),
            ("Prices rose in the 1980's and the early 1990’s.", ["198", "199"]),
            ("The government spent 62,000 dollars the first year.", []),
        ]
        for (text, values) in cases {
            let found = TimeExpressionTagger().tag(text, referenceDate: dct).map(\.value)
            #expect(found == values, "\(text)")
        }
    }
}
