import Testing
@testable import BriefingCore

/// Quote kinds the ninth unseen-style set (wire politics, a fire, the Oscars mix-up, a
/// celebrity in rehab, a chip deal, a sentencing, a coach's hiring, a lottery Q&A, witnesses of a
/// death, a police story) showed the extractor getting wrong: a statement holding titles in
/// marks, the subject of what was said taken for the one saying it, a cue line handing the speech
/// to the next paragraph, jurors named by number, descriptions of a celebrity; titles and terms.
/// Each case is written after a real sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the ninth unseen-style set")
struct QuoteUnseenNinthSetTests {
    private func pairs(_ text: String, title: String = "Case") -> [String] { QuoteCase.pairs(text, title: title) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Quote marks

    @Test func titlesInMarksInsideAStatementNestInIt() {
        let text = "The accounting firm released a statement: “We sincerely apologize to “Moonlight,” “La La Land,” Warren Beatty, Faye Dunaway, and Oscar viewers for the error. We deeply regret that this occurred.”"
        #expect(mentions(text) == ["We sincerely apologize to “Moonlight,” “La La Land,” Warren Beatty, Faye Dunaway, and Oscar viewers for the error. We deeply regret that this occurred. — The accounting firm"])
        // A mark reopening speech after a missing closing mark nests nothing: too few closing marks follow.
        let reopened = Array("“We will appeal, he said. “The ruling is wrong.”".unicodeScalars)
        #expect(QuoteSpanScanner.spans(in: reopened).map(\.inner) == [1..<(reopened.count - 1)])
    }

    // MARK: - Speakers

    @Test func theSubjectOfWhatWasSaidIsNotTheOneSayingIt() {
        let text = "A Rancho Palos Verdes man who was driving across the bridge said the director appeared “determined” and “resolute.”"
        #expect(mentions(text) == ["determined — A Rancho Palos Verdes man", "resolute. — A Rancho Palos Verdes man"])
        // The subject before the cue speaks, a whip and a memorandum among them.
        let whip = "Appearing on “Fox News Sunday,” the Senate majority whip said the administration was continuing to “engage in a comprehensive investigation of what actually occurred” on Sept. 11."
        #expect(mentions(whip) == ["engage in a comprehensive investigation of what actually occurred — the Senate majority whip"])
        #expect(mentions("The memorandum said the judges were “engaged throughout and asked questions.”") == ["engaged throughout and asked questions. — The memorandum"])
        // "comments about how Burke is" names no one commenting.
        #expect(mentions("The response has been flooded with comments about how Burke is “weird.”") == ["weird. — nobody"])
        // After an inverted cue a description with no verb after it speaks.
        #expect(mentions("“We will rebuild,” said the director, adding that the plans were ready.") == ["We will rebuild, — the director"])
        #expect(mentions("“No deal is close,” said the official involved in the talks.") == ["No deal is close, — the official"])
    }

    @Test func theStarIsADescriptionOfTheOneSpeaking() {
        let text = "Earlier this year, the star said she had turned a corner from being a hard-hitting drinker and was now a “social drinker.”"
        #expect(mentions(text) == ["social drinker. — the star"])
    }

    @Test func someoneAroundTheOneDescribedSpeaksForThemself() {
        let text = "“Her friends and family are supportive of her decision,” a friend of the actress said."
        #expect(mentions(text) == ["Her friends and family are supportive of her decision, — a friend of the actress"])
        #expect(mentions("“She was always smiling,” the mother of the victim said.") == ["She was always smiling, — the mother of the victim"])
        // A description with no one around it stays as it was.
        #expect(mentions("“She was always smiling,” the victim's mother said.") == ["She was always smiling, — the victim's mother"])
    }

    @Test func aLineEndingWithACueAndACommaIntroducesTheNextParagraph() {
        let text = "Shondell McAllister said she had to force her way through the crowd.\n\n"
            + "An official looked at her and said: “I'm very sorry. She's dead.”\n\nTo which she replied,\n\n“I already know she's dead.”"
        #expect(mentions(text) == ["I'm very sorry. She's dead. — An official", "I already know she's dead. — she"])
        #expect(QuoteExtractor.endsWithCueAndComma("To which she replied,"))
        // A comma after a word that is no cue hands nothing on.
        #expect(!QuoteExtractor.endsWithCueAndComma("In the hours after the fire,"))
    }

    @Test func aJurorNamedByNumberSpeaks() {
        #expect(mentions("“We were searching,” Juror No. 12 said.") == ["We were searching, — Juror No. 12"])
        #expect(mentions("“Everyone was respectful,” said Juror No. 8, one of six African-American women on the panel.") == ["Everyone was respectful, — Juror No. 8"])
        // A rank after the name is no designation of the speaker.
        #expect(pairs("“We are ready,” said Roy Williams, whose team is ranked No. 1.") == ["We are ready, — Roy Williams"])
    }

    // MARK: - Titles and terms

    @Test func aTermCountedByANumberIsNoQuote() {
        #expect(pairs("Three “aerials,” ladders with hoses, fought the fire from above, two of which were positioned between the fire and Crowley.").isEmpty)
        // Counted in what someone notes or cites, the term is theirs.
        #expect(mentions("While he acknowledged funding was a major reason, Ham also noted several “intangibles” left him further disillusioned.") == ["intangibles — Ham"])
    }

    @Test func aBooksLongSubtitleIsPartOfItsTitle() {
        let text = "Don McNay, author of the book “Son of a Son of a Gambler: Winners, Losers and What to Do When You Win the Lottery,” says nine out of 10 winners go through their money in five years or less. “It's too much, too fast,” he says."
        #expect(pairs(text) == ["It's too much, too fast, — Don McNay"])
    }

    @Test func aTitleBeforeAWorkNounInTheHeadlineIsNoQuote() {
        let headline = "Investigators probing the death of “Top Gun” director Tony Scott said they still don't know why he plunged from the bridge"
        #expect(pairs("The coroner's office said the family denied reports of cancer.", title: headline).isEmpty)
        // Words said in the headline stay a quote.
        #expect(pairs("The senator spoke on Tuesday.", title: "Senator says the bill is “dead on arrival”").count == 1)
    }
}
