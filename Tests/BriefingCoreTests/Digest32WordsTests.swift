import Foundation
import Testing

@testable import BriefingCore

/// The digest's word readers take runs of letters eight bytes at a time (`ByteWord`), keep
/// short search terms by their bytes as one number (`SearchTermWeights`) and look short story
/// stop words up by that number (`StoryTerms`): the same words, terms and weights as reading
/// the same text a byte or a scalar at a time.
@Suite struct Digest32WordsTests {
    /// Random numbers, as the other randomized tests draw them.
    typealias Numbers = SystemRandomNumberGenerator

    /// Bytes around the edges of the letters ("@", "A", "Z", "[", "`", "a", "z", "{"), digits,
    /// punctuation, the bytes of "’" and of letters past ASCII, and any byte at all.
    static func someByte(_ numbers: inout Numbers) -> UInt8 {
        let edges: [UInt8] = [0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x30, 0x39, 0x20, 0x2D, 0x27, 0x2E, 0xE2, 0x80, 0x99, 0xC3, 0xA9, 0xC1, 0xE1, 0xFA, 0xDA]
        switch numbers.next() % 4 {
        case 0: return edges[Int(numbers.next() % UInt64(edges.count))]
        case 1: return UInt8(truncatingIfNeeded: numbers.next())
        default: return 0x61 + UInt8(numbers.next() % 26) - (numbers.next() % 2 == 0 ? 0x20 : 0)
        }
    }

    @Test func lettersAreTakenEightAtATime() {
        var numbers = Numbers()
        var failures = 0
        for _ in 0..<20_000 {
            let bytes = (0..<12).map { _ in Self.someByte(&numbers) }
            let start = Int(numbers.next() % 6)
            let expected = bytes[start...].prefix { $0.isASCIILetter }.prefix(8)
            var out = [UInt8](repeating: 0, count: 8)
            let copied = bytes.withUnsafeBufferPointer { bytes in
                out.withUnsafeMutableBufferPointer { ByteWord.copyLowerCasedLetters(bytes, at: start, to: $0.baseAddress!) }
            }
            let counted = bytes.withUnsafeBufferPointer { start + 8 <= $0.count ? ByteWord($0, at: start).leadingASCIILetters : expected.count }
            if counted != expected.count || (start + 8 <= bytes.count ? copied != expected.count : copied != 0)
                || out[..<copied] != ArraySlice(expected.prefix(copied).map(\.asciiLowercased)) {
                failures += 1
            }
        }
        #expect(failures == 0)
    }

