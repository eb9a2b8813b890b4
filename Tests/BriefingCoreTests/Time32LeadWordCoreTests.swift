import Foundation
import Testing
@testable import BriefingCore

/// The scanner's shortcuts of the thirty-second round: `core` at the token after a lead word
/// ("the", "early", "around"), which `single` read there and turned away ("the March 14
/// summit", "the first time"), is what the `match` at that token takes instead of reading it
/// again, as it was after a hedge; and the fixed phrases are tried only before a word whose
/// first letter may be their second word's (`mayFollowPhraseStart`).
@Suite("Time scanner: core read once after a lead word, phrases told by their second word")
struct Time32LeadWordCoreTests {
    private static let dct = Time30HedgeAndCueTests.dct

    /// Lead words before expressions kept and turned away, and the lines of the time and news
    /// fixtures.
    static func paragraphs() throws -> [String] {
        var paragraphs = [
            "They met at the March 14 summit, the first time in the 1990s, around noon, the year after the vote.",
            "The 2014 election, the 10:30 p.m. call, the two-year plan, the current leadership, early these days.",
            "Later this month, earlier today, the past week, around 7:15 p.m. Friday, the overnight test, the 99 year mystery.",
            "The Sept. 11 attacks, the late 1970s, the night of March 3, the day after Christmas, the week of March 6.",
            "Around 2014 prices rose; around three weeks later, mid afternoon, the decades-long battle, the 15th-century church.",
            "Right now, for a while, after quite a while ago, as soon as possible, the second time in as many days.",
            "The day after tomorrow and the day before yesterday, at the time, at that time; once in a while.",
            "the", "around", "the 2014", "a", "",
        ]
        for text in try TimeRuleStartsTests.texts() { paragraphs += text.components(separatedBy: "\n") }
        return paragraphs
    }

    /// A match's fields, compared.
    private static func fields(_ m: TimeScanner.Match?) -> String { Time30HedgeAndCueTests.fields(m) }

    @Test func aScannerMatchingInTurnMatchesAsAFreshScannerAtEachToken() throws {
        var afterLeadWords = 0
        for paragraph in try Self.paragraphs() {
            let tokens = Tokenizer.tokens(paragraph)
            var scanner = TimeScanner(tokens: tokens, dct: Self.dct)
            for i in tokens.indices where scanner.opens(i) {
                var fresh = TimeScanner(tokens: tokens, dct: Self.dct)
                #expect(Self.fields(scanner.match(at: i)) == Self.fields(fresh.match(at: i)), "\(paragraph) at \(tokens[i].text)")
                if i > 0, scanner.facts[i - 1].flags.contains(.leadWord), scanner.facts[i].starts { afterLeadWords += 1 }
            }
        }
        #expect(afterLeadWords >= 300)
    }

    @Test func everyPhraseStartsBeforeAWordItsSecondWordsMayBe() throws {
        var phrases = 0
        var skipped = 0
        for paragraph in try Self.paragraphs() {
            let tokens = Tokenizer.tokens(paragraph)
            let scanner = TimeScanner(tokens: tokens, dct: Self.dct)
            for i in tokens.indices where scanner.facts[i].flags.contains(.opensPhrase) {
                let may = i + 1 < tokens.count && TimeScanner.mayFollowPhraseStart(scanner.facts[i + 1].firstByte)
                if scanner.phrase(at: i) ?? scanner.referencePhrase(at: i) != nil {
                    #expect(may, "\(paragraph) at \(tokens[i].text)")
                    phrases += 1
                } else if !may {
                    skipped += 1
                }
            }
        }
        #expect(phrases >= 10)
        #expect(skipped >= 1000)
    }

    @Test func anAnchorSetBetweenMatchesIsRead() throws {
        // The article before a written date and a noun is the noun's: the date is read and turned away.
        try Time30HedgeAndCueTests.expectAnchorRead(in: "They met at the March 14 summit.", after: "the", value: "2005-03-14")
    }
}
