import Testing
@testable import BriefingCore

/// Quote kinds the seventh unseen-style set (sports news conferences, crime stories with police
/// and witnesses, politics, a tax case, foreign news with translated quotes, a long feature)
/// showed the extractor getting wrong: "he said" after a paragraph of narrative about someone new,
/// a description with the name set off after it, a role before a name as a subject, a surname that
/// is also a given name. Each case is written after a real wire sentence, with a look-alike that
/// must keep its reading.
@Suite("Quotes in the seventh unseen-style set")
struct QuoteUnseenSeventhSetTests {
    private func pairs(_ text: String, title: String = "Case") -> [String] { QuoteCase.pairs(text, title: title) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Pronouns

    @Test func aPronounAfterAParagraphOfNarrativeMeansThePersonItWasAbout() {
        let declined = "“We want to make the right decisions,” King said.\n\nReached by telephone yesterday, O’Brien declined to comment.\n\n"
            + "“I’m not going to have any discussion about this,” he said."
        #expect(pairs(declined).last == "I’m not going to have any discussion about this, — O’Brien")
        let witness = "“He will be charged with murder,” District Attorney Jack Whelan said.\n\n"
            + "Allen Williams of Upper Darby was handing over his identification when police officers rushed into the lobby.\n\n"
            + "“They came in with guns drawn,” he said. “It was just a shock to me.”"
        #expect(pairs(witness).suffix(2) == ["They came in with guns drawn, — Allen Williams", "It was just a shock to me. — Allen Williams"])
        let strategist = "“Trump is channeling this disgust,” Rebekah Mercer said.\n\n"
            + "Stephen Bannon, the former political strategist who now speaks for the White House, seemed to capsulize it in a speech in February.\n\n"
            + "The goal, he said, amounts to the “deconstruction of the administrative state.”"
        #expect(pairs(strategist).last == "deconstruction of the administrative state. — Stephen Bannon")
    }

    @Test func aPronounOfTheOtherSexOrAfterAQuoteKeepsTheLastSpeaker() {
        // The narrative is about a woman: "he" is still the man who spoke.
        let otherSex = "“We have to make sure the signal goes out,” Rep. Dave Camp said.\n\nMrs. Lerner retired from the agency last year.\n\n"
            + "“If we don’t stand up for people’s rights, who else will?” he said."
        #expect(pairs(otherSex).last == "If we don’t stand up for people’s rights, who else will? — Dave Camp")
        // A line set into the story that is no sentence, a link or a caption, names no one for "he".
        let link = "Dole, a wounded World War II veteran from Kansas, said he believes the party needs to rethink its direction.\n\n"
            + "(PHOTOS: Republicans, 2016 contenders)\n\n“They ought to put a sign on the National Committee doors,” he said."
        #expect(pairs(link).last == "They ought to put a sign on the National Committee doors, — Dole")
        // A paragraph with a cue of its own ends the narrative: "he" goes on with that speaker.
        let cue = "Allen Williams of Upper Darby was waiting in the lobby.\n\nPolice Chief Donald Molineux said the doctor saved lives.\n\n"
            + "“Without a doubt,” he said."
        #expect(pairs(cue).last == "Without a doubt, — Donald Molineux")
    }

    @Test func aSurnameThatIsAlsoAGivenNameTellsNoSex() {
        let text = "The police commissioner, Raymond W. Kelly, said Tuesday that the police had interviewed three witnesses.\n\n"
            + "“Another witness said an officer says, ‘Freeze,’” he said."
        #expect(pairs(text) == ["Another witness said an officer says, ‘Freeze,’ — Raymond W. Kelly"])
        #expect(SpeakerGender.of(words: "Raymond W. Kelly") == nil)
        // A given name first, or alone, still tells it.
        #expect(SpeakerGender.of(words: "Kelly Ayotte") == .female)
        #expect(SpeakerGender.of(words: "Kelly") == .female)
        #expect(SpeakerGender.of(words: "Rep. Gwen Moore") == .female)
    }

    // MARK: - Names after an inverted cue

    @Test func aDescriptionAfterAnInvertedCueGivesWayToTheNameSetOffAfterIt() {
        let spokesman = "“We don't have any intention to go to war again,” said a Sudanese government spokesman, Rabie A. Atti.\n\n“If they come to war, they will lose a lot.”"
        #expect(pairs(spokesman) == ["We don't have any intention to go to war again, — Rabie A. Atti", "If they come to war, they will lose a lot. — Rabie A. Atti"])
        let rebel = "“We are ready to fight and continue until we reach Khartoum,” the Sudanese capital, said one of the rebel leaders, Abdel Aziz al-Hilu, in a September interview.\n\n"
            + "“We are prepared for a protracted war, a long war,” he added."
        #expect(pairs(rebel).map { $0.hasSuffix("— Abdel Aziz al-Hilu") } == [true, true])
        // A description with no name set off after it stays the mention.
        let described = "“The threat is growing,” said a Sudanese government spokesman, speaking on condition of anonymity."
        #expect(mentions(described) == ["The threat is growing, — a Sudanese government spokesman"])
    }

    @Test func initialsThatAreWordsAndNameParticlesStayInsideTheName() {
        let words = Tokenizer.tokens("said a spokesman, Rabie A. Atti, and Abdel Aziz al-Hilu.").map(\.text)
        #expect(QuoteAttribution.nameRun(startingAt: 4, in: words, common: TokenWordSet()).map { Array(words[$0]) } == ["Rabie", "A", ".", "Atti"])
        #expect(QuoteAttribution.nameRun(startingAt: 10, in: words, common: TokenWordSet()).map { Array(words[$0]) } == ["Abdel", "Aziz", "al-Hilu"])
        // A particle written apart needs a name after it: "bin Laden", not "Osama bin" at a clause end.
        let apart = Tokenizer.tokens("Osama bin Laden and Juan de la").map(\.text)
        #expect(QuoteAttribution.nameRun(startingAt: 0, in: apart, common: TokenWordSet()).map { Array(apart[$0]) } == ["Osama", "bin", "Laden"])
        #expect(QuoteAttribution.nameRun(startingAt: 4, in: apart, common: TokenWordSet()).map { Array(apart[$0]) } == ["Juan"])
    }

    @Test func makingTheCaseThatIsArguing() {
        let text = "In a referral to Attorney General Eric Holder, Republicans make the case that Lerner took an “aggressive and improper” interest in Crossroads GPS."
        #expect(mentions(text) == ["aggressive and improper — Republicans"])
        // "In the case that" makes no case: no one is arguing.
        let words = Tokenizer.tokens("Officials will act in the case that the storm brings a surge.").map(\.text)
        #expect(QuoteAttribution.candidates(in: words, common: TokenWordSet()).isEmpty)
        let made = Tokenizer.tokens("Clinton made the case that the economy is growing.").map(\.text)
        #expect(QuoteAttribution.candidates(in: made, common: TokenWordSet()).map(\.attribution.mention) == ["Clinton"])
    }

    // MARK: - Names before a cue

    @Test func aNameSetOffWithItsBodyOrItsPartyAndStateSpeaksOverTheAppositive() {
        let lawyer = "Lerner’s attorney, Bill Taylor of Zuckerman Spaeder, called the timing of Wednesday’s vote “odd,” and said he had not heard from the committee."
        #expect(pairs(lawyer) == ["odd, — Bill Taylor"])
        let member = "Rep. Sandy Levin (Mich.), the panel’s top Democrat, said Camp was undermining the panel by making it into “an arm of any campaign committee.”"
        #expect(pairs(member) == ["an arm of any campaign committee. — Sandy Levin"])
        // A place after a comma is no name set off: the one before it speaks.
        let place = "Mayor Ruth Diaz of Greenbelt, Maryland, called the ruling “a disgrace.”"
        #expect(pairs(place) == ["a disgrace. — Ruth Diaz"])
    }

    // MARK: - Subjects

    @Test func aDescriptionWithItsNameSetOffGivesTheNameAsSubject() {
        let text = "“See that guy?” said Elverton Thomas, 39, a telemarketer.\n\nHis barber, Julian Clark, also black, concurred.\n\n"
            + "“They have a hard time because there’s a lot of crime in the neighborhood,” he said of the police."
        #expect(pairs(text).last == "They have a hard time because there’s a lot of crime in the neighborhood, — Julian Clark")
    }

    @Test func aDescriptionThatTellsTheSexKeepsItOverTheNameAfterIt() {
        // "Prodigy's mother, Fatima Johnson": the name would lose that she is a woman, so "he" after it is not her.
        let text = "Prodigy's mother, Fatima Johnson, was a member of the girl group The Crystals.\n\n“I want to take a moment and salute this beautiful soul,” he wrote."
        #expect(pairs(text) != ["I want to take a moment and salute this beautiful soul, — Fatima Johnson"])
    }

    @Test func aRoleBeforeANameAsSubjectIsThatPerson() {
        let text = "Without identifying the affected party, IRS attorney Martin confirmed in a phone interview that one case stems from basket trades.\n\n"
            + "“If you are going to call it a derivative, it has to function like a derivative,” he said."
        #expect(pairs(text) == ["If you are going to call it a derivative, it has to function like a derivative, — Martin"])
        // A name before a source noun, with no name after it, stays the description: "the White House spokesman".
        let lookAlike = "The White House spokesman called the report “fake news.”"
        #expect(mentions(lookAlike) == ["fake news. — The White House spokesman"])
    }

    // MARK: - Names and terms

    @Test func aTermAfterAParticipleOfRegardingIsNoQuote() {
        let prisoners = "Late last month, the Kremlin amnestied thousands of prisoners, including many of those regarded as “political” in the West."
        #expect(pairs(prisoners).isEmpty)
        let decision = "This decision has been seen as “seriously weakening” the power of the Hong Kong chief executive."
        #expect(pairs(decision).isEmpty)
        // Casting someone as something is still in the caster's words.
        let cast = "In recent weeks, Reid has gone after Trump as “uniquely unfit.”"
        #expect(pairs(cast) == ["uniquely unfit. — Reid"])
    }

    @Test func lateOrEarlyOpensAPhraseBeforeTheSubject() {
        let text = "Late last month, the Kremlin called the protests “a provocation.”"
        #expect(mentions(text) == ["a provocation. — Kremlin"])
        let words = Tokenizer.tokens("Early voting began on Monday, and turnout was “historic.”").map(\.text)
        #expect(QuoteAttribution.subject(in: words, common: TokenWordSet()) != "turnout")
    }

    @Test func aTermAfterAPossessiveAloneIsNoQuote() {
        let text = "Sochi's “ring of steel” is a zone about 60 miles long and 25 miles deep, in which the local population will be under near total surveillance."
        #expect(pairs(text).isEmpty)
        // A possessive before a quote that speaks keeps it: the quote is a sentence.
        let said = "Trump's “We will win again and again and again” was the line of the night, his aides said."
        #expect(pairs(said).count == 1)
    }

    @Test func aCueInARelativeClauseRightAfterAQuotedNameIsNotItsSpeaker() {
        let text = "It was a fitting encore to the “LBJ Redemption Tour,” which started when he admitted that he should have handled his exit with more class."
        #expect(pairs(text).isEmpty)
        // A cue after the quote with no relative clause between still speaks.
        let spoken = "“This right here is the happiest day of my life,” James said from the podium."
        #expect(pairs(spoken) == ["This right here is the happiest day of my life, — James"])
    }

    @Test func aTermTheArticleGaveAsANameIsThatNameWhenQuotedAgain() {
        let text = "The IRS said its top targets will include so-called “basket options,” the instruments some hedge funds have used.\n\n"
            + "In 2010, the IRS issued a public memorandum warning hedge funds and banks about using “basket options,” structures in which banks loaned funds."
        #expect(pairs(text).isEmpty)
        // Words first quoted as someone's stay theirs when quoted again.
        let said = "Trump called the deal “a disaster.”\n\nClinton defended what Trump had called “a disaster.”"
        #expect(pairs(said).count == 2)
    }
}
