import Testing
@testable import BriefingCore

/// A figure's "as of" or "since" span is placed where its words stand, not where their letters
/// first occur: "as" also stands inside "was", "has" or "Kansas", "since" inside "ever-since".
/// Found there, the span seemed to stand before the figure with a comma between, and was dropped.
@Suite("Figures 34 span word")
struct Figures34SpanWordTests {
    @Test func aSpanAfterTheFigureIsPlacedAtItsOwnWords() {
        // Plain text (searched on its bytes) and text with a curly apostrophe (split into words).
        let plain = "The company, which was founded in 1990, lost 12 percent of its staff as of May."
        #expect(FigureDisplay.timeSpan(plain, figure: "12 percent") == ["as", "of", "May"])
        let curly = "Kansas’s largest employer, which has 4,000 workers, cut 300 jobs as of June."
        #expect(FigureDisplay.timeSpan(curly, figure: "300 jobs") == ["as", "of", "June"])
    }

    /// The place the span is read from stays its own: a span in another clause before the figure
    /// is still dropped, and one opening the sentence still kept.
    @Test func spansBeforeTheFigureAreJudgedAsBefore() {
        #expect(FigureDisplay.timeSpan("Kansas reported, as of May, 12 cases.", figure: "12 cases") == nil)
        #expect(FigureDisplay.timeSpan("As of May, Kansas had reported 12 cases.", figure: "12 cases") == ["as", "of", "May"])
    }

    /// `spanWords` tells where its first word starts, in UTF-8 bytes, for plain text and other text.
    @Test func theSpanStartIsTheWordsOffset() {
        for text in ["It was 5 percent as of May.", "It was 5 percent – as of May.", "Zürich’s café has grown 12 % since 2002"] {
            guard let found = FigureDisplay.spanWords(text, plain: UTF8Scan.withBytes(text, PlainText.isPlain)) else {
                Issue.record("no span in \(text)")
                continue
            }
            let bytes = Array(text.utf8)
            let word = Array(found.words[0].utf8)
            #expect(Array(bytes[found.start..<(found.start + word.count)]) == word, "\(text)")
            #expect(bytes[found.start - 1] == 0x20, "\(text): the word follows a space")
        }
    }
}
