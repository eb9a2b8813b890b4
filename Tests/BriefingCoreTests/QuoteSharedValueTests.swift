import Testing
@testable import BriefingCore

/// The values the quote extractor shares between its closures behave as the plain ones did:
/// the possessive ending read from bytes gives what comparing characters gives, and a set of
/// words whose tables sit behind one reference is still a value, each copy changed on its own.
@Suite("Quote shared values")
struct QuoteSharedValueTests {
    @Test func possessiveEndingGivesWhatCharactersGive() {
        // Straight and curly apostrophes, names past ASCII, dashes, U+0600 (which prepends itself to
        // the character after it) and combining marks before and after the apostrophe.
        let words = [
            "Trump's", "Korea’s", "Nuñez’s", "Zoë's", "Ross", "s", "'s", "’s", "’", "", "Jones'", "it’ss", "Post-Dispatch’s",
            "Korea\u{0600}’s", "Korea\u{0600}'s", "Andr\u{E9}'s", "Andre\u{301}'s", "Korea’\u{301}s", "Korea'\u{301}s", "Korea’s\u{301}",
            "—’s", "–'s", "“Trump’s", "x’S", "Trump’ s",
        ]
        for word in words {
            #expect(word.endsWithPossessiveS == (word.hasSuffix("'s") || word.hasSuffix("\u{2019}s")), "\(word)")
        }
        #expect("Korea’s".endsWithPossessiveS)
        #expect(!"Korea\u{0600}’s".endsWithPossessiveS)
    }

    @Test func copiesOfAWordSetChangeOnTheirOwn() {
        var original = TokenWordSet()
        for word in ["said", "the", "smith", "café", "naïve"] { original.insert(word) }
        var copy = original
        copy.insert("told")
        copy.remove("smith")
        copy.insert("Ñandú")
        #expect(!original.contains("told") && copy.contains("told"))
        #expect(original.contains("smith") && !copy.contains("smith") && copy.wasInserted("smith"))
        #expect(!original.contains("Ñandú") && copy.contains("Ñandú"))
        #expect(original.contains("café") && copy.contains("cafe\u{301}"))
        var again = copy
        again.remove("the")
        #expect(copy.contains("the") && !again.contains("the") && original.contains("the"))
        #expect(again.containsLowercased("SAID") && !again.containsLowercased("THE") && original.containsLowercased("THE"))
    }
}
