import Testing
@testable import BriefingCore

/// `QuoteSpanScanner.nextCandidate`, which passes over four scalars at a time, finds the first
/// candidate a scalar-by-scalar reading finds, wherever it sits among the four.
@Suite("Quotes 31: quote marks found four scalars at a time")
struct Quotes31SpanCandidateTests {
    /// The first scalar from `start` past ASCII, or a double or single straight mark or a backquote, read one by one.
    private static func reference(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var i = start
        while i < scalars.count {
            let v = scalars[i].value
            if v >= 0x80 || v == 0x22 || v == 0x27 || v == 0x60 { break }
            i += 1
        }
        return i
    }

    private static let text = """
        The senior official said on Tuesday that the ministry would “not back down,” adding: "We've said it before." \
        Ahn Gyu-back's deputy, writing in ``TeX'' style, called it ‘a witch hunt’ — «C'est fini» — in Zürich.
        """

    @Test func theFirstCandidateIsTheOneReadScalarByScalar() {
        let scalars = Array(Self.text.unicodeScalars)
        for start in 0...scalars.count {
            #expect(QuoteSpanScanner.nextCandidate(scalars, from: start) == Self.reference(scalars, from: start), "from \(start)")
        }
    }

    @Test func aCandidateAtEachPlaceOfARunOfPlainASCII() {
        let marks: [Unicode.Scalar] = ["\"", "'", "`", "\u{80}", "\u{201C}", "\u{2019}", "\u{10FFFF}", "\u{FF}"]
        let near: [Unicode.Scalar] = ["!", "#", "&", "(", "_", "a", "\u{7F}", "\u{0}", "\u{2}", "\u{62}", "\u{67}"]
        for length in 0..<40 {
            let plain = (0..<length).map { near[$0 % near.count] }
            #expect(QuoteSpanScanner.nextCandidate(plain, from: 0) == length)
            for at in 0..<length {
                for mark in marks {
                    var scalars = plain
                    scalars[at] = mark
                    for start in 0...min(at + 1, length) {
                        #expect(QuoteSpanScanner.nextCandidate(scalars, from: start) == Self.reference(scalars, from: start))
                    }
                }
            }
        }
    }

    @Test func spansOfQuotesAtEveryOffset() {
        // The same quotes shifted by one scalar at a time cross every place of the four read at once.
        let quote = "he said “we will go” and 'then' \"left\" ``now''."
        let expected = QuoteSpanScanner.spans(in: Array(quote.unicodeScalars)).map(\.inner.count)
        #expect(expected.count >= 3)
        for shift in 0..<16 {
            let scalars = Array((String(repeating: "x", count: shift) + " " + quote).unicodeScalars)
            #expect(QuoteSpanScanner.spans(in: scalars).map(\.inner.count) == expected, "shift \(shift)")
        }
    }
}
