import Foundation
import Testing
@testable import BriefingCore

/// `TimeScanner.core` skips the rules whose bit is clear in a word's `TimeRuleStarts`: no
/// rule may match at a token whose bit for it is clear, in the time fixtures and in news text,
/// with and without an earlier date and quarter to point back to.
@Suite("Time rule starts")
struct TimeRuleStartsTests {
    /// The texts of the time fixtures and the quote fixtures (news articles).
    static func texts() throws -> [String] {
        var texts: [String] = []
        let folders = ["time", "time-unseen", "time-unseen-2", "time-unseen-3", "quotes-unseen/text"]
        for folder in folders {
            let url = Repo.fixtures.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() {
                texts.append(try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8))
            }
        }
        return texts
    }

    /// The rules of each bit, each run alone at token `i`: whether it matches.
    static var rules: [(TimeRuleStarts, (TimeScanner, Int) -> Bool)] { [
        (.halfCount, { $0.halfCount(at: $1) != nil }),
        (.ordinalCentury, { $0.ordinalCentury(at: $1) != nil }),
        (.namedHour, { $0.namedHour(at: $1) != nil }),
        (.numeric, { $0.numeric(at: $1) != nil }),
        (.gameClock, { $0.gameClock(at: $1) != nil }),
        (.yearAgoPeriod, { $0.yearAgoPeriod(at: $1) != nil }),
        (.anaphoric, { $0.anaphoric(at: $1) != nil }),
        (.relative, { $0.relative(at: $1) != nil }),
        (.counted, { $0.counted(at: $1) != nil }),
        (.quarterOrHalf, { $0.quarterOrHalf(at: $1) != nil }),
        (.ordinalDay, { $0.ordinalDay(at: $1) != nil }),
        (.weekday, { $0.weekdayNumber(at: $1) != nil }),
        (.recurringWeekday, { $0.recurringWeekday(at: $1) != nil }),
        (.deictic, { $0.deictic(at: $1) != nil }),
        (.holiday, { $0.holiday(at: $1) != nil }),
        (.yearWords, { ["year", "fiscal", "year-end"].contains($0.lower[$1]) }),
        (.unitBeforeOrAfter, { $0.unitBeforeOrAfter(at: $1) != nil }),
        (.barePlural, { $0.barePlural(at: $1) != nil }),
        (.partOf, { $0.partOf(at: $1) != nil }),
        (.fullYear, { $0.fullYear(at: $1) != nil }),
        (.presentWords, { ["recent", "current", "present", "future", "past"].contains($0.lower[$1]) }),
        (.officeTerm, { $0.officeTerm(at: $1) != nil }),
        (.anaphoricDay, { $0.anaphoricDay(at: $1) != nil }),
        (.overnight, { $0.overnight(at: $1) != nil }),
        (.dayOfMonth, { $0.dayOfMonth(at: $1) != nil }),
    ] }

    @Test func noRuleMatchesWhereItsBitIsClear() throws {
        var tried = 0, matched = 0
        let rules = Self.rules
        for text in try Self.texts() {
            let tokens = Tokenizer.tokens(text)
            for anchored in [false, true] {
                var scanner = TimeScanner(tokens: tokens, dct: CalendarDate(year: 2012, month: 4, day: 8))
                if anchored {
                    scanner.lastDate = "2012-03-05"
                    scanner.lastQuarterMentioned = "2012-Q1"
                }
                for i in tokens.indices where scanner.facts[i].starts {
                    let starts = scanner.facts[i].rules
                    for (bit, rule) in rules {
                        let matches = rule(scanner, i)
                        if matches { matched += 1 }
                        if !starts.contains(bit) {
                            tried += 1
                            #expect(!matches, "rule \(bit.rawValue) matches at \"\(scanner.lower[i])\" but its bit is clear")
                        }
                    }
                }
            }
        }
        #expect(tried > 100_000)
        #expect(matched > 1_000)
    }

    /// The words of ASCII digits take the rules `digits` names, whatever their value.
    @Test func digitsTakeTheRulesOfDigits() {
        for word in ["0", "7", "12", "59", "100", "999", "1000", "2024", "99999999999999999999"] {
            #expect(TimeWordFacts.of(word).rules == TimeRuleStarts.digits)
        }
        #expect(TimeRuleStarts.digits.contains([.numeric, .counted, .halfCount, .gameClock, .dayOfMonth]))
        #expect(!TimeRuleStarts.digits.contains(.anaphoric))
    }

    /// Words that start no rule of their own keep few bits: "that" only `anaphoric`.
    @Test func commonWordsSkipMostRules() {
        #expect(TimeWordFacts.of("that").rules.isSubset(of: [.anaphoric, .relative]))
        #expect(!TimeWordFacts.of("a").rules.contains(.numeric))
        #expect(TimeWordFacts.of("two-year").rules == .all)
    }
}
