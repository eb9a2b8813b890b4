import Testing
@testable import BriefingCore

@Suite("Figures: the attributions' lowercase tokens, told as they are read, are those of the token texts")
struct Figures31SourceTests {
    /// News sentences with capitals, curly quotes, accents, the Kelvin sign, attributions and
    /// those of `FigureFastPathTests`.
    static let sentences = FigureFastPathTests.sentences + [
        "\u{201C}The toll is 300,\u{201D} Said South Korea\u{2019}s Joint Chiefs of Staff, ACCORDING to The Washington Post.",
        "KIDA estimated that \u{00C9}TAT spending rose 5% and the \u{212A}elvin-rated Café said it hired 20 staff.",
        "",
        "   ",
        "Analysts at the Bank of Korea, which said 3.1 billion, had earlier projected in May that exports would rise.",
    ]

    @Test("each lowercase token is its text's lowercase, as a whole and in slices", arguments: sentences)
    func lowercaseTokens(_ sentence: String) {
        let scalars = sentence.unicodeScalarArray
        let tokens = Tokenizer.tokens(sentence, scalars: scalars)
        let plain = tokens.map { $0.text.lowercased() }
        scalars.withUnsafeBufferPointer { scalars in
            tokens.withUnsafeBufferPointer { tokens in
                let lower = FigureSource.LowercaseTokens(tokens: tokens, scalars: scalars)
                #expect(Array(lower) == plain)
                for k in lower.indices {
                    #expect(Array(lower[k...].prefix(4)) == Array(plain[k...].prefix(4)))
                }
            }
        }
    }

    @Test("attributions read through them name the sources", arguments: [
        ("\u{201C}We will not pay,\u{201D} said Park Yong-han, a researcher at KIDA, of the 300 drones.", ["Park Yong-han"]),
        ("Officials at the Bank of Korea have previously said 5 banks failed.", ["Officials at the Bank of Korea"]),
        ("The concerns of the South Korean military, which said 12 missiles flew, grew.", ["the South Korean military"]),
        ("Estimates put the toll at 300, according to the NIS.", ["Estimates", "the NIS"]),
        ("The ministry Reported 40 cases and he said 20 more.", []),
    ])
    func attributions(_ sentence: String, _ sources: [String]) {
        #expect(FigureSource.attributions(in: sentence, scalars: sentence.unicodeScalarArray).compactMap(\.source) == sources)
    }
}
