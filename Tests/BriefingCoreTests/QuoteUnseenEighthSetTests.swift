import Testing
@testable import BriefingCore

/// Quote kinds the eighth unseen-style set (an interview transcript, a markets story built on
/// tweets, health and science with researchers, a college game, foreign news with officials, a
/// court charge, an opinion column) showed the extractor getting wrong: a speaker named after a
/// body and a role, after an adverb, in a relative clause, as a passive's agent or before a town
/// and state; terms, titles, nicknames and the words of signs. Each case is written after a real
/// sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the eighth unseen-style set")
struct QuoteUnseenEighthSetTests {
    private func pairs(_ text: String) -> [String] { QuoteCase.pairs(text) }
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    // MARK: - Speakers after the cue

    @Test func aBodysNameBeforeARoleGivesWayToThePersonNamedAfterIt() {
        let text = "“They shot back to save their own lives,” said Israeli Defence Forces spokesman Ilan Tal."
        #expect(pairs(text) == ["They shot back to save their own lives, — Ilan Tal"])
        // A body alone after the cue stays the speaker.
        #expect(mentions("“We will appeal the ruling,” said Microsoft.") == ["We will appeal the ruling, — Microsoft"])
    }

    @Test func aPossessiveNameBeforeARoleIsThatDescription() {
        #expect(mentions("“We will win in November,” said Trump’s campaign manager.") == ["We will win in November, — Trump’s campaign manager"])
        // A possessive owning something else opens what was said: "the GOP's most important goal", not a speaker.
        let goal = "Obama has had a frosty relationship with McConnell, now the Senate majority leader, who in 2010 said the GOP's most important goal was to make Obama a “one-term president.”"
        #expect(pairs(goal) == ["one-term president. — McConnell"])
    }

    @Test func aPassiveCueSpeaksForItsAgent() {
        let lawyer = "Holder’s remarks piqued white Americans, only to be called “coward” by Obama’s chief lawyer."
        #expect(mentions(lawyer) == ["coward — Obama’s chief lawyer"])
        #expect(pairs("The plan was described as “a disaster” by Sen. John McCain.") == ["a disaster — John McCain"])
    }

    // MARK: - Speakers before the cue

    @Test func anAdverbOfMannerMayStandBetweenTheSubjectAndTheCue() {
        let text = "“The stock market has smashed one record after another,” the president proudly stated."
        #expect(mentions(text) == ["The stock market has smashed one record after another, — the president"])
        // A noun in "-ly" after its article is the subject itself.
        #expect(mentions("“It is over,” the family said.") == ["It is over, — the family"])
    }

    @Test func aNameBeforeWhoSpeaksWithOrWithoutACommaOrADash() {
        let host = "Trump sent a tweet quoting Fox Business Network host Stuart Varney who said “President Trump is not getting the credit he deserves for the economy.”"
        #expect(pairs(host) == ["President Trump is not getting the credit he deserves for the economy. — Stuart Varney"])
        // A hyphen typed for a dash joins the name and "who" into one word: "Williams-who said …-was able".
        let coach = "The Tar Heels settled down and outscored Evansville 22-10.\n\n"
            + "It lightened the mood enough that Williams-who said he was counting a player's points in his head for probably the first time-was able to tease Hansbrough.\n\n"
            + "“I said, ‘Boy, I'm really glad that's not the basket,’” he said with a laugh."
        #expect(pairs(coach) == ["I said, ‘Boy, I'm really glad that's not the basket,’ — Williams"])
    }

    @Test func aPluralDescriptionSpeaksInAProgressiveOrARelativeClause() {
        let saying = "OBAMA: And so what the banks are saying is-- that “Rather than take a little bit less of a profit, let's treat our customers right.”"
        #expect(mentions(saying) == ["Rather than take a little bit less of a profit, let's treat our customers right. — the banks"])
        let who = "OBAMA: My hope is that you're going to see a bunch of-- the banks, who say to themselves, “You know what? This is actually not good business practice.”"
        #expect(mentions(who) == ["You know what? This is actually not good business practice. — the banks"])
    }

    @Test func aPersonsTownAndStateStandBetweenThePersonAndTheCue() {
        let text = "The questions boil down to what Vikki Manko of Naperville, Illinois asks. “These are the types of things government should get involved in.”"
        #expect(pairs(text) == ["These are the types of things government should get involved in. — Vikki Manko"])
    }

