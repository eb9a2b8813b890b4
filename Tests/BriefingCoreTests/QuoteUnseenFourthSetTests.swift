import Testing
@testable import BriefingCore

/// Quote kinds the fourth unseen-style set (Multi-News and ECB+ newswire: chart and box-office
/// stories, court reports, leaked documents, a talk-show recap) and the earlier sets showed the
/// extractor getting wrong: titles of works listed or opening a sentence, passive reporting with
/// "saying", the nearer source inside a record or an "according to", cues the lexicon missed, and
/// headings. Each case is written after a real wire sentence, with a look-alike that must keep
/// its reading.
@Suite("Quotes in the fourth unseen-style set")
struct QuoteUnseenFourthSetTests {
    private func quotes(_ text: String, title: String = "Case") -> [Quote] { QuoteCase.quotes(text, title: title) }
    private func pairs(_ text: String, title: String = "Case") -> [String] { QuoteCase.pairs(text, title: title) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Titles of works

    @Test func aListOfTitlesWithTheirDatesHoldsNoQuote() {
        let text = "Here is a recap of Rihanna's 20 Dance/Club Play Songs No. 1s:\n\n\"Pon De Replay,\" Oct. 8, 2005\n\n\"SOS,\" May 13, 2006\n\n\"Umbrella\" (featuring Jay-Z), July 7, 2007 (two weeks at No. 1)\n\n\"Only Girl (In the World),\" Nov. 13, 2010"
        #expect(pairs(text).isEmpty)
    }

    @Test func titlesOpeningASentenceBeforeACueOfTheNextAreNoQuotes() {
        let text = "“Furious 7” has grossed $735.2 million overseas in 17 days. “The Avengers,” “Avatar” and “Harry Potter and the Deathly Hallows: Part 2” had all crossed $1 billion in 19 days. Universal said the seven films in the franchise have totaled $3.392 billion."
        #expect(pairs(text).isEmpty)
    }

    @Test func aTitleSomeoneProclaimsStaysAQuote() {
        let text = "In his speech earlier Wednesday, Trump proclaimed a goal of \"Peace Through Strength.\""
        #expect(pairs(text) == ["Peace Through Strength. — Trump"])
    }

    @Test func aOneWordLineOfDialogueAfterNarrativeStaysAQuote() {
        let text = "He paused again and squinted his eyes at me.\n\n\"Monica!\"\n\nMore nervous laughter. \"Olivia.\""
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Monica!", "Olivia."])
    }

    @Test func aWorkTitleIsNoSentence() {
        #expect(QuoteNameFilter.isWorkTitle("Right Now,"))
        #expect(QuoteNameFilter.isWorkTitle("Transformers: Age of Extinction"))
        #expect(!QuoteNameFilter.isWorkTitle("It was bad."))
        #expect(!QuoteNameFilter.isWorkTitle("Who's That Chick?"))
        #expect(!QuoteNameFilter.isWorkTitle("Olivia."))
    }

    @Test func aHeadlineOpeningWithATitleAsItsSubjectHoldsNoQuote() {
        let title = "“Moonlight” walked away with best picture honors at the end of Sunday night’s Oscars ceremony"
        #expect(pairs("The presenters were given the wrong envelope.", title: title).isEmpty)
        #expect(pairs("The studio said the film set records.", title: "Universal’s “Furious 7” will cross $1 billion at the worldwide box office Friday").isEmpty)
        #expect(pairs("Fowler made the surprise announcement on Twitter.", title: "A lawmaker's son donated the \"maximum amount\" to a Democrat running to replace his father").isEmpty)
    }

    @Test func aHeadlineQuoteWithACueStaysAQuote() {
        let quotes = pairs("Trump spoke in Ohio on Monday.", title: "Trump says Clinton is “unfit” to serve")
        #expect(quotes.map { $0.components(separatedBy: " — ")[0] } == ["unfit"])
    }

    // MARK: - Names given and headings

    @Test func aNameMarkedInItsOwnClauseIsNoQuoteBesideAnotherClauseOfSaying() {
        let text = "But the Fixit route will be easiest for individual users: Microsoft's posted a link to the Fixit tool on its support site, and customers need only click the icon marked \"Enable.\""
        #expect(pairs(text).isEmpty)
    }

    @Test func twoMarkingsJoinedByAndAreBothNames() {
        let text = "(CNN) The Department of Homeland Security documents were marked \"For Official Use Only\" and \"important for national security.\""
        #expect(pairs(text).isEmpty)
    }

    @Test func aShortUnpunctuatedQuotedLineIsASectionHeading() {
        let text = "The group had set a deadline of Tuesday for the administration to respond.\n\n\"We write with urgency\"\n\n\"Flu season has already begun in many parts of the country, so we write with urgency,\" the doctors stated."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Flu season has already begun in many parts of the country, so we write with urgency,"])
        #expect(!QuoteNameFilter.isSectionHeading("Hi, I'm Olivia"))
        #expect(!QuoteNameFilter.isSectionHeading("Yeah -"))
    }

    // MARK: - The nearer source

    @Test func aPassiveThatReportsWithSayingCreditsItsSubjectOverTheRecord() {
        let text = "\"If we were back home where I'm from, we would go find him, that's it,\" Vasiliades was recorded saying, according to court documents. \"He's a bad man, I think you should find him.\""
        #expect(pairs(text) == [
            "If we were back home where I'm from, we would go find him, that's it, — Vasiliades",
            "He's a bad man, I think you should find him. — Vasiliades",
        ])
    }

    @Test func aQuoteEndingWithAQuestionTakesTheReportedSpeakerOfTheNextSentence() {
        let text = "\"They're going to ask, 'You have your documents?'\" Rodriguez was recorded saying, according to the indictment."
        #expect(pairs(text) == ["They're going to ask, 'You have your documents?' — Rodriguez"])
    }

    @Test func aStatementFromSomeoneIsTheirs() {
        let text = "According to a statement from a Fitbit representative, \"It was paid for by plaintiffs' lawyers who are suing Fitbit.\""
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] }.allSatisfy { $0.contains("Fitbit") && !$0.contains("statement") })
    }

    @Test func aDocumentByACommitteeStaysTheSource() {
        let text = "\"Since 2003, approximately $1 billion has been spent on this program,\" according to a 2013 memo by the House Committee on Energy and Commerce's oversight subcommittee."
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] } == ["a 2013 memo"])
    }

    @Test func aVerbInASeriesOpeningAQuoteSharesTheSubjectOverTheOuterSource() {
        let text = "He was arrested in April for the March 21 call to the offices of Omar.\n\nDuring the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody ought to put a bullet in her skull,\" the prosecutor’s office said."
        #expect(mentions(text) == ["terrorist — he", "somebody ought to put a bullet in her skull, — he"])
    }

    @Test func aDescriptionBeforeARelativeClauseSpeaksOverAnAccordingTo() {
        let text = "According to AFP, one user on Weibo, which is essentially China’s version of Twitter, posted: “I just want to know how these two came to Beijing?? By train, airplane, or did they drive themselves?”"
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[1] } == ["Weibo"])
    }

    // MARK: - Cues and mentions

    @Test func itAfterItsCueIsWhatWasSaidAbout() {
        let text = "The state's attorney's office declined to comment on the case but said it \"has and will continue to partner and combine our efforts with the attorney general's office.\""
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] } == ["The state's attorney's office"])
    }

    @Test func anAbsoluteClauseWithAnArticleNamesItsSpeaker() {
        let text = "Pressure to obtain a ceasefire in Gaza has been mounting, with the EU warning Israel it was \"destroying\" its image."
        #expect(pairs(text) == ["destroying — EU"])
    }

    @Test func aProfileAndAStorySpeak() {
        let profile = "Walter has been the program manager since 2009, according to his LinkedIn profile.\n\n\"I am responsible for developing and operating a budget that has ranged up to 90 million dollars,\" his profile says."
        #expect(mentions(profile).map { $0.components(separatedBy: " — ")[1] } == ["his profile"])
        let story = "UPDATE, 10:11 p.m. — Variety’s first story said that “Furious 7” is the first Universal film to go past $1 billion."
        #expect(mentions(story).map { $0.components(separatedBy: " — ")[1] } == ["Variety’s first story"])
    }

    @Test func aDayBetweenTheSubjectAndItsCue() {
        let text = "Trump on Friday repeatedly claimed that he did not personally know Whitaker, telling reporters, “I don’t know Whitaker.” That contradicted Trump’s statement last month, during which the president said, “I know Matt Whitaker.”"
        #expect(mentions(text) == ["I don’t know Whitaker. — Trump", "I know Matt Whitaker. — the president"])
    }

    @Test func aParagraphEndingWithAColonAfterDisagreedIntroducesTheQuote() {
        let text = "Ms Livni had explained to the EU peace delegation on Monday:\n\n\"Everything is being done and will be done to avoid a humanitarian crisis.\"\n\nThe UN's Mr Gunness disagreed with the minister:\n\n\"There is a humanitarian crisis already, so she's not managed to avoid one.\""
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[1] } == ["Livni", "Gunness"])
    }

    @Test func aRoleNounAfterAQuoteWithoutACommaIsTheSpeaker() {
        let text = "“There’s a mistake,” Jordan Horowitz said to the shocked audience. “This is not a joke, come up here” the producer added."
        #expect(mentions(text) == ["There’s a mistake, — Jordan Horowitz", "This is not a joke, come up here — the producer"])
    }

    @Test func aSurnameThatReadsLikeAnAdverbSpeaks() {
        let text = "Computers have seen impacts, too, said Mary E. Lovely, a Syracuse University economist.\n\nAnd imports rose. \"When the price of these inputs go up, businesses find it harder to compete,\" Lovely said."
        #expect(mentions(text) == ["When the price of these inputs go up, businesses find it harder to compete, — Lovely"])
    }

    @Test func findingsIdentifiedSpeak() {
        let text = "The exercises identified several areas for improvement, including the problem that \"some local law enforcement agencies possess only a cursory knowledge of the BioWatch program.\""
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] } == ["The exercises"])
    }

    @Test func aRelativeClauseAfterAnOpeningPhraseIsNoSubject() {
        let text = "During Colbert's live taping at Evening Urgant, video of which was posted online last month, the host jokingly announced he was considering a 2020 presidential run, telling the audience, \"I thought it would be better to cut out the middleman.\""
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] } == ["the host"])
    }

    @Test func aSecondVerbTakesTheSubjectOfTheReportedClause() {
        let text = "The indictment alleges Vasiliades contacted the victim's husband in April and said the case \"had become 'more complicated'\" and that he wanted to meet."
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] } == ["Vasiliades"])
    }

    @Test func aSecondVerbAfterAListInARelativeClauseKeepsTheSubject() {
        let text = "John Ging, the head of the UN Relief and Works agency, through which most EU aid to Gaza is distributed alongside the Red Cross and Red Crescent condemned the attack as \"horrific\" and suggested Israel knew it was targetting a UN facility."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[1] } == ["John Ging"])
    }

    // MARK: - Found in the fifth set

    @Test func anOpeningParticiplePhraseIsNoSubject() {
        let text = "Contacted via email, Peinovich denied he was Enoch and said he would “try to get my Google search results cleared up”."
        #expect(pairs(text) == ["try to get my Google search results cleared up — Peinovich"])
    }

    @Test func aBareNameAfterAPullQuoteCreditsIt() {
        let text = "Sanders praised the pope's message.\n\n“Pope Francis has been a powerful voice for life at a time when life is profoundly threatened in America.” Senator Ted Cruz"
        #expect(pairs(text) == ["Pope Francis has been a powerful voice for life at a time when life is profoundly threatened in America. — Ted Cruz"])
    }

    @Test func aNameBeforeASourceNounIsADescription() {
        let text = "The Vermont senator praised the pope's “moral leadership” in his remarks."
        #expect(mentions(text) == ["moral leadership — The Vermont senator"])
    }

    @Test func aContractionInATitleIsOneWord() {
        #expect(QuoteNameFilter.isWorkTitle("I've Been Working on the Railroad."))
    }

    @Test func aNameSomeoneIsKnownByIsNoQuote() {
        let text = "The restricted airspace around it is known by military pilots as “the box” or “the container.”"
        #expect(pairs(text).isEmpty)
    }

    @Test func somePeopleAfterWithSpeak() {
        let text = "The performance has drawn a mixed response from Tasmania's Aboriginal community, with some calling it \"insulting\"."
        #expect(mentions(text) == ["insulting — some"])
    }

    @Test func postedInvertsLikeSaid() {
        let text = "\"Our history has been buried like he's being buried,\" spokesman Michael Mansell said.\n\n\"How is this art??? We won't be able to see anything while he is under the ground,\" posted Shelley Lovell."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[1] } == ["Michael Mansell", "Shelley Lovell"])
    }

    @Test func theOneAnAgencyQuotesIsTheSource() {
        let text = "“The government’s basic stance is that humanitarian assistance should be continued regardless of political considerations,” Yonhap quoted a unification ministry official in Seoul as saying."
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] } == ["a unification ministry official"])
    }

    @Test func rememberingIsACue() {
        let text = "His mother, Maria Feng, remembers that breakthrough. \"We were so proud, and we also felt the power of the invention.\""
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[1] } == ["Maria Feng"])
    }

    @Test func aTeaserLinkingToAnotherStoryQuotesNoOne() {
        let text = "Spencer said on Twitter that he admired Enoch.\n\n“A sense that white identity is under attack”: making sense of the alt-right Read more"
        #expect(pairs(text).isEmpty)
    }

    @Test func aNameOpeningARelativeClauseIsItsHead() {
        let text = "Kassie Siegel of the Center for Biological Diversity, who has led legal efforts to protect the polar bear, said that the Obama administration \"sacrificed sound science for political expediency.\""
        #expect(pairs(text) == ["sacrificed sound science for political expediency. — Kassie Siegel"])
    }

    @Test func accordingToANameWithItsArticle() {
        let text = "More seriously, \"damage can be done when an instrument shrinks as a result of the cold air,\" according to The Real School of Music."
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] }.allSatisfy { $0.hasPrefix("The Real School") })
    }

    @Test func signatoriesOfALetterSpeakAsTheirDescription() {
        let text = "“We implore you to allow our volunteer physicians to hold our requested influenza vaccine clinic,” the physicians stated in the letter."
        #expect(mentions(text).map { $0.components(separatedBy: " — ")[1] } == ["the physicians"])
    }
}
