import Testing
@testable import BriefingCore

/// The quote rules read plain text (`PlainText`) from its bytes; they give what reading it by
/// characters gives, curly apostrophes, quote marks and dashes included.
struct QuotePlainTextRulesTests {
    /// Words of letters, digits, apostrophes and hyphens; every one of four characters or more
    /// capitalized or a number, the first one too, at most eight.
    private static func splitByCharacters(_ text: String) -> Bool {
        let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" && $0 != "-" }
        guard let first = words.first, words.count <= 8, first.first?.isUppercase == true || first.first?.isNumber == true else { return false }
        return words.allSatisfy { $0.count < 4 || $0.first?.isUppercase == true || $0.first?.isNumber == true }
    }

    @Test func plainTextGivesWhatCharactersGive() {
        let quotes = [
            "Keepin’ It Real", "Don’t Look Back in Anger", "’Tis the Season", "Rock ’n’ Roll Hall of Fame", "We’re not going",
            "Face the Nation", "Basket of Deplorables,", "3 Doors Down", "Meet the Press — Sunday", "Morning Joe…",
            "One Two Three Four Five Six Seven Eight Nine", "it’s", "Clinton’s Plan", "“Lock Her Up”", "The\u{00A0}Avengers",
            "Café Society", "Cafe\u{301} Society", "a\r\nB", "", "’’’", "E-Verify Now", "-Dash First", "Tell ‘em",
        ]
        for quote in quotes {
            #expect(QuoteNameFilter.isTitleCase(quote) == Self.splitByCharacters(quote), "\(quote)")
        }
        #expect(QuoteNameFilter.isTitleCase("Keepin’ It Real"))
        #expect(!QuoteNameFilter.isTitleCase("We’re not going"))
    }

    @Test func termKeyDropsClosingPunctuationAsCharactersDo() {
        let quotes = ["Safe Ride Solutions,", "basket options.", "Love Won Out:;", "it’s “done”.", "Café,", "Cafe\u{301},", "ok\r\n,", ",.;", "", "A,\u{301}"]
        for quote in quotes {
            let byCharacters = String(quote.lowercased().reversed().drop { ",.;:".contains($0) }.reversed())
            #expect(QuoteNameFilter.termKey(quote) == byCharacters, "\(quote)")
        }
        #expect(QuoteNameFilter.termKey("Safe Ride Solutions,") == "safe ride solutions")
    }

    /// `isCreditDash` reads bytes but gives what comparing with each dash as a string gives.
    @Test func creditDashTestGivesWhatStringEqualityGives() {
        let dashes = ["\u{2015}", "\u{2014}", "\u{2013}", "-"]
        let tokens = dashes + ["--", "\u{2012}", "\u{2016}", "\u{2014}\u{301}", "-\u{301}", "a", "", "\u{2212}", "\u{201C}", "Smith"]
        for token in tokens {
            #expect(QuoteExtractor.isCreditDash(token) == dashes.contains(token), "\(token)")
        }
    }

    /// `isNumeral` reads the first byte but gives what `allSatisfy(\.isNumber)` gives.
    @Test func numeralTestGivesWhatCharactersGive() {
        for word in ["2010", "12", "", "No", "a1", "1a", "\u{0663}\u{0662}", "\u{00BD}", "1\u{301}", "Kim", "\u{201C}", "-3", "3,000"] {
            #expect(word.isNumeral == word.allSatisfy(\.isNumber), "\(word)")
        }
    }
}
