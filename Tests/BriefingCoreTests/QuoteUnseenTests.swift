import Testing
@testable import BriefingCore

/// Quote kinds the PolNeAR dev articles do not show but other newswire does: other quote
/// marks, transcripts, quotes carried across paragraphs, pronouns that must agree with the
/// speaker's sex, a speaker named in the paragraph after the quote, and scare quotes. Each
/// case is written after a real wire sentence.
@Suite("Quotes in text unlike the dev articles")
struct QuoteUnseenTests {
    private func quotes(_ text: String) -> [Quote] { QuoteCase.quotes(text) }
    private func pairs(_ text: String) -> [String] { QuoteCase.pairs(text) }

    // MARK: - Quote marks

    @Test func guillemets() {
        #expect(pairs("«We will not give in to blackmail», Prime Minister Elisabeth Borne told lawmakers.")
            == ["We will not give in to blackmail — Elisabeth Borne"])
    }

    @Test func reversedGuillemets() {
        #expect(pairs("»We are ready to talk at any time«, Chancellor Olaf Scholz said on Sunday.")
            == ["We are ready to talk at any time — Olaf Scholz"])
    }

    @Test func lowHighQuotes() {
        #expect(pairs("„The sanctions are working“, Foreign Minister Annalena Baerbock said in Kyiv.")
            == ["The sanctions are working — Annalena Baerbock"])
    }

    @Test func britishCurlySingleQuotes() {
        let text = "Prime Minister Boris Johnson visited the hospital on Monday.\n\n‘It was a very difficult decision,’ said Mr Johnson."
        #expect(pairs(text) == ["It was a very difficult decision, — Boris Johnson"])
    }

    @Test func britishStraightSingleQuotes() {
        let text = "Health Secretary Matt Hancock defended the rules.\n\n'We have been clear from the start,' Mr Hancock said. 'The workers' union was consulted.'"
        #expect(pairs(text) == ["We have been clear from the start, — Matt Hancock", "The workers' union was consulted. — Matt Hancock"])
    }

    @Test func britishDoubleQuotesInsideSingleOnes() {
        let text = "Labour leader Keir Starmer spoke in Leeds.\n\n‘He told me “never again” and I believed him,’ Mr Starmer said."
        #expect(pairs(text) == ["He told me “never again” and I believed him, — Keir Starmer"])
    }

    @Test func apostrophesInPlainTextAreNoQuotes() {
        #expect(pairs("Back in the '90s, the workers' union won a raise, Jane Doe said.").isEmpty)
    }

    @Test func aQuotedHeadingIsNoQuote() {
        #expect(pairs("'Coal Isn't the Villain.'").isEmpty)
    }

    @Test func aLineOfDialogueIsNoHeading() {
        let text = "Mr. Trump was asked whether he would concede.\n\n“No. Certainly Not. Unbelievable.”\n\n“Monica?”\n\n“Peter Capaldi is in the Tardis.”"
        #expect(quotes(text).map(\.text) == ["No. Certainly Not. Unbelievable.", "Monica?", "Peter Capaldi is in the Tardis."])
    }

    // MARK: - Paragraphs

    @Test func aQuoteClosedInTheNextParagraphWithoutAnOpeningMark() {
        let text = "Senate Majority Leader Mitch McConnell spoke after the vote.\n\n“This is a good day for the country. We kept our promise.\n\nAnd we will keep working,” McConnell said."
        // One quote, as the marks enclose it, in the paragraph where it opens.
        #expect(pairs(text) == ["This is a good day for the country. We kept our promise. And we will keep working, — Mitch McConnell"])
        #expect(quotes(text).map(\.paragraph) == [1])
    }

    @Test func transcriptTurnsAreNoQuotesButQuotesInsideThemAre() {
        let text = """
            On “Fox News Sunday,” Gov. Mike Pence said his running mate would be ready.

            "WALLACE: Will she be there tomorrow night?

            "PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.” But this is America.

            "(CROSSTALK.)

            "WALLACE: Governor, I don’t want to interrupt.
            """
        #expect(pairs(text) == ["Shark Tank. — Mike Pence"])
    }

    @Test func aQuoteParagraphCreditedAtTheStartOfTheNextOne() {
        let text = """
            The company’s shares fell 8 percent in early trading.

            “We are disappointed by the ruling and will appeal.”

            Chief executive Mary Barra said in a statement that the company would keep its plants open.
            """
        #expect(pairs(text) == ["We are disappointed by the ruling and will appeal. — Mary Barra"])
    }

    @Test func aQuoteIntroducedByTheParagraphBeforeKeepsThatSpeaker() {
        let text = """
            Sen. Elizabeth Warren told the bank’s chief executive:

            “You should resign. You should give back the money.”

            John Stumpf said the bank had fired 5,300 employees.
            """
        #expect(pairs(text) == ["You should resign. You should give back the money. — Elizabeth Warren"])
    }

    // MARK: - Pronouns

    @Test func sheIsNotTheManNamedLast() {
        let text = """
            Sen. Elizabeth Warren questioned Wells Fargo chief executive John Stumpf on Tuesday.

            Stumpf apologized to customers and said the bank had fired 5,300 employees.

            “You should resign,” she said.
            """
        #expect(pairs(text) == ["You should resign, — Elizabeth Warren"])
    }

    @Test func heIsNotTheWomanNamedLastByHonorific() {
        let text = """
            Mr. Obama met Mrs. Merkel in Berlin on Thursday.

            Mrs. Merkel spoke of the refugee crisis at length.

            “We have a lot of work to do,” he said.
            """
        #expect(quotes(text).map(\.mention) == ["he"])
        #expect(pairs(text) == ["We have a lot of work to do, — Obama"])
    }

    @Test func aCapitalizedWordOpeningTheSentenceIsNotTheHeOfItsCue() {
        let text = """
            Defence Secretary Liam Fox spoke on Tuesday.

            'We are rebuilding the army, but it will take months,' he told the BBC.

            Air strikes by the coalition had slowed the militants, he said, adding: 'They will be ready when they are ready.'
            """
        #expect(pairs(text) == ["We are rebuilding the army, but it will take months, — Liam Fox", "They will be ready when they are ready. — Liam Fox"])
    }

    @Test func aCommonWordOpeningAnEarlierSentenceIsNoAntecedent() {
        let text = """
            Last week, President Obama flew to the atoll to draw attention to a quieter war.

            Bombs may not be falling. The sound of gunfire does not concentrate the mind. “And they’re terrifying,” he said in a recent interview.
            """
        #expect(pairs(text) == ["And they’re terrifying, — Obama"])
    }

    @Test func aCommonWordEndingAnotherNameIsStillNoAntecedent() {
        let text = """
            This system, says Richard Locksley, an immunologist in San Francisco, directs a response to dangers. Research focusing on the tuft cell could offer a glimpse of how organs work together. He describes the prospects as “exciting,” but cautions that “we’re still in the very early days” of figuring it out.

            His colleagues at the National Center for Scientific Research in France agree.
            """
        #expect(pairs(text) == ["exciting, — Richard Locksley", "we’re still in the very early days — Richard Locksley"])
    }

    @Test func aCommonWordSubjectIsADescriptionNotAName() {
        let text = """
            Federal officials say the visa program has been abused.

            Officials at Homeland Security Investigations, a division of Immigration and Customs Enforcement, said they were concerned that brokers “may try to use increasingly sophisticated methods to circumvent” the program.
            """
        let quote = quotes(text).first
        #expect(quote?.speaker == nil)
        #expect(quote?.mention == "Officials")
    }

    @Test func aSurnameTheArticleNeverWritesInLowerCaseStaysAName() {
        let text = "The deal was reported on Monday. Brown told reporters the plan “will go ahead as planned.”"
        #expect(quotes(text).first?.speaker == "Brown")
    }

    @Test func itIsNoOneWhoseSexTheNameTells() {
        let text = """
            On July 6, 2015, Bernie Sanders said the unemployment rate for young black people is 51 percent.

            When the fact-checkers examined the senator’s statement, it was labeled “Mostly True.”
            """
        #expect(quotes(text).first?.speaker == nil)
    }

    @Test func itStillMeansTheCompanyNamedBefore() {
        let text = "Acme Corp said it would “review every contract” this year."
        #expect(quotes(text).first?.speaker == "Acme Corp")
    }

    @Test func aSurnameWrittenInsideSentencesStaysAnAntecedent() {
        let text = """
            Officials waited for the Obama motorcade on Tuesday.

            Obama arrived late. The crowd had thinned. “We are ready,” he said.
            """
        #expect(pairs(text) == ["We are ready, — Obama"])
    }

    // MARK: - Sources that are not the sentence subject

    @Test func aNameBeforeAParticipleSpeaks() {
        let text = "The 30-second spot shows footage of Donald Trump saying “I alone can fix it” at the convention."
        #expect(pairs(text) == ["I alone can fix it — Donald Trump"])
    }

    /// PolNeAR counts a word or two in quotes as the words of whoever the sentence credits
    /// them to, so scare quotes stay quotes of the sentence's subject.
    @Test func aScareQuoteStaysAPartialQuoteOfTheSubject() {
        let text = "Sen. Claire McCaskill dismissed the “common-sense” plan as a gimmick."
        #expect(pairs(text) == ["common-sense — Claire McCaskill"])
    }

    /// A term a writer sets in quotes in a sentence that tells of no one saying or thinking it
    /// names a thing; with a word of saying or thought, it stays someone's words.
    @Test func aTermInASentenceOfNoSayingIsNoQuote() {
        let text = "The company bought two bankrupt mines last year. The older pits would be moved into a separate “reclamation trust” funded by the state."
        #expect(pairs(text).isEmpty)
    }

    @Test func aTermAfterAnOpeningArticleIsNoQuote() {
        let text = "The border agency changed course in June. The “zero tolerance” policy was ended after weeks of protests."
        #expect(pairs(text).isEmpty)
    }

    @Test func aTermCastingSomeoneAsSomethingStaysAQuote() {
        let text = "The question was whether to go after the governor as “dangerously unfit” or to question his record."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["dangerously unfit"])
    }

    @Test func pluralSourceNounsMakeASubjectForATerm() {
        let text = "In March, the three senators introduced the “Clean Water Restoration Act” to the chamber."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Clean Water Restoration Act"])
    }

    @Test func aTermInASentenceOfThoughtStaysAQuote() {
        let text = "The vote has led the Estonian writer Kaja Tamm to fear a “new Yalta.”"
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["new Yalta."])
    }

    @Test func aTermInASentenceWithASayingNounStaysAQuote() {
        let text = "Shares rose after the announcement of a “landmark” settlement with regulators."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["landmark"])
    }

    @Test func anInterjectionOpeningTheSentenceIsNoSpeaker() {
        let text = "The patient's cough would not go away. Ah, but one detail proved important: he had recently “inherited” an old feather quilt."
        #expect(pairs(text).isEmpty)
    }

    @Test func aLabelBeforeAColonIsNoSpeaker() {
        let text = "Correction: An earlier version of this story misstated the year the “Clean Air Act” was first passed."
        #expect(pairs(text).isEmpty)
    }

    @Test func anExclamationInNarrativeIsSaid() {
        let text = "By the end of the match even the home fans were on their feet and began yelling “Enough!”"
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Enough!"])
    }

    @Test func aPronounQuotedAsAWordIsNoQuote() {
        let text = "Would voters judge the candidate the same way if “she” were a “he”?"
        #expect(pairs(text).isEmpty)
    }

    /// A name given with a naming verb and no one giving it is a term, whatever the sentence's subject.
    @Test func aNameGivenByAPassiveNamingVerbIsNoQuote() {
        let text = "HP is called “bird fancier’s lung” when it is caused by birds. Locally referred to as the “West End,” Osu boasts dozens of restaurants."
        #expect(pairs(text).isEmpty)
    }

    @Test func aThingCalledSomethingInAParticiplePhraseIsNoQuote() {
        let text = "Researchers kept finding a rare cell type, dubbed a “tuft cell,” in the lining of the gut."
        #expect(pairs(text).isEmpty)
    }

    /// Someone who calls a thing something says it: the object between verb and quote, or "what X called", keeps the quote.
    @Test func someoneCallingAThingSomethingStaysAQuote() {
        let text = "Senator Jane Whitfield called it an “articulated lorry crash” of an interview. Ban Ki-moon condemned what he called a “brazen breach.”"
        #expect(pairs(text) == ["articulated lorry crash — Jane Whitfield", "brazen breach. — Ban Ki-moon"])
    }

    @Test func aNamingVerbInASentenceOfSayingStaysAQuote() {
        let text = "Clinton says the Ohio native called “King James” will campaign with her in Cleveland."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["King James"])
    }

    /// A short quoted phrase whose only source would be the sentence's subject, with no word of saying,
    /// thought or stance, is the writer's term: "Uber" does not say “side hustle” here.
    @Test func aTermWithANamedThingAsSubjectIsNoQuote() {
        let text = "There was a lot to like about the gig economy at first. Those Uber “side hustle” commercials were everywhere in 2016."
        #expect(pairs(text).isEmpty)
    }

    @Test func aTermWithACountryAsSubjectIsNoQuote() {
        let text = "And U.S. imports of “intermediate goods” from China, such as motors and pumps, have seen price increases."
        #expect(pairs(text).isEmpty)
    }

    /// A subject who promises, lauds or dismisses something in quotes says it.
    @Test func aSubjectTakingAStanceKeepsThePartialQuote() {
        let text = "Governor Earl Ray Tomblin lauded Mr. Clarke for his “new and innovative ideas.” Trump is promising lower taxes and “jobs, jobs, jobs,” at every stop."
        #expect(pairs(text) == ["new and innovative ideas. — Earl Ray Tomblin", "jobs, jobs, jobs, — Trump"])
    }

    /// "put" is a cue only in "put it".
    @Test func putWithoutItTellsOfNoSaying() {
        let text = "In films from Alien to Passengers, fictional astronauts get put into “suspended animation” to cross space."
        #expect(pairs(text).isEmpty)
    }

    @Test func asSomeonePutItStaysAQuote() {
        let text = "As Mayor Lori Lightfoot put it, the city is “not going anywhere.”"
        #expect(pairs(text) == ["not going anywhere. — Lori Lightfoot"])
    }

    /// "the term for" defines a term; it tells of no one saying it.
    @Test func theNounTermTellsOfNoSaying() {
        let text = "The plan assumed that a drug would be given to induce “torpor”—the term for the hibernating state."
        #expect(pairs(text).isEmpty)
    }

    @Test func hasWrittenIsACue() {
        let text = "“If the U.S. imposes a tariff on Chinese televisions, the duty is paid by a U.S. importer,” Howard Gleckman, a senior fellow at the Tax Policy Center, has written."
        #expect(quotes(text).map(\.speaker) == ["Howard Gleckman"])
    }

    /// An auxiliary opening a question is no part of the name after it.
    @Test func anAuxiliaryOpeningAQuestionIsNoPartOfAName() {
        let text = "Would Adam Schiff have pleaded to keep the “whistleblower’s” identity secret?"
        #expect(quotes(text).allSatisfy { $0.speaker?.hasPrefix("Would") != true })
    }

    @Test func contractionsOfIAndWeAreNoNames() {
        let text = "I’m proud of this framework. We've seen people baffled by this “online business thing,” and it hurts."
        #expect(quotes(text).allSatisfy { $0.speaker != "I’m" && $0.speaker != "We've" })
    }

    /// A term opening a sentence as its subject is no quote; a quote the speaker follows without a comma is.
    @Test func aTermOpeningASentenceAsItsSubjectIsNoQuote() {
        let text = "Breathing in mold from hay can lead to farmer's lung. “Humidifier lung” may result from fungus growing in humidifiers."
        #expect(pairs(text).isEmpty)
    }

    @Test func aQuoteFollowedByItsSpeakerWithoutACommaStaysAQuote() {
        let text = "Mayor Ruth Diaz toured the flooded streets on Monday.\n\n“We will rebuild” she said."
        #expect(pairs(text) == ["We will rebuild — Ruth Diaz"])
    }

    /// A name inside the appositive is not the speaker when a name opens the clause.
    @Test func theNameOpeningTheClauseSpeaksOverANameInItsAppositive() {
        let text = "Prince Andrew, the younger brother of the heir to the throne, Charles, has reportedly told friends the interview was a “great success.”"
        #expect(quotes(text).map(\.speaker) == ["Prince Andrew"])
    }

    @Test func aNameSetOffByCommasAfterADescriptionSpeaks() {
        let text = "Another critic, Laurence H. Tribe, likened the plan to “a shell game.”"
        #expect(quotes(text).map(\.speaker) == ["Laurence H. Tribe"])
    }

    /// A relative clause closed by a comma before the cue describes the speaker; it opens no new clause.
    @Test func aRelativeClauseBeforeTheCueDescribesTheSpeaker() {
        let text = "“The house’s future use should send an unmistakable signal,” Interior Minister Wolfgang Peschorn, who serves in a caretaker government, said in the statement."
        #expect(quotes(text).map(\.speaker) == ["Wolfgang Peschorn"])
    }

    /// The state after a place in an appositive is no name; a role before the speaker's name is allowed.
    @Test func aPlaceInTheAppositiveIsNoSpeaker() {
        let text = "“Liquid water is somewhat hard to find beyond Earth,” study lead author Lucas Paganini, a planetary scientist at NASA's Goddard Space Flight Center in Greenbelt, Maryland, said in a statement."
        #expect(quotes(text).map(\.speaker) == ["Lucas Paganini"])
    }

    @Test func aNameAfterAPlaceSetOffByCommasStillSpeaks() {
        let text = "His former business partner at Lenox, Lawrence B. Cummings, called him a “master” at bolting together deals."
        #expect(quotes(text).map(\.speaker) == ["Lawrence B. Cummings"])
    }

    /// "comments" is a cue when it inverts ("…,” comments Robin Biesbroek"), a noun after a possessive.
    @Test func commentsInvertedIsACue() {
        let text = "“We worked on the architecture of the spacecraft,” comments Robin Biesbroek of the design facility."
        #expect(quotes(text).map(\.speaker) == ["Robin Biesbroek"])
    }

    @Test func commentsAfterAPossessiveIsANoun() {
        let text = "“He acknowledged an openness to working with Congress,” press secretary Josh Earnest said before Bill Clinton’s comments."
        #expect(quotes(text).map(\.speaker) == ["Josh Earnest"])
    }

    /// Rules, guidelines and signs are sources that read or say what is quoted.
    @Test func rulesAreASourceThatReads() {
        let text = "Twitch changed its dress code on Monday.\n\n“You may have a great six-pack, but that's better shared on the beach,” read the rules."
        #expect(quotes(text).map(\.mention) == ["the rules"])
    }

    /// "who said" speaks for the name before the relative clause.
    @Test func aRelativeWhoSaidSpeaksForTheNameBeforeIt() {
        let text = "The report cited testimony from former Sen. Sam Nunn, who said that the “risk of a nuclear weapon being used today is growing.”"
        #expect(quotes(text).map(\.speaker) == ["Sam Nunn"])
    }

    @Test func anInsiderIsASource() {
        let text = "“Scooter is frustrated because his name is being dragged in the mud,” an insider told the outlet on Monday."
        #expect(quotes(text).map(\.mention) == ["an insider"])
    }

    /// What a word means is a gloss, not a quote.
    @Test func aGlossIsNoQuote() {
        let text = "Visitors to Accra are greeted by a banner that reads “Akwaaba,” which means “Welcome.”"
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Akwaaba,"])
    }

    /// A term after a lone opening preposition sits in narrative.
    @Test func aTermAfterAnOpeningPrepositionIsNoQuote() {
        let text = "Apple says the adapter drains the battery under load. Under “normal” office use there was no drain at all."
        #expect(pairs(text).isEmpty)
    }

    /// What the subject expects, suspects or fears is theirs: the quote stays.
    @Test func aSubjectsExpectationKeepsThePartialQuote() {
        let text = "Adm. Samuel Paparo expects Moscow to provide air-defense support in return for the regime’s dispatch of “hundreds of thousands” of artillery shells."
        #expect(pairs(text) == ["hundreds of thousands — Samuel Paparo"])
    }

    // MARK: - Headline and deck

    @Test func aHeadlineQuoteIsCreditedWithTheNameTheBodyIntroduces() {
        let article = Article(
            source: "case.txt", slug: "case", title: "Warren Tells Wells Fargo Chief: “You Should Resign”",
            paragraphs: ["Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on Tuesday."].map { Paragraph(text: $0) })
        let found = QuoteExtractor().extract(article)
        #expect(found.map(\.text) == ["You Should Resign"])
        #expect(found.map(\.speaker) == ["Elizabeth Warren"])
        #expect(found.map(\.paragraph) == [-1])
    }

    @Test func singleMarksInAHeadlineAreNoQuotes() {
        let article = Article(
            source: "case.txt", slug: "case", title: "Hillary Clinton Speaks ‘Directly To White People’ After Latest Police Shooting",
            paragraphs: ["Hillary Clinton spoke out Tuesday about the death of Terence Crutcher."].map { Paragraph(text: $0) })
        #expect(QuoteExtractor().extract(article).isEmpty)
    }

    @Test func aHeadlineQuoteIsNeverAKeyQuote() {
        let article = Article(
            source: "case.txt", slug: "case", title: "Mayor: “We Will Rebuild Every Home That Was Lost”",
            paragraphs: ["“We will rebuild every home that was lost in the fire, and we will do it this year,” Mayor Karen Bass said on Monday."].map { Paragraph(text: $0) })
        let brief = BriefComposer().compose(article, ArticleExtractor().extract(article))
        #expect(brief.extraction.quotes.count == 2)
        #expect(brief.keyQuotes.map(\.paragraph) == [0])
    }

    // MARK: - Which cue speaks

    @Test func aSentenceOpeningCueInverted() {
        let text = "Tax experts were unimpressed.\n\nSaid Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”"
        #expect(pairs(text) == ["I don’t get the sense she’s the least bit interested in tax reform. — Ellis"])
    }

    @Test func aSentenceOpeningAccordingTo() {
        let text = "Robby Mook spoke first.\n\nAccording to conservative talk radio host Rush Limbaugh, the move reeks of “fear” and desperation."
        #expect(pairs(text) == ["fear — Rush Limbaugh"])
    }

    @Test func aCueInALaterClauseDoesNotSpeakForTheQuote() {
        let text = """
            U.N. Secretary-General Ban Ki-moon condemned the test. “We must urgently break this spiral,” he told reporters.

            Secretary of State John Kerry said the United States would take “robust steps” in response, and he urged North Korea to return to talks.
            """
        #expect(pairs(text).last == "robust steps — John Kerry")
    }

    @Test func aContractedPronounIsTheSubject() {
        let text = "Donald Trump spoke at a rally in Michigan.\n\nHe’s claiming that voting fraud is “a big, big problem in this country.”"
        #expect(quotes(text).map(\.mention) == ["He"])
        #expect(pairs(text) == ["a big, big problem in this country. — Donald Trump"])
    }

    @Test func aNameBeforeAskingSpeaks() {
        let text = "The ad uses footage of Hillary Clinton asking, “Why aren’t I 50 points ahead, you might ask?”"
        #expect(pairs(text) == ["Why aren’t I 50 points ahead, you might ask? — Hillary Clinton"])
    }

    @Test func theLastCueOfASentenceSpeaksOnIntoTheNext() {
        let text = "Sen. Claire McCaskill scolded him: “You called them miracles,” she said. “I don’t understand why you need to go there.”"
        #expect(quotes(text).map(\.mention) == ["she", "she"])
    }

    @Test func quotedAsSayingCreditsTheSubjectOfThePassive() {
        let text = "“The old system has outlived its use,” Li Wei, a deputy director of the provincial justice bureau, was quoted as saying."
        #expect(pairs(text) == ["The old system has outlived its use, — Li Wei"])
    }

    @Test func readAfterTheQuoteNamesTheWritingAfterIt() {
        let text = "State media defended the camps. “They kept order for half a century,” read one editorial in the party newspaper."
        #expect(quotes(text).map(\.mention) == ["one editorial"])
    }

    @Test func theJournalOfAStudyIsNotItsAuthors() {
        let text = "The authors of the study published in the journal Lancet Psychiatry argued that the rise was “a public health concern.”"
        #expect(quotes(text).map(\.mention) == ["The authors"])
    }

    @Test func assuresIsACue() {
        let text = "Mayor Tom Briggs took questions on the flooding.\n\n“The levees will hold,” he assures residents."
        #expect(pairs(text) == ["The levees will hold, — Tom Briggs"])
    }

    @Test func aCueWordAfterAnArticleIsANoun() {
        let text = "“The rule is unlawful,” Ken Paxton, the Republican attorney general of Texas, one of the states suing the agency, said on Monday."
        #expect(pairs(text) == ["The rule is unlawful, — Ken Paxton"])
    }

    @Test func aShareOfAPollSpeaks() {
        let text = "The poll found voters split on the resignation. However, 58 percent said Governor Ann Cole was “right” to step down."
        #expect(quotes(text).map(\.mention) == ["58 percent"])
    }

    @Test func aCueAfterWhileSpeaksForItsOwnClause() {
        let text = "Only 52 percent of registered voters agreed that the governor was “fit to serve,” while 71 percent said the same of his rival."
        #expect(quotes(text).map(\.mention) == ["registered voters"])
    }

    @Test func aSpanOfTimeOpeningTheSentenceIsNoSpeaker() {
        let text = "Six days after the incident, the Federal Aviation Administration suspended the pilots' licenses, saying their conduct was “completely unacceptable.”"
        #expect(pairs(text) == ["completely unacceptable. — Federal Aviation Administration"])
    }

    // MARK: - Names

    @Test func aNicknameInsideANameIsNoQuote() {
        let text = "\"This is a big year for Bobby Scott!\" Scott's niece, state Del. Marcia \"Cia\" Price (D-Newport News), shouted to the crowd."
        #expect(pairs(text) == ["This is a big year for Bobby Scott! — Marcia Price"])
    }

    @Test func aQuotedShowTitleReadsAsNarrative() {
        let text = """
            On “Face the Nation,” Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, urged young voters to back her. “The younger people are sick and tired of discrimination.”
            """
        #expect(pairs(text) == ["The younger people are sick and tired of discrimination. — Bernie Sanders"])
    }

    @Test func aShowOnAnOutletOfSeveralWordsIsATitle() {
        let text = "“We are not going to back down,” Giuliani said Sunday on Fox News’s “Fox and Friends.”"
        #expect(pairs(text) == ["We are not going to back down, — Giuliani"])
    }

    @Test func aTitleAfterAnArticleAndAPrepositionIsATitle() {
        let text = "Clinton defended her record during a “Commander-in-Chief Forum” hosted by NBC News."
        #expect(pairs(text).isEmpty)
    }

    @Test func aTitleSetOffAfterAWorkNounIsATitle() {
        let text = "Watch the trailer for Ava DuVernay’s documentary, “13th,” below."
        #expect(pairs(text).isEmpty)
    }

    @Test func aNicknameAfterTheNounNicknameIsNoQuote() {
        let text = "Trump answered by saddling his rival with the nickname “Little Marco.”"
        #expect(pairs(text).isEmpty)
    }

    @Test func aSongBySomeoneElseStaysWhatTheSingerSings() {
        let text = "In the clip, Mary J. Blige sings Bruce Springsteen’s “American Skin” to Hillary Clinton."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["American Skin"])
    }

    @Test func aStraightMarkClosingAQuoteWithNoOpeningOneOpensNone() {
        let text = "Dr. Lee took the senator through a quick review of his heart\" and lungs. Later his office released the \"medical records\" the doctor cited."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["medical records"])
    }

    @Test func anInchMarkOpensNoQuote() {
        let text = "Trump is 6'3\" tall and weighs 236 pounds. \"I am very healthy,\" Trump said."
        #expect(pairs(text) == ["I am very healthy, — Trump"])
    }

    @Test func sheIsTheExpertNamedByTheCueNotTheCompany() {
        let text = "KFC will sell edible coffee cups in Britain, says branding expert Tracey Riese. “It could fit with any number of brand positions,” she says."
        #expect(pairs(text) == ["It could fit with any number of brand positions, — Tracey Riese"])
    }

    @Test func aPossessiveBeforeANameIsNoPartOfIt() {
        let text = "“Jerry Garcia was a great American master,” Phish's Trey Anastasio said.\n\n“This is a band born at the beginning of electric music,” Anastasio said."
        #expect(quotes(text).map(\.speaker) == ["Trey Anastasio", "Trey Anastasio"])
    }

    @Test func aContractedPronounIsNeverAName() {
        let text = "I’d tell my daughter every night: “You are loved and cherished, darling.”"
        #expect(quotes(text).map(\.speaker) == [nil])
    }

    @Test func aParticipleOpeningASentenceIsNoSubject() {
        let text = "Using the official Facebook page, “Mascots of the Sochi Games,” the government published the image."
        #expect(quotes(text).allSatisfy { $0.speaker != "Using" })
    }

    @Test func anUnclosedStraightSingleMarkGivesWayToTheNextOne() {
        let text = "'Bomb cyclone' slams East Coast as record cold hits. What is a 'bomb cyclone' and why does it matter?"
        #expect(pairs(text).isEmpty)
    }
}
