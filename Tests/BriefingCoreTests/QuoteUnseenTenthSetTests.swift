import Testing
@testable import BriefingCore

/// Quote kinds the tenth unseen-style set (a riot, a chip deal, a sentencing, a British dig, wire
/// politics, Emmy winners credited after a dash, a film review, a libel threat, a ballot fight,
/// celebrity tweets) showed the extractor getting wrong: a list of song titles, a scare word
/// before a name, a title line quoting the body, roles joined
/// before a name, present-tense inverted cues, a passive "echoed by".
/// Each case is written after a real sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the tenth unseen-style set")
struct QuoteUnseenTenthSetTests {
    private func pairs(_ text: String, title: String = "Case") -> [String] { QuoteCase.pairs(text, title: title) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Titles and terms

    @Test func aListOfTitlesIsTitlesEvenInASentenceOfStance() {
        let text = "The opening half hour or so feels like more like a Vietnam film than a monster movie, with the soundtrack blasting classic rock staples such as “White Rabbit,” “Run Through the Jungle,” “Long Cool Woman in a Black Dress” and “Paranoid,” as the main characters are introduced."
        #expect(pairs(text).isEmpty)
        #expect(QuoteNameFilter.titleList(["White Rabbit,", "Run Through the Jungle,", "Paranoid,"], gaps: [" ", " and "]) == [0, 1, 2])
        // Two titles are no list, and a sentence breaks one.
        #expect(QuoteNameFilter.titleList(["White Rabbit,", "Paranoid,"], gaps: [" and "]).isEmpty)
        #expect(QuoteNameFilter.titleList(["White Rabbit,", "We will never give up.", "Paranoid,"], gaps: [" ", " "]).isEmpty)
    }

    @Test func aLowerCaseWordBetweenAnArticleAndANameIsATerm() {
        let text = "It recently introduced a server powered by 64 Intel Xeon processors, providing a “brawny” offering to supplement the “wimpy” Atom nodes."
        #expect(pairs(text).isEmpty)
        // In what someone announced, the word is theirs.
        let said = "Despite Mr. Trump’s Oct. 11 announcement that the United States and China had reached a “historic” Phase 1 trade agreement, signing a deal has proved elusive."
        #expect(pairs(said).count == 1)
    }

    // MARK: - Speakers

    @Test func aTitleLineQuotingTheBodyTakesTheBodysSpeaker() {
        let body = "“I’m as shocked as you people. That’s why my speech sucked. I thought that Jim Parsons was going to win again.” — Jon Cryer, on his upset victory"
        #expect(pairs(body, title: "\"I'm as shocked as you people.\"").contains("I'm as shocked as you people. — Jon Cryer"))
        // Other words in the title line name no one.
        #expect(pairs(body, title: "\"Nobody saw it coming.\"").contains("Nobody saw it coming. — nobody"))
    }

    @Test func rolesJoinedBeforeANameGiveTheName() {
        let text = "\"I went to bed realizing I'd been April fooled by George Takei. We live in strange times,\" wrote TV producer and \"Lucifer\" showrunner Joe Henderson."
        #expect(mentions(text) == ["I went to bed realizing I'd been April fooled by George Takei. We live in strange times, — Joe Henderson"])
    }

    @Test func aPresentTenseCueBeforeANameGivesTheName() {
        #expect(mentions("The pilot has been stranded for nearly 30 years. (“Have the Cubs won the World Series yet?” asks Hank.)") == ["Have the Cubs won the World Series yet? — Hank"])
    }

    @Test func wordsEchoedBySomeoneAreTheirs() {
        let text = "His request was echoed by AshLee Strong, spokeswoman for House Speaker Paul Ryan: \"We need to have all the facts.\""
        #expect(mentions(text) == ["We need to have all the facts. — AshLee Strong"])
    }
}
