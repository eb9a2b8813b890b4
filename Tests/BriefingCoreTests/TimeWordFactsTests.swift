import Foundation
import Testing
@testable import BriefingCore

/// The facts the time scanner reads once for each token give what the lexicon functions give
/// for the same word, for the words of the lexicons, of running text and look-alikes.
@Suite("Time word facts")
struct TimeWordFactsTests {
    /// Words of the lexicons, with forms around them: possessives, points, compounds, digits,
    /// signs, numbers past `Int`, and words with scalars past ASCII.
    static let words: [String] = {
        var words = TimeLexicon.starters.words.union(TimeLexicon.unitWords).union(TimeScanner.openerWords)
        for word in Array(words) {
            words.formUnion([word + ".", word + "'s", word + "\u{2019}s", word + "s", String(word.dropLast()), word + "-year", "mid-" + word])
        }
        // Every pair of number words joined by a hyphen, in the table or not ("twenty-four", "two-three").
        let numbers = words.filter { TimeLexicon.number($0) != nil && !$0.contains("-") }
        for tens in numbers {
            for ones in numbers { words.insert(tens + "-" + ones) }
        }
        words.formUnion([
            "", "1", "07", "0999", "1999", "01999", "2999", "3000", "12", "999", "1000", "99999999999999999999", "00000000000000000000001",
            "+5", "-5", "-", "+", "2am", "1990s", "1980's", "3.5", "1,000", "2nd", "2-year", "2\u{BD}", "\u{663}\u{664}",
            "twenty-one", "ninety-nine", "hundred-a", "twenty-an", "two-three", "two-a\u{F1}o", "twenty-\u{301}one", "a\u{301}",
            "monday\u{2019}s", "friday's", "sept.", "dec.", "decem", "\u{212A}", "caf\u{E9}", "o'clock", "o\u{2019}clock",
            "\u{37E}", "year-earlier", "q1", "q5", "multi-year", "half-hour", "weeklong", "the", "around", "right", "nearly",
        ])
        return words.sorted()
    }()

    @Test func factsAreTheLexiconsAnswers() {
        for word in Self.words { check(word) }
    }

