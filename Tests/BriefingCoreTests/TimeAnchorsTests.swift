import Testing
@testable import BriefingCore

/// The anchors a tagger carries from one paragraph to the next ("the next day" after a date
/// of the paragraph before), handed to each paragraph's scanner and back by swapping them.
@Suite("Time anchors: carried from paragraph to paragraph")
struct TimeAnchorsTests {
    private static let dct = CalendarDate(year: 2012, month: 6, day: 1)

    @Test func exchangeSwapsTheAnchorsBothWays() {
        var scanner = TimeScanner(tokens: Tokenizer.tokens("A year earlier"), dct: nil)
        var anchors = TimeScanner.Anchors(date: "2012-03-03", quarter: "2012-Q1", quarterIsOver: true, stretchOfYear: true,
                                          periodEnd: "2012-03-31", writtenDays: [303: 2012])
        scanner.exchange(&anchors)
        #expect(scanner.lastDate == "2012-03-03" && scanner.lastQuarterMentioned == "2012-Q1" && scanner.lastQuarterIsOver)
        #expect(scanner.stretchOfYearNamed && scanner.lastPeriodEnd == "2012-03-31" && scanner.writtenDays == [303: 2012])
        // The anchors given are the new scanner's own: the defaults.
        #expect(anchors.date == nil && anchors.quarter == nil && !anchors.quarterIsOver && !anchors.stretchOfYear)
        #expect(anchors.periodEnd == nil && anchors.writtenDays.isEmpty)
        scanner.lastDate = "2012-05"
        scanner.exchange(&anchors)
        #expect(anchors.date == "2012-05" && anchors.quarter == "2012-Q1" && anchors.writtenDays == [303: 2012])
        #expect(scanner.lastDate == nil && scanner.writtenDays.isEmpty)
    }

    @Test func paragraphsCarryTheirAnchorsAndIndices() {
        let paragraphs = ["Sales rose to $5 million on March 3, 2009, the company said.", "The next day, sales fell by half.",
                          "The plant closed in the quarter ended Sept. 30, 2009.", "The following year, it hired \u{201C}200\u{201D} workers."]
        let article = Article(source: "case.txt", slug: "case", title: "Case", published: Self.dct,
                              paragraphs: paragraphs.map { Paragraph(text: $0) })
        let tagged = TimeExpressionTagger().tagParagraphs(article, referenceDate: Self.dct)
        #expect(tagged.count == paragraphs.count)
        for (index, times) in tagged.enumerated() {
            #expect(!times.isEmpty && times.allSatisfy { $0.paragraph == index }, "\(index)")
        }
        // "The next day", "the following year" are read from the date of the paragraph before, as in one text.
        for k in [1, 3] {
            let joined = TimeExpressionTagger().tag(paragraphs[k - 1] + " " + paragraphs[k], referenceDate: Self.dct)
            let alone = TimeExpressionTagger().tag(paragraphs[k], referenceDate: Self.dct)
            #expect(tagged[k].map(\.value) == [joined.last?.value], "\(k)")
            #expect(tagged[k].first?.value != alone.first?.value, "\(k)")
        }
    }
}
