import Testing
@testable import BriefingCore

/// Quote kinds the third unseen-style set (Multi-News and ECB+ newswire) showed the extractor
/// getting wrong: curly quotes closed by straight marks around a cue, names of things in
/// quotes, and partial quotes inside apologies and welcomes. Each case is written after a real
/// wire sentence, with a look-alike that must keep its reading.
@Suite("Quotes in the third unseen-style set")
struct QuoteUnseenThirdSetTests {
    private func pairs(_ text: String) -> [String] {
        QuoteExtractor().extract(Article(
            source: "case.txt", slug: "case", title: "Case", paragraphs: text.components(separatedBy: "\n\n").map { Paragraph(text: $0) }))
            .map { "\($0.text) — \($0.speaker ?? "nobody")" }
    }

    // MARK: - Mixed marks

    @Test func aCurlyQuoteClosedStraightBeforeItsCueAndReopenedStraight() {
        let text = "Senator Kirsten Gillibrand says one colleague came up behind her. “Don’t lose too much weight now,\" he told her. \"I like my girls chubby.” She says he was a favorite."
        #expect(pairs(text).map { $0.components(separatedBy: " — ")[0] } == ["Don’t lose too much weight now,", "I like my girls chubby."])
    }

    @Test func aStraightQuoteInsideACurlyOneStaysInside() {
        let text = "“They called it \"a witch hunt,\" and then they left,” Representative Adam Schiff said."
        #expect(pairs(text) == ["They called it \"a witch hunt,\" and then they left, — Adam Schiff"])
    }
}
