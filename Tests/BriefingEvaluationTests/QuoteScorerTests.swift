import Testing
@testable import BriefingEvaluation

@Suite struct QuoteScorerTests {
    @Test func goldQuotesAreTheQuotedSegmentsOfContents() {
        let text = "The Post reports that she wanted to “keep it quiet.” Sources said no."
        let ann = "T1\tSource 0 8\tThe Post\nT2\tCue 9 16\treports\nT3\tContent 17 51\tthat she …\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
        let gold = QuoteGold.quotes(text: text, annotations: BratAnnotations(ann))
        #expect(gold == [QuoteGold(text: "keep it quiet.", source: "The Post")])
    }

    /// One Content span over `text` from `start` to the end, credited to "Jane Doe".
    private func gold(_ text: String, contentFrom start: Int) -> [String] {
        let end = text.unicodeScalars.count
        let ann = "T1\tSource 0 8\tJane Doe\nT3\tContent \(start) \(end)\t…\nE1\tContent:T3 Source:T1\n"
        return QuoteGold.quotes(text: text, annotations: BratAnnotations(ann)).map(\.text)
    }

    @Test func curlyAndStraightMarksPairWithEachOther() {
        // As typed: “…" and "…”.
        #expect(gold("Jane Doe said there was “no evidence\" yet and it would take \"more hours” to know.", contentFrom: 14)
            == ["no evidence", "more hours"])
    }

    @Test func aClosingGlyphAtAParagraphStartOpensTheQuote() {
        #expect(gold("Jane Doe\n”Fear. I am truly afraid.” ― Edwin G. Monroy", contentFrom: 9) == ["Fear. I am truly afraid."])
    }

    @Test func aQuoteCarriedOverParagraphsEndsWhereTheNextParagraphReopens() {
        let text = "Jane Doe spoke.\n“These rioters have to face the consequences.\n“Other than surrender, there is no option.”"
        #expect(gold(text, contentFrom: 16) == ["These rioters have to face the consequences.", "Other than surrender, there is no option."])
    }

    @Test func aQuoteSplitOverTheRangesOfOneContentIsOneQuote() {
        // The annotator split the content sentence by sentence, inside one pair of marks.
        let text = "Jane Doe said: “We were ready. We were able.” Then she left."
        let scalars = Array(text.unicodeScalars)
        let open = scalars.firstIndex(of: "\u{201C}")!, close = scalars.firstIndex(of: "\u{201D}")!
        let ann = "T1\tSource 0 8\tJane Doe\nT3\tContent \(open + 1) \(open + 15);\(open + 16) \(close)\t…\nE1\tContent:T3 Source:T1\n"
        #expect(QuoteGold.quotes(text: text, annotations: BratAnnotations(ann)).map(\.text) == ["We were ready. We were able."])
    }

    @Test func aQuoteInsideAQuoteIsPartOfIt() {
        #expect(gold("Jane Doe said “he calls it “hell” every day” and left.", contentFrom: 14) == ["he calls it “hell” every day"])
    }

    @Test func matchingIsOneToOneByTokenOverlap() {
        let gold = [QuoteGold(text: "we will win this race", source: "Senator Jane Doe"), QuoteGold(text: "never", source: "he")]
        let predicted = [
            QuoteScorer.Prediction(text: "We will win this race,", speaker: "Jane Doe", mention: "Doe"),
            QuoteScorer.Prediction(text: "We will win", speaker: "John Roe", mention: nil),
            QuoteScorer.Prediction(text: "never", speaker: "Bob Smith", mention: "he"),
        ]
        let result = QuoteScorer.score(predicted: predicted, gold: gold)
        #expect(result.quotes.truePositives == 2)
        #expect(result.quotes.predicted == 3)
        #expect(result.speakersRight == 2)
        #expect(result.spurious.map(\.text) == ["We will win"])
    }
}
