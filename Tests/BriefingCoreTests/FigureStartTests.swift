import Testing
@testable import BriefingCore

@Suite("Figures: lexemes passed over before an amount is read")
struct FigureStartTests {
    /// Sentences of real articles with articles, hyphens, a minus and signs before numbers.
    static let sentences = [
        "Some 42 per cent of those housed at Category A Whitemoor jail - and more than a quarter of those in London prisons - consider themselves to be of Islamic faith.",
        "Rhode Island School of Design or the Pratt Institute in Brooklyn, but she can study the same things at the University of Wisconsin-Stout for less than a third of the retail cost.",
        "Veterans in 2014 were killing themselves at three times the rate of civilians and at a quickening pace, up by a third from 2001 to 2014.",
        "For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, or eight Canadian cents a share, compared with C$18.1 million, or 21 Canadian cents a share, a year earlier.",
        "Firefighters fought the blaze in temperatures of minus 17 degrees.",
    ]

    @Test("no amount is read where a figure may not start", arguments: sentences)
    func noAmountWhereNoFigureStarts(_ sentence: String) {
        let lx = FigureLexer.lex(sentence)
        let context = FigureAmount.Context(lx)
        for i in lx.indices where !FigureExtractor.mayStart(lx, at: i) {
            #expect(FigureAmount.read(lx, at: i, context: context) == nil, "\(lx[i].text) at \(i)")
        }
    }

    @Test func anArticleOrHyphenBeforeAWordOfNoNumberStartsNone() {
        let lx = FigureLexer.lex("Up by a third at a quickening pace at Wisconsin-Stout, minus 17 at C$18.1 million a share.")
        func starts(_ text: String, before next: String) -> Bool {
            let i = lx.indices.first { lx[$0].text == text && $0 + 1 < lx.count && lx[$0 + 1].text == next }!
            return FigureExtractor.mayStart(lx, at: i)
        }
        #expect(starts("a", before: "third"))
        #expect(!starts("a", before: "quickening"))
        #expect(!starts("-", before: "Stout"))
        #expect(!starts("a", before: "share"))
        #expect(starts("C", before: "$"))
    }
}
