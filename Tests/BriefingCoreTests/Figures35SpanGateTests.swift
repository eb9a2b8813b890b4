import Foundation
import Testing
@testable import BriefingCore

/// `FigureDisplay.timeSpan` reads a context's words only when `mayHoldSpan` finds "since" or
/// "as of" in its bytes: for plain text, too, it must be true whenever `spanWords` finds a span.
@Suite("Figures 35 span gate")
struct Figures35SpanGateTests {
    /// Every line of the seeds, as written, in capitals, with its spaces doubled, and with a
    /// span added at its end in each way a span may be written.
    private static func seedLines() throws -> [String] {
        try Repo.seedLines().flatMap { line in
            [String(line), line.uppercased(), line.replacingOccurrences(of: " ", with: "  ")]
                + [" as of May", " As  OF 2020", " SINCE then", " since."].map { line + $0 }
        }
    }

    private static let handWritten = [
        "Prices have risen 12 percent since 2002.", "SINCE MAY, 40 people left.", "It was 5 percent As  Of March.",
        "Sales rose as of March 31 to $4 billion.", "Ever-since 2001, 3 percent.", "It has 4 offices as\u{00A0}of May.",
        "It lost 30 jobs, as  of\u{2014}June.", "The 12 cases of 2019 were all.", "Has of 4", "as", "since", "",
    ]

    @Test func everySpanIsLetThrough() throws {
        var spans = 0
        for text in try Self.seedLines() + Self.handWritten where UTF8Scan.withBytes(text, PlainText.isPlain) {
            guard FigureDisplay.spanWords(text, plain: true) != nil else { continue }
            spans += 1
            #expect(FigureDisplay.mayHoldSpan(text), "\(text)")
        }
        #expect(spans > 100, "the lines hold spans to check")
    }

    /// Most lines hold no span, and the gate rules those out.
    @Test func linesWithoutTheWordsAreRuledOut() {
        #expect(!FigureDisplay.mayHoldSpan("The company cut 300 jobs in May."))
        #expect(!FigureDisplay.mayHoldSpan("Kansas lost 12 percent, officials said."))
        #expect(FigureDisplay.mayHoldSpan("Kansas of 12"), "\"as\" inside a word, then \"of\": let through, as before")
    }
}
