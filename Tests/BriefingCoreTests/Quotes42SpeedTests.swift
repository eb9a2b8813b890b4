import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker readings of session 42 agree with the plain way on the words
/// of the quote fixtures and on edge cases: a nationality ending told from the last byte, and
/// the first or last character of a word told from its bytes.
@Suite("Quotes 42: national suffixes by last byte, leading number, trailing letter or number")
struct Quotes42SpeedTests {
    /// Every token of every quote fixture text, and the text of each line.
    private static let words: [String] = Repo.quoteFixtureTexts().flatMap { url -> [String] in
        let lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        return lines + lines.flatMap { Tokenizer.tokens($0).map(\.text) }
    }

    /// Words at the edges of the byte tests: characters past ASCII, combining marks, carriage
    /// returns, numbers that are letters, a prepended mark before a digit.
    private static let edges = [
        "", "a", "1", "A1", "1a", "-", "'", "American", "AMERICAN", "Maltese", "Irish", "ic", "ican", "Republican", "Celtic",
        "abc\u{301}", "e\u{301}", "1\u{20E3}", "x\r\n", "\r\n", "9\r", "\u{4E94}", "\u{0663}", "\u{00BD}", "\u{0600}1", "a\u{0600}1",
        "\u{2019}", "\u{201D}", "d\u{00E9}j\u{00E0}", "caf\u{00E9}", "2\u{00B2}", "x\u{200D}", "Zo\u{00EB}", "\u{FF11}", "Chinese", "Danish",
    ]

    @Test func aNationalSuffixToldByTheLastByteIsOneOfTheList() {
        var asked = 0, found = 0, failures: [String] = []
        for word in Self.words + Self.edges {
            let folded = Array(word.lowercased().utf8)
            guard folded.allSatisfy({ $0 < 0x80 }) else { continue }
            let plain = QuoteAttribution.nationalSuffixes.contains { suffix in
                folded.count >= suffix.utf8CodeUnitCount
                    && Array(folded.suffix(suffix.utf8CodeUnitCount)) == Array(UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
            }
            let fast = folded.withUnsafeBufferPointer(QuoteAttribution.hasNationalSuffix)
            asked += 1
            if plain { found += 1 }
            if fast != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(asked > 10_000)
        #expect(found > 100)
    }

    @Test func aLeadingNumberToldByTheFirstByteIsTheFirstCharacters() {
        var asked = 0, numbers = 0, failures: [String] = []
        for word in Self.words + Self.edges {
            let plain = word.first?.isNumber == true
            asked += 1
            if plain { numbers += 1 }
            if word.startsWithNumber != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(numbers > 100)
    }

    @Test func aTrailingLetterOrNumberToldByTheLastBytesIsTheLastCharacters() {
        var asked = 0, found = 0, failures: [String] = []
        for word in Self.words + Self.edges {
            let plain = word.last.map { $0.isLetter || $0.isNumber } == true
            asked += 1
            if plain { found += 1 }
            if word.endsWithLetterOrNumber != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(found > 1_000 && found < asked)
    }
}
