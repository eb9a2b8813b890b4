import Testing
@testable import BriefingCore

/// `QuoteAttribution.candidates` reads only the words of `cueTriggers`: each rule that starts
/// at another word than a cue must still fire, in either case where the rule allows it, and
/// words outside the set must find nothing.
@Suite("Quote cue triggers")
struct QuoteCueTriggerTests {
    private func cues(_ words: [String]) -> [String] {
        QuoteAttribution.candidates(in: words, common: TokenWordSet()).map(\.attribution.cue)
    }

    @Test func everyCueAndRuleWordIsATrigger() {
        let triggers = Set(QuoteAttribution.cueTriggers)
        #expect(QuoteAttribution.cues.words.isSubset(of: triggers))
        #expect(QuoteAttribution.commandCues.words.isSubset(of: triggers))
        #expect(QuoteAttribution.showingVerbs.isSubset(of: triggers))
        #expect(Set(["case", "points", "pointed", "charges", "informed", "words", "reading"]).isSubset(of: triggers))
    }

    @Test func rulesStartingAtOtherWordsThanCuesStillFire() {
        #expect(cues(["Republicans", "make", "the", "case", "that", "Lerner", "erred"]) == ["made the case"])
        #expect(cues(["Bernstein", "points", "out", "."]) == ["points out"])
        #expect(cues(["an", "officer", "ordered", "."]) == ["ordered"])
        #expect(cues(["The", "lawsuit", "charges", "that", "he", "lied"]) == ["charges"])
        #expect(cues(["the", "White", "House", "had", "informed", "her", "that"]) == ["informed"])
    }

    @Test func aCapitalizedCueOpeningTheSentenceIsStillRead() {
        #expect(cues(["Said", "Ellis", ":"]) == ["Said"])
        #expect(cues(["According", "to", "Limbaugh", ","]) == ["according to"])
    }

    @Test func wordsOutsideTheTriggersFindNothing() {
        #expect(cues(["The", "committee", "met", "on", "Tuesday", "in", "Washington", "."]).isEmpty)
    }
}
