import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker readings of session 36b agree with the plain way on every line
/// of the seed articles and of the quote fixtures, and on lines made to hit each rule: a
/// paragraph's closing colon told from its last byte, a credit's end found by comparing marks
/// by their byte counts, and one-word runs filtered before the acronym look-up.
@Suite("Quotes 36b: colons, credit ends and acronyms")
struct Quotes36bSpeedTests {
    /// Every line of the seeds and of the texts of the quote fixtures, and lines made to hit the rules.
    private static let lines: [String] = {
        let fixtures = Repo.quoteFixtureTexts()
        let fixtureLines = fixtures.flatMap { ((try? String(contentsOf: $0, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        let made = [
            "", " ", ":", ": ", ":\t", ":\u{00A0}", ":\u{3000}", "Said:\u{2003}", "caf\u{00E9}:", "\u{201C}Yes:\u{201D}", "a:b", "x\u{037E}",
            "\u{201C}I\u{2019}m afraid this is not going to fix the problem,\u{201D} Sen. Ron Johnson (R-TX), who was elected by tea party constituents.",
            "\u{201C}It works,\u{201D} Ron Johnson, WHO runs it.", "\u{201C}It works,\u{201D} Ron Johnson, \u{212A}ho runs it.", "\u{201C}No,\u{201D} Ann Lee (D).",
            "\u{201C}No,\u{201D} Ann Lee (D-NY.", "\u{201C}No,\u{201D} Ann Lee, the senator, said.", "Williams-who said he was counting -was able to tease Hansbrough.",
            "\u{201C}Quoted,\u{201D} Smith-which was odd. Then Jones-whose \u{201C}word\u{201D} stood.",
        ]
        return ((try? Repo.seedLines().map(String.init)) ?? []) + fixtureLines + made
    }()

    @Test func aClosingColonIsToldAsItWasRead() {
        var colons = 0, failures: [String] = []
        for line in Self.lines + Self.lines.map({ $0 + ":" }) + Self.lines.map({ $0 + ": \t" }) {
            let fast = QuoteExtractor.endsWithColon(line)
            if fast { colons += 1 }
            if fast != (line.unicodeScalars.last { !$0.isSpaceOrTab } == ":") { failures.append(line) }
        }
        #expect(failures.isEmpty, "\(failures.count) lines told otherwise: \(failures.prefix(5))")
        #expect(colons > 1_000)
    }

    /// `creditEnd` as it was: marks compared as strings, "who" lower-cased.
    private static func plainCreditEnd(_ tokens: [Token], from index: Int) -> Int {
        var end = tokens.count
        if end > index, tokens[end - 1].text == "." { end -= 1 }
        guard let open = tokens[index..<end].firstIndex(where: { $0.text == "(" || $0.text == "," }), open > index else { return end }
        var k = open
        if tokens[k].text == "(" {
            guard let close = tokens[k..<end].firstIndex(where: { $0.text == ")" }) else { return end }
            k = close + 1
        }
        if k == end { return open }
        guard k + 1 < end, tokens[k].text == ",", tokens[k + 1].text.lowercased() == "who" else { return end }
        return open
    }

    @Test func aCreditEndsWhereItEnded() {
        var asides = 0, failures: [String] = []
        for line in Self.lines {
            let tokens = Tokenizer.tokens(line)
            for index in tokens.indices {
                let fast = QuoteExtractor.creditEnd(tokens, from: index)
                if fast < tokens.count - 1 { asides += 1 }
                if fast != Self.plainCreditEnd(tokens, from: index) { failures.append("\(index): \(line)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) credits ending elsewhere: \(failures.prefix(5))")
        #expect(asides > 1_000)
    }

    @Test func aWordTheAcronymFilterRulesOutIsNoAcronymKey() {
        let tokens = Set(Self.lines.flatMap { Tokenizer.tokens($0).map(\.text) })
        let words = tokens.union(tokens.map { $0.uppercased() }).union(OrganizationDirectory.acronymKinds.keys).union(["\u{212A}CNA", "Tass", "TASS"])
        var ruledOut = 0, failures: [String] = []
        for word in words where !OrganizationDirectory.acronymFilter.mayContain(word) {
            ruledOut += 1
            if OrganizationDirectory.acronymKinds[word] != nil { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) acronym keys ruled out: \(failures.prefix(20))")
        #expect(ruledOut > 10_000)
    }
}
