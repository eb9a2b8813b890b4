import Foundation
import Testing
@testable import BriefingCore

/// The time scanner's shortcut gives what the longer way gives: a plain word's facts read from
/// its bytes alone are the facts of the word.
@Suite("Time scanner: fast paths give what the plain paths give")
struct TimeScannerFastPathTests {
    /// Words plain and not: capitals, possessives (straight and curly), points, hyphens and
    /// dashes, digits, scalars past ASCII and the words of the lexicons.
    static let words: [String] = {
        var words = Set(TimeWordFactsTests.words)
        words.formUnion([
            "year", "Year", "YEAR", "year's", "years'", "its", "it's", "yes's", "year\u{2019}s", "o'clock", "p.m.", "a.m",
            "sept.", "Sept.", "u.s.", "two-year", "two\u{2013}year", "two\u{2014}year", "caf\u{E9}", "na\u{EF}ve", "\u{201C}today",
            "today\u{201D}", "1999", "x1999", "a1", "'s", "s's", "ab's", "abc's", "abcs'", "monday", "mondays", "tomorrow", "\u{2019}",
            "week-long", "weeklong", "the", "a", "an", "z", "zz", "q1", "mid-march", "midmorning", "\u{212A}ilo", "e\u{301}t\u{E9}",
        ])
        return words.sorted()
    }()

    /// Every field of `facts`, to compare two readings.
    static func fields(_ facts: TimeWordFacts) -> [Int?] {
        [Int(facts.number), Int(facts.year), Int(facts.unitCode), Int(facts.month), Int(facts.weekday), Int(facts.shift),
         Int(facts.flags.rawValue), Int(facts.firstByte), Int(facts.lastByte), Int(facts.rules.rawValue), facts.integer]
    }

    @Test func plainWordFactsAreTheFactsOfTheWord() {
        var plain = 0
        for word in Self.words {
            let fast = UTF8Scan.withBytes(word) { TimeWordFacts.ofPlainWord($0, in: TimeWordFacts.vocabulary) }
            guard let fast else { continue }
            plain += 1
            // A plain word is its own lowercase text: the scanner keeps it as it is.
            let scanner = TimeScanner(tokens: [Token(text: word, start: 0, end: word.unicodeScalars.count)], dct: nil)
            #expect(scanner.lower == [word] && word.lowercased() == word, "\(word)")
            #expect(Self.fields(fast) == Self.fields(TimeWordFacts.of(word)), "\(word)")
        }
        #expect(plain > 100)
    }

    @Test func onlyPlainWordsAreReadFromTheirBytes() {
        for word in ["year", "o'clock", "p.m.", "its", "abc", "a"] {
            #expect(UTF8Scan.withBytes(word) { TimeWordFacts.ofPlainWord($0, in: TimeWordFacts.vocabulary) } != nil, "\(word)")
        }
        for word in ["Year", "year's", "year\u{2019}s", "two-year", "caf\u{E9}", "1999", "", "'s", "\u{201C}today", "e\u{301}"] {
            #expect(UTF8Scan.withBytes(word) { TimeWordFacts.ofPlainWord($0, in: TimeWordFacts.vocabulary) } == nil, "\(word)")
        }
    }
}
