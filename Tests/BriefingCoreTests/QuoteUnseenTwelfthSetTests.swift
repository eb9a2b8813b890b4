import Testing
@testable import BriefingCore

/// Quote kinds the twelfth unseen-style set (wire politics, a congressman on a sentence, a club's
/// statement, nap research, a dinosaur nicknamed "Bigfoot", users' complaints and Apple's
/// statement, a couple's buried coins, an opinion column, Russian threats, an Italian TV
/// interview) showed the extractor getting wrong: a couple or a club as the source, a reflexive
/// before a cue, a described source before "who" or in an absolute "with" phrase, a law defining a
/// term, a surname that reads like a nationality, an opening passive before a quoted nickname.
/// Each case is written after a real sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the twelfth unseen-style set")
struct QuoteUnseenTwelfthSetTests {
    private func pairs(_ text: String) -> [String] { QuoteCase.pairs(text) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Described sources

    @Test func aCoupleSpeaksAsTheCouple() {
        #expect(mentions("“It was like finding a hot potato,” the couple told coin expert Don Kagin from Kagin's, Inc.")
            == ["It was like finding a hot potato, — the couple"])
        #expect(mentions("“We'd like to help other people with some of this money,” said the couple.")
            == ["We'd like to help other people with some of this money, — the couple"])
        // Someone around the couple speaks, not the couple.
        #expect(mentions("“They are devastated,” the couple’s lawyer said.") == ["They are devastated, — the couple’s lawyer"])
        #expect(mentions("“They are done,” a source close to the couple said.") == ["They are done, — a source close to the couple"])
    }

    @Test func aClubSpeaksAsTheClub() {
        let text = "The Spirit took the action, the National Women’s Soccer League club said, “rather than subject our fans and friends to the disrespect we feel such an act would represent.”"
        #expect(QuoteCase.quotes(text).map { $0.mention?.hasSuffix("League club") } == [true])
        #expect(mentions("“We are delighted with the signing,” the club said in a statement.") == ["We are delighted with the signing, — the club"])
    }

    @Test func aReflexiveBeforeTheCueLeavesTheSubjectSpeaking() {
        let text = "In a pompous speech the Polish prime minister gave supporting the law, an automatic translation service made it appear as if he himself said that “camps where millions of Jews were murdered were Polish.”"
        #expect(mentions(text) == ["camps where millions of Jews were murdered were Polish. — he"])
        #expect(QuoteCase.quotes("Trump himself said “it was a disaster.”").map(\.cue) == ["said"])
        // A reflexive object keeps its reading.
        #expect(mentions("He defended himself, saying “I did nothing wrong.”") == ["I did nothing wrong. — He"])
    }

    @Test func aDescribedSourceBeforeWhoSpeaks() {
        let text = "Many have expressed frustration over comments from Turner’s father, who called prison “a steep price to pay for 20 minutes of action.”"
        #expect(mentions(text) == ["a steep price to pay for 20 minutes of action. — Turner’s father"])
        #expect(mentions("Critics pointed to comments from the victim’s lawyer, who said “justice was not done.”") == ["justice was not done. — the victim’s lawyer"])
        // A name before an appositive still speaks; a bare noun does not.
        let named = "Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the GOP's most important goal was to make Obama a “one-term president.”"
        #expect(mentions(named) == ["one-term president. — McConnell"])
        let bare = "Would you vote for an African American or Hispanic, man or woman, who said and did the same things as Trump?\n\nPreys on our worst fears, and calls people “losers” and “sad.”"
        #expect(!mentions(bare).contains { $0.hasSuffix("woman") })
    }

    @Test func aDescribedSourceInAnAbsoluteWithPhraseSpeaks() {
        let text = "VIENNA (AP) — U.S.-Russian tensions over Ukraine spilled over into nuclear talks with Iran Wednesday, with Moscow's chief envoy at the negotiations warning that his country may take “retaliatory measures” that could hurt attempts to persuade Tehran."
        #expect(mentions(text) == ["retaliatory measures — Moscow's chief envoy"])
        // A participle set off by a comma is the main subject's.
        let disclaimer = "Wood said a written disclaimer that CBS aired with its show, saying the opinions “represent just some of a number of possible scenarios,” did not go far enough."
        #expect(mentions(disclaimer) == ["represent just some of a number of possible scenarios, — Wood"])
        #expect(mentions("The bill passed, with critics saying it was “a giveaway to the rich.”") == ["a giveaway to the rich. — critics"])
    }

    @Test func aLawDefiningATermIsItsSource() {
        let text = "Turner was not convicted of rape because, under California law, rape is defined as someone using “physical force, intimidation, duress, or threats to persuade the victim to engage in intercourse.”"
        #expect(mentions(text) == ["physical force, intimidation, duress, or threats to persuade the victim to engage in intercourse. — California law"])
        #expect(QuoteAttribution.definingRule(in: ["under", "federal", "law", ",", "a", "machine", "gun", "is", "defined", "as"])?.mention == "federal law")
        // No law, no source; "under" something else is no law.
        #expect(QuoteAttribution.definingRule(in: ["the", "word", "is", "defined", "as"]) == nil)
        #expect(QuoteAttribution.definingRule(in: ["under", "the", "new", "owners", ",", "luxury", "is", "defined", "as"]) == nil)
    }

    @Test func aSurnameLikeANationalityOpeningItsSentenceSpeaks() {
        let text = "Crew member Anthony Maltese, who is also the lead author of the study, writes that the foot was nearly 1 meter wide.\n\nMaltese said in a press statement that the rock outcrops that produced this fossil hold many more “fantastic dinosaur skeletons,” and that the research team will press on."
        #expect(pairs(text) == ["fantastic dinosaur skeletons, — Anthony Maltese"])
        #expect(mentions("Japanese officials said “the talks are over.”") == ["the talks are over. — Japanese officials"])
        #expect(QuoteAttribution.isLoneSurname("Maltese", common: TokenWordSet()))
        #expect(!QuoteAttribution.isLoneSurname("American", common: TokenWordSet()))
        #expect(!QuoteAttribution.isLoneSurname("Republican", common: TokenWordSet()))
    }

    // MARK: - Terms

    @Test func anOpeningPassiveTellsOfNoOneSayingTheQuotedSubject() {
        let text = "Excavated in 1998 by an expedition from the University of Kansas, and described in a new study published in PeerJ – the Journal of Life and Environmental Sciences, “Bigfoot” was discovered in the Black Hills area of Wyoming."
        #expect(pairs(text).isEmpty)
        // Someone describing, and a passive with its agent, keep the words someone's.
        #expect(mentions("Asked about the deal, he described it as “a disaster.”") == ["a disaster. — he"])
        #expect(pairs("Described by aides as “furious,” he left the room.").count == 1)
    }
}
