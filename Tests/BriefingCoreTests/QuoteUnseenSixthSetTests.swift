import Testing
@testable import BriefingCore

/// Quote kinds the sixth unseen-style set (sports reports, an acquisition story, court reports,
/// an interview, an obituary, science news, a labour ruling) showed the extractor getting wrong:
/// a quote introduced by a paragraph ending with a colon, two roles joined before a name after
/// an inverted cue, "it" closing the clause a quote ends, hedged cues, records named by
/// "according to", names given with no one giving them, teaser links, and quotes broken over
/// lines. Each case is written after a real wire sentence, with a look-alike that must keep its
/// reading.
@Suite("Quotes in the sixth unseen-style set")
struct QuoteUnseenSixthSetTests {
    private func quotes(_ text: String, title: String = "Case") -> [Quote] {
        QuoteExtractor().extract(Article(
            source: "case.txt", slug: "case", title: title, paragraphs: text.components(separatedBy: "\n\n").map { Paragraph(text: $0) }))
    }

    private func pairs(_ text: String, title: String = "Case") -> [String] {
        quotes(text, title: title).map { "\($0.text) — \($0.speaker ?? "nobody")" }
    }

    private func mentions(_ text: String) -> [String] {
        quotes(text).map { "\($0.text) — \($0.mention ?? "nobody")" }
    }

    // MARK: - Speakers

    @Test func aParagraphEndingWithAColonIntroducesTheQuoteAfterIt() {
        let tweet = "Doug McDermott had a secret.\n\n“He wasn’t acting any different,” Grant Gibbs said.\n\n"
            + "It’s safe to assume fans had much the same reaction when, shortly before 2 p.m., McDermott sent out the following message on Twitter:\n\n"
            + "“I will be returning to Creighton for my senior year.”"
        #expect(pairs(tweet).last == "I will be returning to Creighton for my senior year. — Doug McDermott")
        let post = "Rhonda Ungericht, among many others, vented on Keurig’s Facebook page:\n\n“My sister bought a new Keurig and did not know it only takes Keurig K-cups.”"
        #expect(pairs(post) == ["My sister bought a new Keurig and did not know it only takes Keurig K-cups. — Rhonda Ungericht"])
        let advice = "Superior Court Judge James Bodiford handed down the maximum sentence.\n\n“If there was any more I could give you, I would,” the judge said.\n\n"
            + "Christina Greenway, daughter of slain court reporter Julie Ann Brandau, wept.\n\n"
            + "The judge offered advice for the prison guards who will handle Nichols:\n\n“Do not trust Mr. Nichols ever again.”"
        #expect(mentions(advice).last == "Do not trust Mr. Nichols ever again. — The judge")
    }

    @Test func aQuoteAfterAColonKeepsItsOwnCueAndOneAfterNarrativeKeepsTheLastSpeaker() {
        let ownCue = "Rhonda Ungericht vented on Keurig’s Facebook page:\n\n“We hear you,” spokesman John Kelly said."
        #expect(pairs(ownCue) == ["We hear you, — John Kelly"])
        let narrative = "“He wasn’t acting any different,” Grant Gibbs said.\n\nLater that night, McDermott let the news slip to a couple of them.\n\n“Business as usual.”"
        #expect(pairs(narrative).last == "Business as usual. — Grant Gibbs")
    }

    @Test func twoRolesJoinedBeforeANameAfterAnInvertedCueGiveTheName() {
        let text = "“What we saw was a chance to take our technology to multiple markets,” said SeaMicro CEO and new AMD general manager Andrew Feldman."
        #expect(pairs(text) == ["What we saw was a chance to take our technology to multiple markets, — Andrew Feldman"])
        // One role, then a name and someone else: the name the role belongs to.
        let lookAlike = "“We are thrilled,” said Acme CEO John Smith and his wife."
        #expect(pairs(lookAlike) == ["We are thrilled, — John Smith"])
    }

    @Test func itClosingTheQuotedClauseGivesWayToTheNameAfterAnInvertedCue() {
        let text = "With liquid water, Europa already has one necessary ingredient for life. That has made it “a compelling object for study for decades,” says Tori Hoehler, an astrobiologist at NASA's Ames Research Center."
        #expect(pairs(text) == ["a compelling object for study for decades, — Tori Hoehler"])
        // "It says" of a document, with no name after the cue, still speaks.
        let lookAlike = "The Pentagon released its report on Friday. “The threat is growing,” it says."
        #expect(mentions(lookAlike) == ["The threat is growing, — it"])
    }

    @Test func aHedgedCueSpeaksUnlessItSitsInsideAnEarlierCuesReport() {
        let team = "Britney Schmidt led the research team. The team suggests that plumes of warmer water migrate up through the thick icy crust until they reach a “sweet spot” where a lake can form."
        #expect(mentions(team) == ["sweet spot — The team"])
        let letter = "City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that Phoenix and its officers support Trump’s campaign."
        #expect(pairs(letter) == ["unmistakably and wrongfully — Brad Holm"])
    }

    @Test func anAnnouncementNamedByAccordingToIsTheSource() {
        let text = "Marty Balin died Thursday, his rep confirmed. His wife, Susan Joy Balin, was “by his side,” according to the announcement."
        #expect(mentions(text) == ["by his side, — the announcement"])
        let lookAlike = "His wife, Susan Joy Balin, was “by his side,” according to publicist Ron Hoffman."
        #expect(pairs(lookAlike) == ["by his side, — Ron Hoffman"])
    }
}