    @Test func factsOfRunningTextAreTheLexiconsAnswers() throws {
        let url = Repo.fixtures.appendingPathComponent("time/cases.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        let scanner = TimeScanner(tokens: Tokenizer.tokens(text), dct: nil)
        #expect(scanner.lower.count > 1000)
        for word in Set(scanner.lower) { check(word) }
    }

    @Test func theKeysPastASCIIHoldTheApostrophe() {
        // `TimeWordFacts` looks words past ASCII up only when they hold "’".
        for key in TimeWordFacts.vocabulary.keys where key.utf8.contains(where: { $0 >= 0x80 }) {
            #expect(key.contains("\u{2019}"), "\(key)")
        }
    }

    /// A token of one ASCII byte, read from the scanner's table of them, has the lowercase
    /// text and the facts of that text.
    @Test func oneByteTokensAreReadAsTheirLowercase() {
        for byte in UInt8(0)..<0x80 {
            let text = String(Unicode.Scalar(byte))
            let scanner = TimeScanner(tokens: [Token(text: text, start: 0, end: 1)], dct: nil)
            let lower = byte &- 0x41 < 26 ? String(Unicode.Scalar(byte | 0x20)) : text
            #expect(scanner.lower == [lower], "\(byte)")
            check(scanner.lower[0])
            let facts = scanner.facts[0], expected = TimeWordFacts.of(lower)
            #expect(facts.flags == expected.flags && facts.rules == expected.rules && facts.number == expected.number, "\(byte)")
            #expect(facts.firstByte == expected.firstByte && facts.integer == expected.integer && facts.unitCode == expected.unitCode, "\(byte)")
        }
        #expect(TimeScanner(tokens: Tokenizer.tokens("A 5 , ."), dct: nil).facts.map(\.integer) == [nil, 5, nil, nil])
    }

    /// A token with capitals or a possessive ending is read lower-cased, without the ending
    /// ("Friday's" → "friday"), with the facts of that text.
    @Test func capitalizedAndPossessiveTokensAreReadLowercased() {
        let words = [
            "Friday's", "FRIDAY'S", "Sept.", "McDonald's", "It's", "A's", "U.S.", "1980's", "X'S", "Mid-March", "TWENTY-ONE",
            "Friday\u{2019}s", "Caf\u{E9}", "\u{C9}t\u{E9}", "Tuesday", "tuesday's", "yesterday's", "'s", "ab's", "Abc's",
            String(repeating: "A", count: 40) + "'s", "Nineteen", "DEC.", "Weeks",
        ]
        for word in words {
            // Only a word with an ASCII capital is lower-cased (all of it): "\u{C9}t\u{E9}" stays.
            var expected = word.utf8.contains { $0 &- 0x41 < 26 } ? word.lowercased() : word
            let bytes = Array(word.utf8), n = bytes.count
            if n > 3, bytes[n - 1] | 0x20 == 0x73, bytes[n - 2] == 0x27 || bytes[n - 2] == 0x99, expected.hasSuffix("'s") || expected.hasSuffix("\u{2019}s") {
                expected.removeLast(2)
            }
            let scanner = TimeScanner(tokens: [Token(text: word, start: 0, end: word.unicodeScalars.count)], dct: nil)
            #expect(scanner.lower == [expected], "\(word)")
            let facts = scanner.facts[0], told = TimeWordFacts.of(expected)
            #expect(facts.flags == told.flags && facts.rules == told.rules && facts.number == told.number && facts.month == told.month, "\(word)")
            #expect(facts.weekday == told.weekday && facts.firstByte == told.firstByte && facts.lastByte == told.lastByte && facts.integer == told.integer, "\(word)")
        }
        #expect(TimeScanner(tokens: Tokenizer.tokens("On Friday's game"), dct: nil).lower == ["on", "friday", "game"])
    }

    private func check(_ word: String) {
        let facts = TimeWordFacts.of(word)
        #expect(Int(facts.number) == TimeLexicon.number(word) ?? -1, "\(word)")
        #expect(facts.unit?.unit == TimeLexicon.unit(word)?.unit && facts.unit?.plural == TimeLexicon.unit(word)?.plural, "\(word)")
        #expect(Int(facts.month) == MonthNames.month(word) ?? 0, "\(word)")
        #expect(Int(facts.weekday) == TimeScanner.weekdayNumber(word) ?? 0, "\(word)")
        #expect(facts.shift == (TimeScanner.yearShift(word).map { UInt8($0 + 1) } ?? TimeWordFacts.noShift), "\(word)")
        #expect(facts.starts == TimeLexicon.mayStart(word), "\(word)")
        #expect(facts.opens == (TimeLexicon.mayStart(word) || TimeScanner.openerWords.contains(word)), "\(word)")
        #expect(facts.isVagueCount == TimeLexicon.vagueCounts.contains(word), "\(word)")
        #expect(facts.namesPeriod == TimeWordFacts.namesPeriod(word), "\(word)")
        #expect(facts.flags.contains(.hedge) == TimeScanner.isHedge(word), "\(word)")
        #expect(facts.flags.contains(.opensPhrase) == TimeScanner.phraseStarts.contains(word), "\(word)")
        #expect(facts.flags.contains(.leadWord) == TimeScanner.isLeadWord(word), "\(word)")
        #expect(facts.firstByte == word.utf8.first ?? 0 && facts.lastByte == word.utf8.last ?? 0, "\(word)")
        #expect(facts.integer == Int(word), "\(word)")
        let year = word.utf8.count == 4 ? Int(word).flatMap { (1000...2999).contains($0) ? $0 : nil } : nil
        #expect(Int(facts.year) == year ?? 0, "\(word)")
    }
}
