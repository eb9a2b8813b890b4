import Foundation
import Testing
@testable import BriefingCore

/// `OrganizationDirectory.mayName` rules out only runs that the directory's look-ups give no
/// kind: every run of one to four tokens opening with a capital in the texts of the quote
/// fixtures, and in lines made to hit each of its rules.
@Suite("Org 37b: runs that name no organization, ruled out before their words are looked up")
struct Org37bRunFilterTests {
    private static let paragraphs: [[Token]] = {
        let fixtureLines = Repo.quoteFixtureTexts().flatMap { ((try? String(contentsOf: $0, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        let made = [
            "Yahoo.com said so.", "Yahoo.com's editor quit.", "Yahoo.com\u{2019}s editor quit.", "The Post's editor quit.", "The Post\u{2019}s editor quit.",
            "AP's reporter wrote it.", "AP\u{2019}s reporter wrote it.", "NIS said so.", "N&B said so.", "Associated Press said so.", "Press's man said so.",
            "Reuters reported it.", "Smith, a daily reader, said so.", "Smith, the tabloid, said so.", "the newspaper Smith said so.",
            "Smith issued a statement.", "Smith wrote to the council.", "Smith newspaper said so.", "\u{00C9}cole said so.", "Caf\u{00E9} Times said so.",
            "A's the one.", "OK, said Mr. Smith.", "\u{212A}CNA said so.", "Jones's network said so.", "North Korea's Foreign Ministry said so.",
            "Smith said in a statement on Monday.", "\u{201C}Smith \u{2014} newspaper\u{201D}", "a \u{201C}Smith\u{201D} said", "Smith said, in a statement.", "Smith said that the report was false.", "Smith posted a long letter.",
        ]
        return (fixtureLines + made).map { Tokenizer.tokens($0) }
    }()

    @Test func aRunRuledOutHasNoKind() {
        var ruledOut = 0, runs = 0, failures: [String] = []
        for tokens in Self.paragraphs {
            for start in tokens.indices where tokens[start].text.startsWithUppercase {
                for end in (start + 1)...min(tokens.count, start + 4) {
                    let run = start..<end
                    runs += 1
                    guard !OrganizationDirectory.mayName(tokens, run: run) else { continue }
                    ruledOut += 1
                    let words = tokens[run].map(\.text)
                    if !OrganizationDirectory.kinds(of: words).isEmpty || !OrganizationDirectory.contextKinds(tokens, run: run).isEmpty {
                        failures.append(words.joined(separator: " "))
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) runs of a kind ruled out: \(failures.prefix(10))")
        // Most runs are ruled out (the point of the filter).
        #expect(ruledOut * 2 > runs, "\(ruledOut) of \(runs) runs ruled out")
    }
}