    @Test func shortKeysAreTheTermsBytes() {
        var numbers = Numbers()
        var failures = 0
        for _ in 0..<20_000 {
            let bytes = (0..<16).map { _ in UInt8(1 + numbers.next() % 255) }
            let start = Int(numbers.next() % 4), count = Int(numbers.next() % 13)
            var plain: UInt64 = 0
            for k in 0..<min(count, 8) { plain |= UInt64(bytes[start + k]) << UInt64(8 * k) }
            let key = bytes.withUnsafeBufferPointer { SearchTermWeights.shortKey(UnsafeBufferPointer(rebasing: $0[start..<start + count])) }
            if key != plain { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// Words of 1 to 14 letters (around the eight a test takes), in any case, with digits,
    /// apostrophes straight and curly, hyphens, commas and periods, quote marks and dashes.
    static func someText(_ numbers: inout Numbers) -> String {
        let joins = [" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "-", "'", "’", "’s ", " “", "” ", " — ", "; ", ": ", ",", ".", "? "]
        var text = ""
        for _ in 0..<(5 + Int(numbers.next() % 40)) {
            let length = 1 + Int(numbers.next() % 14)
            for _ in 0..<length {
                switch numbers.next() % 10 {
                case 0: text.append(Character(Unicode.Scalar(0x30 + UInt8(numbers.next() % 10))))
                case 1, 2: text.append(Character(Unicode.Scalar(0x41 + UInt8(numbers.next() % 26))))
                default: text.append(Character(Unicode.Scalar(0x61 + UInt8(numbers.next() % 26))))
                }
            }
            text += joins[Int(numbers.next() % UInt64(joins.count))]
        }
        return text
    }

    /// Paragraphs, event sentences and quotes of the seed articles, the stop words, and
    /// made-up text.
    static func texts() throws -> [String] {
        var texts: [String] = []
        for seed in [Repo.seed000, Repo.seed002] {
            let brief = try Repo.brief(seed)
            texts += [brief.article.title] + brief.article.paragraphs.map(\.text) + brief.timeline.map(\.text) + brief.extraction.quotes.map(\.text)
        }
        // Every story stop word, as written and in capitals.
        let stopWords = StoryTerms.stopWords.words.sorted().joined(separator: " ")
        texts += [stopWords, stopWords.uppercased()]
        var numbers = Numbers()
        for _ in 0..<300 { texts.append(someText(&numbers)) }
        return texts.filter { UTF8Scan.withBytes($0, ASCIIWordText.holds) }
    }

    /// Text whose words are ASCII is read from its bytes; with a word past ASCII after it
    /// ("é", too short to be a word of any kind) it is read by the scalar readers: the same
    /// story words and names, search terms and weights, and timeline words.
    @Test func textReadFromItsBytesReadsAsByScalars() throws {
        var failures = 0
        for text in try Self.texts() {
            let bytewise = D28DigestWordsTests.brief(title: "Quake hits Seoul", [text], summary: text, captions: [text])
            let byScalars = D28DigestWordsTests.brief(title: "Quake hits Seoul", [text + " é"], summary: text + " é", captions: [text + " é"])
            let a = BriefDigest(bytewise, repeatSample: []).details, b = BriefDigest(byScalars, repeatSample: []).details
            if a.search.terms != b.search.terms || a.search.weights != b.search.weights { failures += 1 }
            if a.story.terms != b.story.terms || a.story.counts != b.story.counts || a.story.names != b.story.names { failures += 1 }
            if TimelineEntries.contentWords(text) != TimelineEntries.contentWords(text + " é") { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// Story words read as numbers (short stop words looked up by their bytes as a number,
    /// stems by their last four bytes) are the numbers of the words read as strings, which
    /// are looked up and stemmed as strings.
    @Test func storyNumbersAreThoseOfTheirStrings() throws {
        // `StoryTerms.stem`'s rules, as strings.
        let suffixes = [("ies", "y"), ("ied", "y"), ("ing", ""), ("edly", ""), ("ed", ""), ("ers", "er"), ("ses", "s"), ("es", "e"), ("ly", ""), ("s", "")]
        func stem(_ word: String) -> String {
            guard word.count > 4, !word.first!.isNumber else { return word }
            for (suffix, replacement) in suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
                return String(word.dropLast(suffix.count)) + replacement
            }
            return word
        }
        var failures = 0
        for text in try Self.texts() {
            let words = text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" && $0 != "," && $0 != "." }
            let stems = StoryTerms.terms(text)
            if StoryTerms.numbers([text])[0] != stems.map(WordList.number) { failures += 1 }
            for word in words.map(String.init) where word.allSatisfy({ $0.isLetter }) && word.count > 2 {
                if StoryTerms.stem(word) != stem(word) { failures += 1 }
            }
        }
        #expect(failures == 0)
    }

    /// Many terms, short and long, sorted and weighed as a dictionary of strings has them.
    @Test func termWeightsAreThoseOfADictionary() {
        var numbers = Numbers()
        for count in [1, 10, 63, 64, 300, 2000] {
            var weights = SearchTermWeights()
            var expected: [String: UInt8] = [:]
            for _ in 0..<count {
                let length = 2 + Int(numbers.next() % 14)
                let term = String(decoding: (0..<length).map { _ in 0x61 + UInt8(numbers.next() % 4) }, as: UTF8.self)
                let weight = UInt8(1 + numbers.next() % 5)
                UTF8Scan.withBytes(term) { weights.add(ascii: $0, weight: weight) }
                expected[term] = max(expected[term] ?? 0, weight)
            }
            let sorted = weights.sorted(), keys = expected.keys.sorted()
            #expect(sorted.terms == keys.joined(separator: " "), "\(count)")
            #expect(sorted.weights == keys.map { expected[$0]! }, "\(count)")
        }
    }
}
