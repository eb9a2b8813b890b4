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
}