    @Test func theSubjectOfGoingToSaySpeaks() {
        let text = "OBAMA: At the end of the day, what people are going to say is, “Who's got a vision for the future?”"
        #expect(mentions(text) == ["Who's got a vision for the future? — people"])
    }

    @Test func anOpeningAsClauseOfShowingGivesItsSourceTheSentence() {
        let text = "As Yoshina brilliantly illustrates, “covering” one’s reportedly negative “minority traits” has an insidious and detrimental effect."
        #expect(pairs(text) == ["covering — Yoshina", "minority traits — Yoshina"])
        // "As" opening a clause of time or reason gives no one the sentence.
        #expect(pairs("As the market shows, “bubble” talk has faded.").isEmpty)
    }

    // Cases of the first set's speakers the same rules reach.

    @Test func aNameOpeningAnAppositiveLeftUnclosedSpeaks() {
        let text = "“This is mainly due to the change in wind direction,” Kurinji Selvaraj, a research analyst at the Delhi-based Council on Energy, Environment and Water think tank told CBS News."
        #expect(pairs(text) == ["This is mainly due to the change in wind direction, — Kurinji Selvaraj"])
        #expect(pairs("Ezequiel Mendez, a neighbor said, “It would be the same thing if I was missing.”") == ["It would be the same thing if I was missing. — Ezequiel Mendez"])
        // A description with no name before it stays the mention.
        #expect(mentions("“We were told to leave,” the think tank said.") == ["We were told to leave, — the think tank"])
    }

    @Test func aCommandWithNoObjectIsACue() {
        #expect(mentions("“Hands! Let me see your hands!” an officer ordered. “Step out.”") == ["Hands! Let me see your hands! — an officer", "Step out. — an officer"])
        // Ordering something is no saying.
        #expect(pairs("In a preemptive move, the owner ordered “The Star-Spangled Banner” to be played while the teams were in the locker room.").isEmpty)
    }

    @Test func inTheWordsOfNamesTheSource() {
        let text = "Here is how bad things got in the words of the patient: “Two months after the onset of the symptoms, I was unable to stand.”"
        #expect(mentions(text) == ["Two months after the onset of the symptoms, I was unable to stand. — the patient"])
    }

    // MARK: - Pronouns

    @Test func aPronounAfterACoordinatedClauseMeansTheNameThatClosesIt() {
        let text = "STEPHANOPOULOS: We actually got a great question on Twitter. It's from Gale Glover, and he asks, “If hope and change define the 2008 campaign, what two words define 2012?”"
        #expect(pairs(text) == ["If hope and change define the 2008 campaign, what two words define 2012? — Gale Glover"])
        // A subject who is someone keeps the pronoun: "Obama met Putin, and he said …" is Obama.
        let subject = "Barack Obama met Vladimir Putin, and he said, “We had a frank talk.”"
        #expect(pairs(subject) == ["We had a frank talk. — Barack Obama"])
    }

    @Test func aCapitalizedCommonWordOpeningTheSentenceBeforeIntroducesNoOne() {
        let text = "OBAMA: Ordinary folks just weren't getting ahead. Wages, incomes had flat-lined, costs were going up. And the whole approach of everything I've tried to do is to say, “What are those big changes that we have to make?”"
        #expect(!pairs(text).contains { $0.hasSuffix("— Wages") })
    }

    @Test func aPronounForAShortFormMeansTheFullName() {
        let text = "Aung San Suu Kyi visited the White House on Wednesday.\n\nWashington is rolling out the red carpet for Suu Kyi, who had breakfast with Vice President Biden.\n\n"
            + "“Unity also means prosperity,” she said."
        #expect(pairs(text) == ["Unity also means prosperity, — Aung San Suu Kyi"])
    }

    // MARK: - Transcripts

    @Test func aShortQuoteAfterASpeakersLabelIsSpeech() {
        #expect(pairs("PRESIDENT OBAMA: “We're gonna be there.” At soccer games.") == ["We're gonna be there. — OBAMA"])
        // A term after a colon that ends narrative stays a term.
        #expect(pairs("The word of the year, the editors decided: “selfie.”").isEmpty)
    }

    @Test func aQuoteTakenUpWithADashGoesOnWithTheSpeakerWhoBrokeItOff() {
        let text = "Michelle is that anchor that says, “No, no, if we've got a parent/teacher conference--”\n\n"
            + "STEPHANOPOULOS: You're gonna be there.\n\nOBAMA: “--we're gonna be there.” At soccer games."
        #expect(pairs(text) == ["No, no, if we've got a parent/teacher conference-- — Michelle", "--we're gonna be there. — Michelle"])
    }

