import Foundation
import Testing
@testable import BriefingCore

@Suite("Figures: the byte gate before a month look-up lets every month through")
struct Figs39MonthGateTests {
    /// Month names in every case, abbreviated, with periods and with scalars past ASCII (the
    /// Kelvin sign, accents), and near misses of one letter more or less.
    static let names = [
        MonthNames.full.joined(separator: " "), MonthNames.full.joined(separator: " ").uppercased(),
        MonthNames.full.joined(separator: " ").lowercased(),
        "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. JAN jan sept SEPT Sept",
        "Janu Febr Marc Ma Ju Augus Septembe Octobe Novembe Decembe Januarys Mays junes",
        "Mär Août Décembre \u{212A}an Ma\u{0301}y MAY-June may-day 4May May4 Oct13 mid-March",
    ]

    /// The lines of the seeds and of the quote fixtures' articles (real news copy), and `names`.
    static func lines() throws -> [String] {
        let articles = try Repo.quoteFixtureTexts().flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").map(String.init) }
        return try Repo.seedLines().map(String.init) + articles + names
    }

    @Test("every word lexeme that MonthNames reads as a month passes the gate; most others do not")
    func gateKeepsEveryMonth() throws {
        var months = 0, missed = 0, words = 0, passed = 0
        for line in try Self.lines() {
            let lx = FigureLexer.lex(line)
            for k in lx.indices where lx[k].isWord {
                let month = MonthNames.month(lx[k].lower) != nil
                let gate = FigureFilters.mayBeMonth(lx, k)
                words += 1
                if gate { passed += 1 }
                if month { months += 1 }
                if month && !gate { missed += 1 }
            }
        }
        #expect(missed == 0)
        #expect(months > 100)
        // The gate pays only when it rules out most words (of real copy, five in six).
        #expect(passed * 5 < words)
    }
}
