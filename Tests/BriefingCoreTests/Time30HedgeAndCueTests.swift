import Foundation
import Testing
@testable import BriefingCore

/// The scanner's two shortcuts of the thirtieth round: `match` takes `core` at the token after
/// a hedge from the call before, which read it there ("about 20 people"), and `cue` reads a
/// word's lexicons of tense cues in one look-up (`cueLexicons`).
@Suite("Time scanner: core read once after a hedge, tense cues in one look-up")
struct Time30HedgeAndCueTests {
    static let dct = CalendarDate(year: 2012, month: 6, day: 1)

    /// Sentences with hedges before counts, clock times and dates, kept or turned away, and
    /// the paragraphs of a seed.
    static let paragraphs: [String] = {
        var paragraphs = [
            "About 20 people came, some 300 workers left and more than 100 years passed.",
            "It lasted at least 72 hours, nearly forty years ago, just over three weeks after the vote.",
            "They met about 3 March in Paris; over 2014 prices rose, around 1990 and around 7:15 p.m. Friday.",
            "He served over a decade, used over three years, and stayed at least 5 June nights, up to 12 days.",
            "Over 20 minutes, approximately 30 seconds, roughly two hours and 30 minutes, circa 1850.",
            // A second hedge word opens a match of its own before the token after both.
            "They left just over 3 March, well over 2014 levels, well under 5 June.",
            "about", "some 2", "over", "",
        ]
        let text = (try? String(contentsOf: Repo.seeds.appendingPathComponent(Repo.seed000), encoding: .utf8)) ?? ""
        paragraphs += text.components(separatedBy: "\n\n")
        return paragraphs
    }()

    /// A match's fields, compared.
    static func fields(_ m: TimeScanner.Match?) -> String {
        m.map { "\($0.type) \($0.value) \($0.end) \($0.anaphoric)" } ?? "none"
    }

    @Test func aScannerMatchingInTurnMatchesAsAFreshScannerAtEachToken() {
        var hedges = 0
        for paragraph in Self.paragraphs {
            let tokens = Tokenizer.tokens(paragraph)
            var scanner = TimeScanner(tokens: tokens, dct: Self.dct)
            for i in tokens.indices where scanner.opens(i) {
                var fresh = TimeScanner(tokens: tokens, dct: Self.dct)
                #expect(Self.fields(scanner.match(at: i)) == Self.fields(fresh.match(at: i)), "\(paragraph) at \(tokens[i].text)")
                if scanner.facts[i].flags.contains(.hedge) { hedges += 1 }
            }
        }
        #expect(hedges >= 15)
    }

    @Test func anAnchorSetBetweenMatchesIsRead() throws {
        // The hedge turns the date after it away, having read it.
        try Self.expectAnchorRead(in: "They met about 3 March in Paris.", after: "about", value: "2005-03-03")
    }

    /// That `TimeScanner.match` at the word after `opener` in `sentence`, which the match at
    /// `opener` read and turned away, reads an anchor set between the two matches: as a fresh
    /// scanner with that anchor, `value`, not as one without it.
    static func expectAnchorRead(in sentence: String, after opener: String, value: String) throws {
        let tokens = Tokenizer.tokens(sentence)
        let at = try #require(tokens.firstIndex { $0.text == opener })
        var scanner = TimeScanner(tokens: tokens, dct: dct)
        #expect(scanner.match(at: at) == nil)
        scanner.lastDate = "2005-03-10"
        var fresh = TimeScanner(tokens: tokens, dct: dct)
        fresh.lastDate = "2005-03-10"
        let expected = fresh.match(at: at + 1)
        #expect(expected?.value == value)
        #expect(fields(scanner.match(at: at + 1)) == fields(expected))
        // Without the anchor the date is another: the test reads a value the anchor decides.
        var plain = TimeScanner(tokens: tokens, dct: dct)
        #expect(plain.match(at: at + 1)?.value != expected?.value)
    }

    @Test func cueLexiconsAreTheLexiconsEachWordIsIn() {
        var words = Set<String>()
        for (lexicon, _) in TimeScanner.CueLexicons.lexicons { words.formUnion(lexicon) }
        let listed = words.count
        for paragraph in Self.paragraphs { words.formUnion(Tokenizer.tokens(paragraph).map { $0.text.lowercased() }) }
        words.formUnion(["Will", "will\u{2019}", "scheduled.", "caf\u{E9}", "e\u{301}t\u{E9}", "", "'ll", "\u{2019}ll"])
        #expect(words.count > listed + 100)
        for word in words {
            let bits = TimeScanner.cueLexicons[word] ?? []
            for (lexicon, bit) in TimeScanner.CueLexicons.lexicons {
                #expect(bits.contains(bit) == lexicon.contains(word), "\(word)")
            }
        }
    }
}
