import Testing
@testable import BriefingCore

/// The names speakers are credited and listed under: full names learned from the headline,
/// labels before a name left out of it, titles and initials inside names, and words that
/// name no one. Cases are modelled on newswire sentences of the articles a site is built from.
@Suite("Speaker names")
struct SpeakerNameTests {
    private func quotes(_ text: String, title: String = "Case", summary: String? = nil) -> [Quote] {
        let paragraphs = text.components(separatedBy: "\n\n").map { Paragraph(text: $0) }
        return QuoteExtractor().extract(Article(source: "case.txt", slug: "case", title: title, summary: summary, paragraphs: paragraphs))
    }

    // MARK: - Roles

    @Test func aLongAppositiveRoleEndsOnAWordOfItsOwn() {
        let found = quotes("""
            "The breaking of that consensus is important," said Avi Bell, senior fellow at the right-wing Kohelet Policy Forum in Israel.
            """)
        #expect(found.first?.role == "senior fellow at the right-wing Kohelet Policy Forum")
    }

    @Test func aShortAppositiveRoleKeepsItsPlace() {
        let found = quotes("""
            "We are ready," said Samuel Paparo, commander of the US Indo-Pacific Command.
            """)
        #expect(found.first?.role == "commander of the US Indo-Pacific Command")
    }

    // MARK: - The headline's full names

    @Test func aSurnameTheBodyUsesAloneTakesTheHeadlinesFullName() {
        let found = quotes("""
            Lynch said her colleague had not worked on the case. But the client fired every question to him anyway.

            "So I think things like that make you realize that people see you in a different light," Lynch said.
            """, title: "A lesson from Loretta Lynch: 'Be the voice that people hear.'")
        #expect(found.map(\.speaker) == ["Loretta Lynch"])
    }

    @Test func theDeckNamesThePersonToo() {
        let found = quotes("""
            "We will not be intimidated by threats against our officers," Putney told reporters on Thursday.
            """, title: "Charlotte releases police video", summary: "Police Chief Kerr Putney says the footage does not show who fired first.")
        #expect(found.first?.speaker == "Kerr Putney")
    }

    @Test func aTitleCaseHeadlineRunningANameIntoAVerbGivesTheNameAlone() {
        let found = quotes("""
            "You should resign," Warren told the bank's chief executive at the hearing.
            """, title: "Elizabeth Warren Hammers Wells Fargo CEO")
        #expect(found.first?.speaker == "Elizabeth Warren")
    }

    @Test func aHeadlineWordBeforeASurnameIsNoGivenName() {
        let found = quotes("""
            When terrorists are revealed, Obama and Clinton call them "lone wolves" and describe their actions as crimes.
            """, title: "Derelict Obama and Clinton pretend terror is a crime")
        #expect(found.first?.speaker != "Derelict Obama")
    }

    @Test func theHeadlinesWordsAddNoQuote() {
        let found = quotes("""
            Lynch said there remains a gap between private practice and government.
            """, title: "A lesson from Loretta Lynch: \u{201C}Be the voice\u{201D}")
        #expect(found.filter { $0.paragraph >= 0 }.isEmpty)
    }

    // MARK: - Labels before a name

    @Test func aPartyLabelIsTheRoleNotTheName() throws {
        let found = quotes("""
            Republican Donald Trump said Monday that he would release his returns after an audit.

            "I have brilliantly used those laws," Trump said at a rally in Pueblo.
            """)
        let quote = try #require(found.first)
        #expect(quote.speaker == "Donald Trump")
        #expect(quote.role == "Republican")
    }

    /// "Rival" is an ordinary word: the article also writes "rival" in lower case.
    @Test func aCommonWordOpeningTheSentenceIsNoPartOfTheName() {
        let found = quotes("""
            Rival Hillary Clinton had mocked the complaint, saying anybody who complains about the microphone is not having a good night.

            "Anybody who complains about the microphone is not having a good night," Clinton said.

            Trump blamed a coordinated attack by the media and rival Hillary Clinton\u{2019}s campaign.
            """)
        #expect(found.first?.speaker == "Hillary Clinton")
    }

    @Test func aCountryBeforeANameIsNoPartOfIt() {
        let found = quotes("""
            China's ambassador to Britain Liu Xiaming has said that China has the "resolution and power" to end the unrest.
            """)
        #expect(found.first?.speaker == "Liu Xiaming")
    }

