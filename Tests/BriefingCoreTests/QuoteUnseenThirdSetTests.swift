import Testing
@testable import BriefingCore

/// Quote kinds the third unseen-style set (Multi-News and ECB+ newswire) showed the extractor
/// getting wrong: curly quotes closed by straight marks around a cue, names of things in
/// quotes, and partial quotes inside apologies and welcomes. Each case is written after a real
/// wire sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the third unseen-style set")
struct QuoteUnseenThirdSetTests {
    private func pairs(_ text: String) -> [String] { QuoteCase.pairs(text) }

    // MARK: - Mixed marks

    @Test func aCurlyQuoteClosedStraightBeforeItsCueAndReopenedStraight() {
        let text = "Senator Kirsten Gillibrand says one colleague came up behind her. “Don’t lose too much weight now,\" he told her. \"I like my girls chubby.” She says he was a favorite."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Don’t lose too much weight now,", "I like my girls chubby."])
    }

    @Test func aStraightQuoteInsideACurlyOneStaysInside() {
        let text = "“They called it \"a witch hunt,\" and then they left,” Representative Adam Schiff said."
        #expect(pairs(text) == ["They called it \"a witch hunt,\" and then they left, — Adam Schiff"])
    }

    // MARK: - Names of things

    @Test func aTitleCaseNameInASentenceOfCriticismIsNoQuote() {
        let text = "The pastor, Larry Kroon, declined to comment.\n\nEarly in her campaign, the church was criticised for promoting a Focus on the Family \"Love Won Out Conference\" in Anchorage."
        #expect(pairs(text).isEmpty)
    }

    @Test func aTitleCaseSloganACueGivesASpeakerStaysAQuote() {
        let text = "Outside the courthouse, protesters chanted \"Lock Her Up\" as the motorcade passed."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Lock Her Up"])
    }

    @Test func aSentenceInTitleCaseIsNoName() {
        #expect(!QuoteNameFilter.isTitleCaseName("We Will Win."))
        #expect(!QuoteNameFilter.isTitleCaseName("undeserved negative attention"))
        #expect(QuoteNameFilter.isTitleCaseName("Love Won Out Conference"))
    }

    @Test func aQuotedModifierBeforeItsNounIsATermEvenNearWordsOfSaying() {
        let text = "Although Microsoft's advisory did not put it in these terms, the vulnerability can be exploited using classic \"drive-by\" attack tactics."
        #expect(pairs(text).isEmpty)
    }

    @Test func aQuotedModifierAfterAPossessiveIsTheOwnersWords() {
        let text = "I know all about Donald Trump, and how he's manipulating his \"average American\" followers into believing his message."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["average American"])
    }

    @Test func aQuotedWordBeforeAPrepositionIsNoModifier() {
        #expect(!QuoteNameFilter.isModifierTerm("walk-in", before: "nationwide", next: "at"))
        #expect(QuoteNameFilter.isModifierTerm("exogenic", before: "from", next: "processes"))
    }

    // MARK: - Partial quotes of a stance

    @Test func aPartialQuoteInAnApologyIsTheApologizersWords() {
        let text = "An arsonist has badly damaged the church attended by Governor Sarah Palin, and she has apologised if the fire was connected to \"undeserved negative attention\" from her campaign."
        let found = QuoteExtractor().extract(Article(source: "case.txt", slug: "case", title: "Case", paragraphs: [Paragraph(text: text)]))
        #expect(found.map { "\($0.text) — \($0.mention ?? "nobody") \($0.cue ?? "")" } == ["undeserved negative attention — she apologised"])
    }

    @Test func aPartialQuoteOfWhatSomeoneWelcomesIsTheirWords() {
        let text = "Ashake Banks welcomes any kind of help \"to stop the shooting.\""
        #expect(pairs(text) == ["to stop the shooting. — Ashake Banks"])
    }

    @Test func aTermWithNoOneToSayItStaysNoQuote() {
        let text = "The less valuable mines would be placed in a separate \"liquidating trust.\""
        #expect(pairs(text).isEmpty)
    }

    // MARK: - Unnamed sources

    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    @Test func aDiplomatIsASource() {
        let text = "Niyazov's gold statue still towers over the capital.\n\n\"It is over,\" a senior diplomat said."
        #expect(mentions(text) == ["It is over, — a senior diplomat"])
    }

    @Test func aRegionAdjectiveBeforeASourceIsNoName() {
        let text = "Niyazov's gold statue still towers over the capital.\n\n\"The facade has changed but the foundations remain the same,\" said a Western diplomat, who requested anonymity.\n\n\"Power rests entirely with the president,\" the diplomat added."
        #expect(mentions(text) == ["The facade has changed but the foundations remain the same, — a Western diplomat", "Power rests entirely with the president, — the diplomat"])
    }

    @Test func aNamedDiplomatKeepsTheName() {
        let text = "\"We are waiting for borders to open,\" said Valentina Redzhepova, a Turkmen diplomat."
        #expect(pairs(text) == ["We are waiting for borders to open, — Valentina Redzhepova"])
    }

    @Test func aNationalityAfterItsArticleIsADescription() {
        let text = "Israel has made public a plea for clemency from Adolf Eichmann.\n\n“I was not a responsible leader, and as such do not feel myself guilty,” the German wrote.\n\n“We will win on Sunday,” the Briton said."
        #expect(mentions(text) == ["I was not a responsible leader, and as such do not feel myself guilty, — the German", "We will win on Sunday, — the Briton"])
    }

    @Test func aNationalityBeforeASourceStaysAnAdjective() {
        let text = "The talks ended on Monday.\n\n\"It is over,\" the German chancellor said."
        #expect(mentions(text) == ["It is over, — the German chancellor"])
    }

    // MARK: - A quote going on after its cue

    @Test func aQuoteAfterItsCueGoesOnWithThatSpeakerBeforeReportedSpeech() {
        let text = "Senator Kirsten Gillibrand says a colleague came up behind her. “Don’t lose too much weight now,\" Senator Bob Dole told her. \"I like my girls chubby.” She says that he was one of her favorite senators."
        #expect(pairs(text) == ["Don’t lose too much weight now, — Bob Dole", "I like my girls chubby. — Bob Dole"])
    }

    @Test func aQuoteAfterNarrativeStillTakesTheCueAfterIt() {
        let text = "The hearing went on for hours. \"I like it here.\" Senator Kirsten Gillibrand says that she will stay."
        #expect(pairs(text) == ["I like it here. — Kirsten Gillibrand"])
    }
}
