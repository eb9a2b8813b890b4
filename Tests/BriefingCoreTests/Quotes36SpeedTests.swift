import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker readings of session 36 agree with the plain way on every word
/// of the seed articles, capitalized and shouted as well, and on words made to hit each rule:
/// a lone word told a name from its bytes (`QuoteAttribution.loneASCIIWordMayBeName`), and the
/// one filter that rules out a run's opener before the organization directory's four lists.
@Suite("Quotes 36: lone names told from bytes, run openers filtered once")
struct Quotes36SpeedTests {
    /// Every token of the seeds and of the texts of the quote fixtures, also with its first
    /// letter a capital and all in capitals, and words made to hit the rules (adverbs,
    /// compounds, shouted words, nationalities).
    private static let words: [String] = {
        let seeds = (try? FileManager.default.contentsOfDirectory(at: Repo.seeds, includingPropertiesForKeys: nil)) ?? []
        let files = seeds + Repo.quoteFixtureTexts()
        let tokens = Set(files.flatMap { Tokenizer.tokens((try? String(contentsOf: $0, encoding: .utf8)) ?? "").map(\.text) })
        let made = [
            "", "-", "--", "Trek-related", "Trek-", "trek-", "New York-based", "Al-Hilu", "al-Hilu", "Jean-Marc", "X-ray-", "-ray",
            "CRUSHED", "CRUSH", "NASA", "UNICEF", "Only", "Mostly", "Italian", "American", "Maltese", "Irish", "Ish", "Public",
            "Republican", "Former", "Then", "Briton", "Swiss", "The", "However", "K", "\u{212A}", "Caf\u{00E9}", "Cafe\u{0301}",
            "Line\r\nBreak", "ABC\r", "Inc.", "Co", "Ltd", "But", "Meanwhile", "Mr.", "Still", "STILL",
        ]
        return Array(tokens.union(tokens.map { $0.prefix(1).uppercased() + $0.dropFirst() }).union(tokens.map { $0.uppercased() }).union(made)).sorted()
    }()

    /// `isPlausibleName`'s tests of a lone word as they were: the word lower-cased, looked up
    /// and read character by character.
    private static func plainLoneWordMayBeName(_ head: String) -> Bool {
        let lower = head.lowercased()
        if QuoteAttribution.functionWords.contains(lower) || lower.hasSuffix("ly") || QuoteAttribution.roleModifiers.contains(lower) { return false }
        if head.contains("-"), let last = head.split(separator: "-").last, last.first?.isLowercase == true { return false }
        if head.count > 6, !head.contains(where: \.isLowercase) { return false }
        if ["ican", "ic", "ese", "ish"].contains(where: { lower.hasSuffix($0) }) && head.count > 4
            || QuoteAttribution.demonyms.contains(lower) || QuoteAttribution.nationalityNouns.contains(lower) {
            return false
        }
        return true
    }

    @Test func loneWordsAreToldFromTheirBytesAsTheyWereRead() {
        var read = 0, names = 0, failures: [String] = []
        for word in Self.words {
            guard let fast = QuoteAttribution.loneASCIIWordMayBeName(word) else {
                // Only a word past ASCII or with a carriage return is left to the plain way.
                #expect(word.utf8.contains { $0 >= 0x80 || $0 == 0x0D }, "\(word)")
                continue
            }
            read += 1
            if fast { names += 1 }
            if fast != Self.plainLoneWordMayBeName(word) { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) words told otherwise: \(failures.prefix(20))")
        print("lone words read from their bytes: \(read), names among them: \(names)")
        #expect(read > 10_000 && names > 1_000 && read - names > 1_000)
    }

    @Test func aRunOpenerTheFilterRulesOutIsInNoList() {
        var ruledOut = 0, failures: [String] = []
        for word in Self.words where !OrganizationDirectory.nonOpenerFilter.mayContain(word) {
            ruledOut += 1
            if OrganizationDirectory.skipped.contains(word) || QuoteAttribution.functionWords.containsLowercased(word)
                || QuoteAttribution.openers.containsLowercased(word) || OrganizationDirectory.corporateSuffixes.contains(word) {
                failures.append(word)
            }
        }
        #expect(failures.isEmpty, "\(failures.count) words ruled out that a list holds: \(failures.prefix(20))")
        print("run openers ruled out by the filter: \(ruledOut) of \(Self.words.count)")
        #expect(ruledOut > 10_000)
    }
}
