import Testing
@testable import BriefingCore

/// Quote kinds the fifteenth unseen-style set (a lawsuit over a rifle, a tornado, a shooting on a
/// bridge, a rhino's death, a film's premiere, campus protests, a fake embassy, a debt deal, a Klan
/// rally, a game-show company) showed the extractor getting wrong: cues it lacked ("points out",
/// "characterized"), sources it lacked (plaintiffs), a description running past a preposition, a
/// credit closed by an aside about the person, a quoted subject dropped as a term where the
/// sentence has a cue, terms set apart by dashes or a clause from the words of saying, a quoted
/// title made one word with a hyphen. Each case is written after a real sentence, with a look-alike
/// that must keep its reading.
@Suite("Quotes in the fifteenth unseen-style set")
struct QuoteUnseenFifteenthSetTests {
    private func pairs(_ text: String) -> [String] { QuoteCase.pairs(text) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Cues

    @Test func pointingOutIsSaying() {
        let text = "Katharine Brown wrote to Selznick in 1939.\n\n“One of the most fascinating things about the festivities is Martin Luther King Jr., when he was 10 years old, actually appeared on stage,” Bernstein points out."
        #expect(mentions(text) == ["One of the most fascinating things about the festivities is Martin Luther King Jr., when he was 10 years old, actually appeared on stage, — Bernstein"])
        // Points scored are no cue.
        #expect(!QuoteAttribution.candidates(in: ["Smith", "scored", "20", "points", "."], common: TokenWordSet()).contains { $0.attribution.cue.hasPrefix("points") })
    }

    @Test func characterizingIsSaying() {
        let text = "In an email to investors, Yusupov, who is now the chief creative officer, said that he “stepped down”; he characterized the move as “just an evolution of our partnership as we grow as entrepreneurs and leaders.”"
        #expect(mentions(text) == ["stepped down — Yusupov", "just an evolution of our partnership as we grow as entrepreneurs and leaders. — he"])
    }

    // MARK: - Sources

    @Test func plaintiffsSpeak() {
        let dashed = "In making the case against any civilian sales of AR-15s, the plaintiffs say—among other things—“there is not a single state that requires a mental-health examination of a potential purchaser of an AR-15.”"
        #expect(mentions(dashed) == ["there is not a single state that requires a mental-health examination of a potential purchaser of an AR-15. — the plaintiffs"])
        let aside = "Bushmaster and the other defendants’ conduct, the plaintiffs say, was a “substantial factor resulting in the following injuries and losses.”"
        #expect(mentions(aside) == ["substantial factor resulting in the following injuries and losses. — the plaintiffs"])
    }

    @Test func aPrepositionEndsTheDescriptionAfterAccordingTo() {
        let text = "“The number of lives lost in those 264 seconds was made possible” by the rifle, according to the lawsuit against AR-15 manufacturer Bushmaster."
        #expect(mentions(text) == ["The number of lives lost in those 264 seconds was made possible — the lawsuit"])
        // Description words with no preposition still lead to the name after them.
        #expect(pairs("“The economy is doing fine,” according to conservative host Rush Limbaugh.") == ["The economy is doing fine, — Rush Limbaugh"])
    }

    // MARK: - Credits

    @Test func aNameCreditMayCloseWithAnAsideAboutThePerson() {
        let text = "Boehner said the deal was not the greatest in the world.\n\n“I’m afraid this is not going to fix the problem, and that’s the one reason I came here,” Sen. Ron Johnson (R-TX), who was elected by tea party constituents."
        #expect(pairs(text).last == "I’m afraid this is not going to fix the problem, and that’s the one reason I came here, — Ron Johnson")
        // Words after the name that are no aside about the person leave the quote to the one before.
        let said = "Boehner said the deal was not the greatest in the world.\n\n“I’m afraid this is not going to fix the problem,” Sen. Ron Johnson, the deal’s critic, said in Texas."
        let tokens = Tokenizer.tokens("Sen. Ron Johnson, the deal’s critic, said in Texas.")
        #expect(QuoteExtractor.creditEnd(tokens, from: 0) == tokens.count - 1)
        let aside = Tokenizer.tokens("Sen. Ron Johnson (R-TX), who was elected by tea party constituents.")
        #expect(aside[QuoteExtractor.creditEnd(aside, from: 0)].text == "(")
        #expect(pairs(said).last == "I’m afraid this is not going to fix the problem, — Ron Johnson")
    }

    // MARK: - Terms and names

    @Test func aQuotedSubjectInASentenceWithACueIsItsSourcesWords() {
        #expect(mentions("“Several suspects” were arrested during the raids, State Department officials said, but they did not specify how many.")
            == ["Several suspects — State Department officials"])
        // With no cue in the sentence it stays a term.
        #expect(mentions("Breathing in mold from hay can lead to farmer's lung. “Humidifier lung” may result from fungus growing in humidifiers.") == [])
    }

    @Test func aTermInAnAsideOrClauseApartFromTheSourceIsNoQuote() {
        let aside = "On the other hand, HQ Trivia makes enough in sponsorship deals and in-app purchases — users can buy “extra lives” in case they get a question wrong — that the show pays for itself, according to multiple sources."
        #expect(pairs(aside) == [])
        let clause = "Yusupov was unaware of the extent of Kroll’s issues at Twitter, according to multiple sources, and it created a “rough patch” for the co-founders earlier this year."
        #expect(pairs(clause) == [])
        let believed = "Kroll was also HQ’s “technical” co-founder — the engineer who some believed could better execute in getting the company up and running."
        #expect(pairs(believed) == [])
        // The source's own clause keeps the term, and so does a clause with a word of saying.
        #expect(mentions("The company had a “rough patch” last year, according to multiple sources.") == ["rough patch — multiple sources"])
        #expect(mentions("Sales fell, according to multiple sources, and the board called it a “rough patch” for the co-founders.").count == 1)
        // An "according to" after the clauses sources them all: "Women are “barely receptive” to Republicans’ policies, and
        // the party does “especially poorly” …, according to the report".
        let after = ["Women", "are", "to", "policies", ",", "and", "the", "party", "does", "with", "women", ",", "according", "to", "the", "report", "."]
        let report = [(attribution: QuoteAttribution(mention: "the report", cue: "according to"), cue: 12)]
        #expect(!QuoteNameFilter.sourcedOnlyOutside(report, words: after, quoteAt: 2))
        #expect(!QuoteNameFilter.sourcedOnlyOutside(report, words: after, quoteAt: 9))
        let before = ["Sales", "fell", ",", "according", "to", "sources", ",", "and", "it", "created", "a", "for", "them", "."]
        #expect(QuoteNameFilter.sourcedOnlyOutside([(attribution: QuoteAttribution(mention: "sources", cue: "according to"), cue: 3)], words: before, quoteAt: 11))
    }

    @Test func aQuotedTitleJoinedToAWordByAHyphenIsNoQuote() {
        #expect(pairs("HQ recently announced its second game show, a “Wheel of Fortune”-style game for smartphones.") == [])
        // A dash set off by spaces, or before a name, leaves the quote.
        #expect(pairs("“We are ready for the game” - the coach said after practice.").count == 1)
    }
}
