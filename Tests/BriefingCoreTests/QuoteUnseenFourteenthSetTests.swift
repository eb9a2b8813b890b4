import Testing
@testable import BriefingCore

/// Quote kinds the fourteenth unseen-style set (a college game, a creamery fire, a Brooklyn riot,
/// Gaza, a bombed refugee camp, a chip merger, a new Doctor Who, a murder verdict, Endangered
/// Species rules, a case study on a saved page) showed the extractor getting wrong: a quote between
/// a subject and an inverted cue, cue verbs it lacked ("crowed", "notified", a bare "questioned"),
/// an evangelist as a source, a participle of speech opening a sentence, a story pointed to with
/// "(see …)", a broken quote whose speaker the next paragraph names with an appositive. Each case is written after a real
/// sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the fourteenth unseen-style set")
struct QuoteUnseenFourteenthSetTests {
    private func pairs(_ text: String) -> [String] { QuoteCase.pairs(text) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Cues

    @Test func aQuoteBetweenTheSubjectAndAnInvertedCueIsTheNameAfterIt() {
        let text = "Drake coach Mark Phelps agreed, and so did Seth VanDeest.\n\nEchenique “was definitely a big factor,” said VanDeest, who had 13 points.\n\n“He has a huge body and uses his body around the basket. He really stepped up in the second half.”"
        #expect(mentions(text) == [
            "was definitely a big factor, — VanDeest",
            "He has a huge body and uses his body around the basket. He really stepped up in the second half. — VanDeest",
        ])
        // The cue after the subject, and a name after the cue that opens what was said, keep their reading.
        #expect(mentions("“It made me kind of mad when that happened,” Echenique said.") == ["It made me kind of mad when that happened, — Echenique"])
        #expect(mentions("Phelps “never” said the referee was wrong.") == ["never — Phelps"])
    }

    @Test func crowedAndNotifiedAreCues() {
        let crowed = "“I thought it was just impossible to get a gift like this,” crowed Nvidia CEO Jen-Hsun Huang, in an interview with BusinessWeek.com."
        #expect(pairs(crowed) == ["I thought it was just impossible to get a gift like this, — Jen-Hsun Huang"])
        let notified = "“We will be making no further payment on our ARLF notes until we have been able to move to a suitable location,” Karen Olson, president and CEO of Valley Dairy, notified the panel on Aug. 1."
        #expect(pairs(notified) == ["We will be making no further payment on our ARLF notes until we have been able to move to a suitable location, — Karen Olson"])
    }

    @Test func aQuestionWithNoObjectIsACue() {
        let text = "Ken Isaacs runs programs at Samaritan's Purse.\n\n“What do they consider to be South Sudan?” Isaacs questioned, noting that there are elements of a border dispute."
        #expect(pairs(text) == ["What do they consider to be South Sudan? — Ken Isaacs"])
        // Questioning something is no saying.
        #expect(!QuoteAttribution.candidates(in: ["Isaacs", "questioned", "the", "count", "."], common: TokenWordSet()).contains { $0.attribution.cue == "questioned" })
    }

    // MARK: - Sources

    @Test func anEvangelistSpeaks() {
        #expect(mentions("“We need to make it clear to the government of Sudan that attacks on innocent people will not be tolerated,” the evangelist said.")
            == ["We need to make it clear to the government of Sudan that attacks on innocent people will not be tolerated, — the evangelist"])
        #expect(mentions("“We need to be heard,” the preacher said.") == ["We need to be heard, — the preacher"])
    }

    @Test func aParticipleOfSpeechOpeningASentenceLeavesItsSubjectSpeaking() {
        let text = "Ken Isaacs runs programs at Samaritan's Purse.\n\nDescribing Yida as a “very insecure” area, Isaacs expressed worry for the future of Yida's refugees.\n\n“The conflict and the insecurity are going to grow,” he said."
        #expect(pairs(text) == ["very insecure — Ken Isaacs", "The conflict and the insecurity are going to grow, — Ken Isaacs"])
        // The subject right after the quote keeps speaking.
        #expect(mentions("Calling the plan “a disgrace,” Reyes left the room.") == ["a disgrace, — Reyes"])
    }

    // MARK: - No quotes

    @Test func aStoryPointedToWithSeeIsNoQuote() {
        let text = "Intel and its PC partners on July 27 begin shipping the first chips in a brand-new PC architecture called Core 2 Duo (see BusinessWeek.com, 7/24/06, “Intel Sharpens its Offensive Game”)."
        #expect(QuoteCase.quotes(text).isEmpty)
        // Words quoted in a parenthesis that points nowhere are speech.
        #expect(mentions("The company declined (a spokesman said “we do not comment on rumors”).") == ["we do not comment on rumors — a spokesman"])
    }

    // MARK: - Quotes over paragraphs

    @Test func aBrokenQuoteTakesTheSpeakerTheNextParagraphOpensWith() {
        let text = "As rioters fled into the night, Jumaane Williams joined the fray and tried to prevent more violence.\n\n“The mayor and the [police] commissioner should be down here.\n\nRight now!”\n\nWilliams, a critic of NYPD policy, said before Kelly appeared on the scene."
        #expect(pairs(text) == ["The mayor and the [police] commissioner should be down here. Right now! — Jumaane Williams"])
        // A quote alone after another one keeps that one's speaker.
        let continued = "“The vote was rigged,” Smith said.\n\n“Everyone knows it.”\n\nJones, a critic of the board, said before the vote that she disagreed."
        #expect(pairs(continued) == ["The vote was rigged, — Smith", "Everyone knows it. — Smith"])
    }
}
