import Testing
@testable import BriefingCore

/// Quote kinds the thirteenth unseen-style set (a misspelled jersey, a missing student, a city
/// clerk's resignation, a swimmer's rescue, fighting in Damascus, floods in Minot, a boy's death,
/// an opinion column on Oculus, the anthem bill, Florida's recount) showed the extractor getting
/// wrong: a given name read as the head of a thing's name, state television as a source, a sign
/// "reading" its words, a stance verb of scolding, a causative verb moving someone to take a
/// stance, an adverb opening a sentence read as a name. Each case is written after a real
/// sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the thirteenth unseen-style set")
struct QuoteUnseenThirteenthSetTests {
    private func mentions(_ text: String) -> [String] { QuoteCase.mentions(text) }

    @Test func aGivenNameBeforeASurnameIsNoThingsHead() {
        let text = "“It could be two to four to six weeks, or more,” Brig. Gen. Bill Seekins of the North Dakota National Guard told ABC News during a tour through the flooded areas."
        #expect(QuoteCase.pairs(text) == ["It could be two to four to six weeks, or more, — Bill Seekins"])
        let words = ["Maj", ".", "Bill", "Seekins", "of", "the", "North", "Dakota", "National", "Guard"]
        #expect(QuoteAttribution.personBeforeAffiliations(6..<10, in: words, common: TokenWordSet()) == 0..<4)
        // A thing's head ending the name before "of" keeps it no person.
        let act = ["Clean", "Water", "Act", "of", "the", "United", "States"]
        #expect(QuoteAttribution.personBeforeAffiliations(5..<7, in: act, common: TokenWordSet()) == nil)
    }

    @Test func stateTelevisionIsASource() {
        #expect(mentions("Syrian state television said three “terrorists” and a member of Syria's security forces were killed in the fighting.")
            == ["terrorists — Syrian state television"])
        #expect(mentions("State television also blamed “terrorists” for those attacks, but opposition activists said they doubted it.")
            == ["terrorists — State television"])
    }

    @Test func aSignReadingItsWordsSpeaksThem() {
        let text = "Registered independent Russell Liddick, a 38-year-old Pompano Beach retail worker, carried a sign reading, “I'm not here for Trump! I'm here for fair elections! Fire Snipes!”"
        #expect(mentions(text) == ["I'm not here for Trump! I'm here for fair elections! Fire Snipes! — a sign"])
        // Reading a book is no saying: its title stays a name.
        #expect(mentions("Maria Lopez spent the afternoon reading “The Hunger Games” to her class.").isEmpty)
    }

    @Test func lambastingIsTakingAStance() {
        let letter = "Pleasant Hill City Clerk Kim Lehmkuhl resigned Monday.\n\n“This has been an atrocious experience,” Lehmkuhl wrote.\n\n"
        let lambaste = letter + "She went on to lambaste the council and members of the public for “misogynistic jokes,” “racist asides” and “tinfoil hat” conspiracy theories uttered during meetings."
        #expect(mentions(lambaste).suffix(2) == ["misogynistic jokes, — She", "racist asides — She"])
        // A verb of no stance leaves the terms no one's.
        let visit = letter + "She went on to visit the council and members of the public for “misogynistic jokes,” “racist asides” and “tinfoil hat” conspiracy theories uttered during meetings."
        #expect(mentions(visit) == ["This has been an atrocious experience, — Lehmkuhl"])
    }

    @Test func oneMovedToTakeAStanceSpeaks() {
        let text = "That prompted the Republican Party to slam Broward's supervisor of elections, Brenda Snipes, for “incompetence and gross mismanagement.”"
        #expect(mentions(text) == ["incompetence and gross mismanagement. — Republican Party"])
        // One only urged to has not spoken.
        let words = ["Democrats", "urged", "the", "Republican", "Party", "to", "condemn", "the"]
        #expect(QuoteAttribution.causedStance(in: words, common: TokenWordSet()) == nil)
        let prompted = ["That", "prompted", "the", "Republican", "Party", "to", "slam", "the", "clerk", "for"]
        #expect(QuoteAttribution.causedStance(in: prompted, common: TokenWordSet())?.mention == "Republican Party")
    }

    @Test func anAdverbOpeningASentenceIsNoName() {
        let text = "Hence, soon after Parliament resumes work today, he intends to table a bill that would change the line to “in all of us command.”"
        #expect(!mentions(text).contains { $0.hasSuffix("Hence") })
        #expect(!QuoteAttribution.isNameWord("Hence"))
        #expect(QuoteAttribution.isNameWord("Henry"))
    }
}
