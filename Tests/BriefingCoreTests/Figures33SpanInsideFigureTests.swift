import Testing
@testable import BriefingCore

/// A figure's "as of" or "since" span whose first word's letters also stand inside the figure's
/// text ("as" in "12 cases"): the search by bytes finds them there first, which made the text
/// between the two a range running backwards, and every build of such a sentence stopped.
@Suite("Figures 33 span inside the figure")
struct Figures33SpanInsideFigureTests {
    @Test func aSpanWhoseWordStandsInsideTheFigureIsKept() {
        let context = "Health officials said Tuesday that there were 12 cases as of May, and more were expected."
        #expect(FigureDisplay.timeSpan(context, figure: "12 cases") == ["as", "of", "May"])
        #expect(FigureDisplay.timeSpan("Officials counted 40 new infections since Monday.", figure: "40 new infections") == ["since", "Monday"])
    }

    /// Through a brief's figure phrase: the phrase that lost the span gets it back.
    @Test func aFigurePhraseWithSuchASpanIsMade() {
        let figure = Figure(text: "12 cases", value: 12, kind: .count, paragraph: 0, context: "There were 12 cases among children as of May.")
        #expect(FigureDisplay.keepingSpan(["among", "children"], figure: figure) == ["among", "children", "as", "of", "May"])
    }
}
