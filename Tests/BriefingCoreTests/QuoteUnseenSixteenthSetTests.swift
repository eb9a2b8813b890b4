import Testing
@testable import BriefingCore

/// Quote kinds the sixteenth unseen-style set (US politics and government: Supreme Court picks, a
/// budget deal, an immigration bill, NSA spying, a governor's budget, a rancher's remarks, a lawsuit
/// against the president, a Senate succession, a congresswoman's staff) showed the extractor getting
/// wrong: a book's title after "a book called" in a sentence of saying, cues it lacked ("charges
/// that", "bragged", "informed … that"), sources it lacked ("the suit", "someone familiar with"),
/// a month read as a speaker, a body's name read for the person after it, a relative clause that
/// hid the subject it describes, a name modifying the subject of what was said read as the speaker,
/// and "which" after a body's name. Each case is written after a real sentence, with a look-alike
/// that must keep its reading.
@Suite("Quotes in the sixteenth unseen-style set")
struct QuoteUnseenSixteenthSetTests {
    private func pairs(_ text: String) -> [String] { QuoteCase.pairs(text) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Names of works

    @Test func aWorkNamedAfterItsNounIsATitleInASentenceOfSaying() {
        let text = "“He is a window into the soul of modern conservatism,” said Ian Haney López, a law professor at the University of California at Berkeley, who wrote a book called “Dog Whistle Politics.”"
        #expect(mentions(text) == ["He is a window into the soul of modern conservatism, — Ian Haney López"])
        #expect(QuoteNameFilter.followsWorkNaming(["wrote", "a", "book", "called"]))
        // What someone calls a thing is their word, and a person's noun names no work.
        #expect(mentions("He also recalled 1960s-era riots by what he called “Negro” groups in Los Angeles.") == ["Negro — he"])
        #expect(!QuoteNameFilter.followsWorkNaming(["what", "he", "called"]))
        #expect(!QuoteNameFilter.followsWorkNaming(["the", "host", "called"]))
    }

    // MARK: - Cues

    @Test func chargingThatIsAlleging() {
        let text = "The lawsuit charges that the Oct. 28, 2016, “hush agreement” is legally invalid because it was only signed by Clifford and Cohen."
        #expect(mentions(text) == ["hush agreement — The lawsuit"])
        let suit = "The suit also charges that Trump and Cohen “aggressively sought to silence Ms. Clifford as part of an effort to avoid her telling the truth.”"
        #expect(mentions(suit) == ["aggressively sought to silence Ms. Clifford as part of an effort to avoid her telling the truth. — The suit"])
        // Charges as counts of a case are no cue.
        let faces = QuoteAttribution.candidates(in: ["He", "faces", "charges", "that", "he", "lied", "."], common: TokenWordSet())
        #expect(!faces.contains { $0.attribution.cue == "charges" })
        let the = QuoteAttribution.candidates(in: ["He", "denied", "the", "charges", "that", "he", "lied", "."], common: TokenWordSet())
        #expect(!the.contains { $0.attribution.cue == "charges" })
    }

    @Test func braggingIsSayingAndAMonthIsNoSubject() {
        let text = "In April, Trump bragged to the National Rifle Association that Gorsuch “is really something very special” and in June told the Faith and Freedom Coalition that no president had accomplished more in their first 100 days."
        #expect(mentions(text) == ["is really something very special — Trump"])
        // A month-named person before the cue, with no preposition, is still someone.
        let june = QuoteAttribution.candidates(in: ["June", "Carter", "told", "reporters", "that", "it", "was", "over", "."], common: TokenWordSet())
        #expect(june.first?.attribution.mention == "June Carter")
    }

    @Test func informingSomeoneThatIsTelling() {
        let text = "In a statement, the California Democrat said the White House had informed her that “collection on our allies will not continue.”"
        #expect(mentions(text) == ["collection on our allies will not continue. — White House"])
        // Informing views shapes them, no one says anything.
        let shaped = "Davis has said that her experience as an attorney in the Texas Senate informed her political views. She said Texas needed to be “a lot less lone and a lot more star.”"
        #expect(mentions(shaped) == ["a lot less lone and a lot more star. — She"])
    }

    // MARK: - Sources

    @Test func theSuitAndSomeoneFamiliarSpeak() {
        let text = "“It’s clear [Trump] was very upset with the comment” by Gorsuch, said someone familiar with the incident, who spoke on the condition of anonymity to discuss a sensitive topic."
        #expect(mentions(text) == ["It’s clear [Trump] was very upset with the comment — someone"])
        let person = "“He will be fine,” a person familiar with the conversation said."
        #expect(mentions(person) == ["He will be fine, — a person"])
        let people = "“It is done,” people familiar with the Trump Organization’s plans said."
        #expect(mentions(people) == ["It is done, — people"])
        // A name the sentence knows of without "familiar with" keeps its reading.
        #expect(mentions("“It is done,” Trump Organization lawyers said.") == ["It is done, — Trump Organization lawyers"])
    }

    @Test func thePersonAfterABodysNameAndRoleSpeaks() {
        let text = "“It undermines the broader, more important goals,” said former Republican National Committee chairman Michael Steele, referring to African Americans in particular."
        #expect(pairs(text) == ["It undermines the broader, more important goals, — Michael Steele"])
        // A body alone after the cue speaks itself.
        #expect(mentions("“We are proud of the result,” said the Republican National Committee.") == ["We are proud of the result, — Republican National Committee"])
    }

    @Test func aRelativeClauseSetOffDescribesTheSubjectBeforeIt() {
        let text = "Another Republican senator aligned with the GOP court blockade, who spoke on the condition of anonymity to speak frankly, said a Sandoval nomination would “mix it up” for Republicans."
        #expect(mentions(text) == ["mix it up — Another Republican senator"])
        // A name after the cue with a verb after it still speaks: "said Sandoval, who …".
        #expect(mentions("“It would be a privilege,” said Sandoval, who was asked about the nomination.") == ["It would be a privilege, — Sandoval"])
    }

    @Test func whichAfterABodysNameSpeaksForIt() {
        let text = "In 2015 McCullum was cited in an annual list by the Hill, which said he had been a former reality TV star known as “Pretty” on television."
        #expect(mentions(text) == ["Pretty — Hill"])
    }
}
