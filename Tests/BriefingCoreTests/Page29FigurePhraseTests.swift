import Testing
@testable import BriefingCore

/// A figure's phrase reads the clause before the figure only as far as the eight words it may
/// show: a clause that runs on further gives the phrase a clause cut by a comma there gives.
@Suite("Page29 figure phrases")
struct Page29FigurePhraseTests {
    @Test("a long clause before the figure", arguments: [
        ("Officials from the northern ministry of the interior of the region of the country reported 40 deaths.", "40 deaths"),
        ("Later that year Mr Abadi and his many advisers will join representatives from 21 countries.", "21 countries"),
        ("The “shells” the reclusive regime’s generals had sent in return for aid came to 3,000 tons.", "3,000 tons"),
        ("A driver from the town who was caught checking his mobile phone twice has been jailed for six years.", "six years"),
    ])
    func longClause(_ sentence: String, _ text: String) throws {
        let words = sentence.split(separator: " ")
        let at = try #require(words.firstIndex { text.hasPrefix($0) })
        // The ninth word before the figure closes a clause: the eight after it are the same.
        var cut = words.map(String.init)
        cut[at - 9] += ","
        let long = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        let short = try #require(Figures.first(cut.joined(separator: " "), text: text))
        #expect(BriefText.figurePhrase(long) == BriefText.figurePhrase(short), "\(sentence)")
    }

    @Test func eightWordsBeforeTheFigureAreShown() throws {
        let sentence = "Tall green Swiss alpine meadow farmers herding shaggy brown mountain sheep counted 40 goats."
        let figure = try #require(Figures.first(sentence, text: "40 goats"), "found: \(Figures.of(sentence).map(\.text))")
        #expect(BriefText.figurePhrase(figure) == "meadow farmers herding shaggy brown mountain sheep counted \u{2026}")
    }

    @Test("\"since\" and \"as of\" in the phrase, in any case, keep the span from being added again", arguments: [
        "Some 15,000 SINCE October of last year were sent to Russia.",
        "About 4,700 soldiers As Of March had been killed or wounded.",
    ])
    func spanInPhrase(_ sentence: String) throws {
        let figure = try #require(Figures.of(sentence).first)
        let phrase = BriefText.figurePhrase(figure)
        let lowered = phrase.lowercased()
        #expect(!lowered.contains("since october since") && !lowered.contains("as of march as of"), "\(phrase)")
    }
}