    // MARK: - Cues that source only part of a sentence

    @Test func aCueSetOffBetweenDashesSourcesOnlyItsAside() {
        let text = "Police say that Alcorn's texts to the alleged victim—2,400 of them in just two weeks, according to the girl's mother—showed a “deep love” between teacher and student."
        #expect(pairs(text) == ["deep love — Police"])
        // The aside's own quote is the aside's source's.
        let inside = "The texts — “thousands of them,” according to the girl's mother — went on for weeks, police said."
        #expect(mentions(inside) == ["thousands of them, — the girl's mother"])
    }

    @Test func aPassiveWithNoAgentNamesNoSpeaker() {
        #expect(pairs("A former Pittsburgh elementary school teacher is accused of being “obsessed” with one of her 11-year-old students.").isEmpty)
        #expect(pairs("At least 144 people were reported killed Monday, including 64 who died in a “horrifying massacre” at a checkpoint.").isEmpty)
        // An inverted cue after a quote is no passive, though the quote left out puts it after "is".
        #expect(pairs("This is “roughly the same advantage she has held all month,” reported Reuters.") == ["roughly the same advantage she has held all month, — Reuters"])
    }

    @Test func aSignSpeaksItsWords() {
        let text = "Students who carried small signs saying “Phil Ford 2,290” on one side turned it around to reveal “Tyler 2,291 +” on the other."
        #expect(mentions(text) == ["Phil Ford 2,290 — small signs", "Tyler 2,291 + — small signs"])
        // The sign with its article, not the verb's particle before it.
        #expect(mentions("In the image she holds up a sign saying “we are innocent” in Italian.") == ["we are innocent — a sign"])
        #expect(mentions("Fans held up signs saying “Thank you, Kobe.”") == ["Thank you, Kobe. — signs"])
        // In a relative clause too, as in the second set: "greeted by a sign that says “Akwaaba,”".
        #expect(mentions("At the airport in Accra, you are immediately greeted by a sign that says “Akwaaba,” the local word.").first == "Akwaaba, — a sign")
    }

    // MARK: - Names and terms

    @Test func thingsUsedAsSomethingAreNamedByTheirUse() {
        #expect(pairs("They're used as “smart drugs” or “study drugs” by students who find the pills give them a mental edge.").isEmpty)
    }

    @Test func aBooksTitleWithItsSubtitleIsNoQuote() {
        #expect(pairs("My autographed copy of “Dreams from My Father: A Story of Race and Inheritance” is one of my most cherished possessions.").isEmpty)
        let work = "In his brilliant work “Covering: The Hidden Assault on our Civil Rights,” Law Professor Kenji Yoshino asks to what extent leaders “downplay a disfavored trait.”"
        #expect(pairs(work) == ["downplay a disfavored trait. — Kenji Yoshino"])
        // A colon inside speech is no subtitle.
        #expect(pairs("Trump told reporters: “Look: we are going to win.”").count == 1)
    }

    @Test func aNameGlossedAfterItIsNoQuote() {
        #expect(pairs("The Secret Service calls the president “Renegade,” his agency nickname.").isEmpty)
        // A cue after the quote keeps it speech.
        #expect(mentions("Trump called the deal “a disaster,” his aides said.") == ["a disaster, — his aides"])
    }

    @Test func aLawsNameIsNoQuote() {
        let acts = "Some 18 states have considered “academic freedom acts” that would allow teachers to depart from established science and deny the existence of climate change."
        #expect(pairs(acts).isEmpty)
        // A subject that brings the law in keeps it, as in the first set.
        #expect(pairs("In March, the three senators introduced the “Clean Water Restoration Act” to the chamber.").count == 1)
    }

    @Test func aTermOfNoOneInParticularIsNoQuote() {
        #expect(pairs("To speak of a person’s “inner child” is not to call that person a child.").isEmpty)
    }

    @Test func aTermASentenceAsksForIsNoQuote() {
        let text = "“This is an ethics issue,” says William Graf, a professor of pediatrics.\n\n"
            + "But the message is also being sent to teenagers and their parents. The buzz term for that? “Pediatric neuroenhancement.”"
        #expect(pairs(text) == ["This is an ethics issue, — William Graf"])
    }
}
