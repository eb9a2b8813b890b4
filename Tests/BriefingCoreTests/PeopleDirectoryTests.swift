import Testing
@testable import BriefingCore

/// The names the people pages list speakers under, across the articles of a site.
@Suite("People directory names")
struct PeopleDirectoryTests {
    @Test func aPartyLabelNamesNoOne() {
        let listed = PeopleDirectory.listedNames([
            "Donald Trump", "Trump", "Republican Donald Trump", "Hillary Clinton", "Democrat Hillary Clinton", "Lynch",
            "Republican Party", "Democratic National Committee",
        ])
        #expect(listed["Republican Donald Trump"] == "Donald Trump")
        #expect(listed["Democrat Hillary Clinton"] == "Hillary Clinton")
        // A surname alone may be another person: "Lynch" in an article about Loretta Lynch is not
        // the Stephen Lynch another article quotes.
        #expect(listed["Lynch"] == nil && listed["Trump"] == nil)
        #expect(listed["Republican Party"] == nil, "two words: the label is the name")
        #expect(listed["Democratic National Committee"] == nil, "no one is quoted as the National Committee")
    }

    @Test func oneQuoteIsNotQuotes() {
        #expect(BriefCards.counted(1, "quote") == "1 quote" && BriefCards.counted(2, "quote") == "2 quotes")
    }
}
