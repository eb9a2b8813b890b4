import Testing
@testable import BriefingCore

/// How the people pages count quotes.
@Suite("People directory")
struct PeopleDirectoryTests {
    @Test func oneQuoteIsNotQuotes() {
        #expect(BriefCards.counted(1, "quote") == "1 quote" && BriefCards.counted(2, "quote") == "2 quotes")
    }
}
