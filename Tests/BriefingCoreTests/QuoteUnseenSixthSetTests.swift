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
    private func quotes(_ text: String, title: String = "Case") -> [Quote] { QuoteCase.quotes(text, title: title) }
    private func pairs(_ text: String, title: String = "Case") -> [String] { QuoteCase.pairs(text, title: title) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

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

    @Test func aNameSetOffAfterADescriptionInAccordingToIsTheSource() {
        let text = "Marty Balin died Thursday. His wife, Susan Joy Balin, was “by his side,” according to his publicist, Ron Hoffman."
        #expect(pairs(text) == ["by his side, — Ron Hoffman"])
        // A name opening the next clause is no appositive: the record speaks.
        let lookAlike = "According to the report, Hoffman was “by his side” all week."
        #expect(mentions(lookAlike) == ["by his side — the report"])
    }

    @Test func anAnnouncementNamedByAccordingToIsTheSource() {
        let text = "Marty Balin died Thursday, his rep confirmed. His wife, Susan Joy Balin, was “by his side,” according to the announcement."
        #expect(mentions(text) == ["by his side, — the announcement"])
        let lookAlike = "His wife, Susan Joy Balin, was “by his side,” according to publicist Ron Hoffman."
        #expect(pairs(lookAlike) == ["by his side, — Ron Hoffman"])
    }

    // MARK: - Names, teasers and terms

    @Test func aBracketedLinkOpeningAParagraphQuotesNoOne() {
        let text = "[K-cups inventor: ‘I feel bad sometimes that I ever did it’] That was two provocations, but two too much. The reaction was fast and furious."
        #expect(pairs(text).isEmpty)
        let lookAlike = "[The president] told reporters the talks were “very productive.”"
        #expect(quotes(lookAlike).map(\.text) == ["very productive."])
    }

    @Test func aNameGivenWithNoOneGivingItInAHeadlineIsNoQuote() {
        #expect(pairs("A company sells a razor handle cheaply.", title: "It’s been called the “razor blade business model.”").isEmpty)
        let lookAlike = pairs("Trump spoke in Ohio.", title: "Trump has called the deal “a disaster for our workers”")
        #expect(lookAlike == ["a disaster for our workers — Trump"])
    }

    @Test func aProductsBrandNameIsNoQuote() {
        let text = "Fans found a cheaper alternative, refillable K-cups, which the company graciously sold under the brand of “My K-Cup.”"
        #expect(pairs(text).isEmpty)
        let lookAlike = "Asked about the brand, Brian Kelley said: “My K-Cup was a terrific addition.”"
        #expect(pairs(lookAlike) == ["My K-Cup was a terrific addition. — Brian Kelley"])
    }

    @Test func aNameOpeningAClauseAfterAsIsNoOnesWords() {
        let text = "Not only was it cheaper, but the coffee drinker had more choice, as “My K-Cup” could be filled with any brand of coffee off the shelf."
        #expect(pairs(text).isEmpty)
        let lookAlike = "In recent weeks, Reid has gone after Trump as “uniquely unfit” for office."
        #expect(pairs(lookAlike) == ["uniquely unfit — Reid"])
    }

    @Test func aPassiveForecastIsNoWordOfSaying() {
        let text = "AMD will pay $334 million for SeaMicro. The deal is expected to close in “a number of weeks.”"
        #expect(pairs(text).isEmpty)
        let lookAlike = "AMD will pay $334 million for SeaMicro. Lisa Su said she expected the deal to close in “a number of weeks.”"
        #expect(pairs(lookAlike) == ["a number of weeks. — Lisa Su"])
    }

    @Test func aWordOfSayingAfterADashAndWhileIsAnotherClauses() {
        let text = "Texas startup Calxeda offers “wimpy core” servers equipped with ARM chips — an alternative to the x86 chips used by Intel and AMD — while HP is exploring the idea with a research effort it calls Project Moonshot."
        #expect(pairs(text).isEmpty)
        // The clause a colon ends is the quote's own: its word of saying keeps the quote.
        let lookAlike = "President Obama is rolling out a new and more personal campaign message: \"It's about me.\""
        #expect(pairs(lookAlike) == ["It's about me. — Obama"])
    }

    // MARK: - Marks and lines

    @Test func aDoubledOpeningMarkOpensTheQuoteAndTheCoordinatedSubjectSaysIt() {
        let text = "Balin’s illness rendered him unable to attend the Grammys when the Airplane was awarded lifetime achievement honors, but he released a statement at the time, saying, “”I am grateful for the beautiful musical journey my life continues to take.”"
        #expect(mentions(text) == ["I am grateful for the beautiful musical journey my life continues to take. — he"])
        // A participle after a single clause speaks for its subject.
        let lookAlike = "Senator Maria Lopez spoke for an hour, saying, “We will win this fight.”"
        #expect(pairs(lookAlike) == ["We will win this fight. — Maria Lopez"])
    }

    @Test func linesBetweenAnOpenQuoteAndAReopeningMarkAreQuote() {
        let text = "“I believe I’m going to play in the NBA,” he said.\n\n“I feel like I have some unfinished business here at Creighton.\n\nI feel like I can be a lot better.\n\n“I’m so relieved.\n\nThis just feels right.”"
        #expect(quotes(text).map(\.text) == [
            "I believe I’m going to play in the NBA,", "I feel like I have some unfinished business here at Creighton. I feel like I can be a lot better.",
            "I’m so relieved. This just feels right.",
        ])
        let lookAlike = "“I feel like I have some unfinished business here,” he said.\n\nHe broke the record last season.\n\n“I’m so relieved.”"
        #expect(quotes(lookAlike).map(\.text) == ["I feel like I have some unfinished business here,", "I’m so relieved."])
    }

    // MARK: - Names two things share

    @Test func aSurnameTwoPeopleShareIsTheOneTheLiveBlogEntryWroteLast() {
        let text = "11.40am: Boris Johnson has arrived in Brussels for the summit.\n\n“We will get a deal,” Johnson told reporters.\n\n"
            + "12.05pm: Jo Johnson, the universities minister, has resigned from the government.\n\n“I cannot support this plan,” Johnson said in a statement."
        #expect(pairs(text) == ["We will get a deal, — Boris Johnson", "I cannot support this plan, — Jo Johnson"])
        let stamps = "7 p.m.\n\nGary Johnson’s doctor calls him fit.\n\n4:30 p.m.\n\nHomeland Security Secretary Jeh Johnson says hackers are targeting election offices.\n\n"
            + "Johnson tells MSNBC on Friday that “exactly who did it” remains under investigation."
        #expect(pairs(stamps) == ["exactly who did it — Jeh Johnson"])
        // In an ordinary article the surname is the one named first, the article's subject, even after the other's full name.
        let article = "Secrecy is not a stranger when it comes to Hillary Clinton’s health, her former doctor says.\n\n"
            + "Dr. Connie Mariano was the White House physician of former President Bill Clinton.\n\n“Sure enough I had a big clot behind my right knee,” Clinton wrote in 2003."
        #expect(pairs(article).last == "Sure enough I had a big clot behind my right knee, — Hillary Clinton")
    }

    @Test func aLiveBlogEntryOpensAtATimeStamp() {
        #expect(LiveBlogEntries.opensEntry("7 p.m."))
        #expect(LiveBlogEntries.opensEntry("6:05 p.m."))
        #expect(LiveBlogEntries.opensEntry("12.05pm: Jo Johnson has resigned."))
        #expect(LiveBlogEntries.opensEntry("___"))
        #expect(!LiveBlogEntries.opensEntry("7 p.m. was the deadline, officials said."))
        #expect(!LiveBlogEntries.opensEntry("12 people were hurt."))
        #expect(!LiveBlogEntries(["7 p.m.", "Trump spoke in Ohio.", "He left at 9 p.m."]).opens.contains(true))
    }

    /// "He" after a product is the person the later clause of its sentence is about.
    @Test func heIsNoProductNamedBefore() {
        let text = "Today, billions of searches are made on Google Maps each day, helping people find their way around streets, towns and countries.\n\n"
            + "Google Maps claims that it is on a ‘never-ending quest for the perfect map’, but Jerry Brotton, historian of cartography, isn’t so sure.\n\n"
            + "He argues that all maps are of their time.\n\n‘No world map is, or can be, a definitive depiction of its subject,’ he writes."
        #expect(pairs(text).last == "No world map is, or can be, a definitive depiction of its subject, — Jerry Brotton")
        // A person whose surname is a plural the article writes in lower case stays a person.
        let person = "Attorney General Jeff Sessions held two sessions with senators on Tuesday.\n\nHe spoke for an hour.\n\n“We will enforce the law,” he said."
        #expect(pairs(person) == ["We will enforce the law, — Jeff Sessions"])
    }
}