    @Test func theDomainOfAnOfficeIsNoPartOfTheName() {
        let found = quotes("""
            Deputy Director of Public Prosecution Eva-Marie Persson took the decision on Tuesday.

            "The evidence has weakened considerably," Persson said.
            """)
        #expect(found.first?.speaker == "Eva-Marie Persson")
    }

    @Test func aNameWithAnInitialAfterAnOfficesDomainIsLearned() {
        let found = quotes("""
            Secretary of State John F. Kerry said the United States would take "robust steps" in response.
            """)
        #expect(found.first?.speaker == "John F. Kerry")
    }

    @Test func aBodyBeforeANameStaysABody() {
        let found = quotes("""
            Oversight Committee Republicans seethed after the disclosure, calling the deal "a sweetheart arrangement."

            The oversight panel will meet again on Thursday.
            """)
        #expect(found.first?.speaker != "Committee Republicans")
    }

    @Test func aRankWithoutItsPeriodOpensNoName() {
        let found = quotes("""
            Democratic lawmakers grilled Lt Col Alexander Vindman, a Ukraine specialist on the National Security Council.

            "I did not think it was proper," Vindman said.
            """)
        #expect(found.first?.speaker == "Alexander Vindman")
    }

    @Test func aGivenNameIsNeverALabel() {
        // "will" is a common word, "Will" a given name opening a sentence.
        let lowercase = TokenWordSet(words: ["will"])
        #expect(!SpeakerNameEdges.isLabel("Will", next: "Hurd", opensSentence: true, lowercase: lowercase))
        #expect(SpeakerNameEdges.isLabel("Democrat", next: "Hillary", opensSentence: false, lowercase: TokenWordSet()))
        #expect(SpeakerNameEdges.isLabel("Dragons", next: "Peter", opensSentence: false, lowercase: TokenWordSet()))
        #expect(!SpeakerNameEdges.isLabel("Cornell", next: "William", opensSentence: true, lowercase: TokenWordSet()))
    }

    // MARK: - Words inside names

    @Test func aTitleAfterAGivenNameIsTheSurname() {
        let found = quotes("""
            The letter from Foreign Affairs Minister Julie Bishop was sent to the family's local MP.

            "Regrettably, Russian authorities have not accepted this advice," Ms Bishop wrote.
            """)
        #expect(found.first?.speaker == "Julie Bishop")
    }

    @Test func aMiddleInitialIsPartOfTheName() {
        let found = quotes("""
            Mary E. Lovely, an economist at Syracuse University, studies the cost of tariffs.

            "Tariffs are a tax on consumers," Lovely said.
            """)
        #expect(found.first?.speaker == "Mary E. Lovely")
    }

    @Test func aCurlyPossessiveEndsALearnedName() {
        let found = quotes("""
            Politifact did a fact-check on Donald Trump\u{2019}s claim about Chicago.

            Trump said there had been "thousands of shootings" in the city this year.
            """)
        #expect(found.first?.speaker == "Donald Trump")
    }

    @Test func aCapitalInsideASurnameKeepsItAName() {
        let found = quotes("""
            Ava DuVernay's documentary opened the New York Film Festival.

            "The film is about the system," DuVernay said.
            """)
        #expect(found.first?.speaker == "Ava DuVernay")
    }

    // MARK: - Words that name no one

    @Test func weOutsideQuotesIsTheWriterNotTheSubjectBefore() {
        let found = quotes("""
            Black Friday pricing on the thermostat is now live at Amazon for $199. We\u{2019}ve called it "a very compelling option for many households."
            """)
        #expect(found.first?.speaker == nil)
    }

    @Test func delegateIsAnHonorificThatEndsNoSentence() {
        let found = quotes("""
            "This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.
            """)
        #expect(found.first?.speaker == "Stacey Plaskett")
    }

    @Test func theEndOfADepartmentsNameIsTheDepartment() {
        let found = quotes("""
            The Department of Foreign Affairs told Daily Mail Australia in a statement: 'Consular officials are in regular contact with the family.'
            """)
        #expect(found.first?.speaker == "Department of Foreign Affairs")
    }
}
