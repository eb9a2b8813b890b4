import Testing
@testable import BriefingCore

@Suite("Figures: the cue gate of the attributions, told by its filter first, lets every cue through")
struct Figs40CueGateTests {
    /// Every cue in its cases and with the Kelvin sign for its "k" (which lowers into one),
    /// accented near misses and cues glued to other scalars.
    static let cues: [String] = {
        let words = FigureSource.cues.words.sorted()
        let kelvin = words.filter { $0.contains("k") }.map { $0.replacingOccurrences(of: "k", with: "\u{212A}") }
        return [
            words.joined(separator: " "), words.joined(separator: " ").uppercased(), words.map(\.capitalized).joined(separator: " "),
            kelvin.joined(separator: " "), "\u{212A}now said\u{0301} Sa\u{00EF}d n\u{00F6}ted rep\u{00F6}rted SAID\u{2019}s said-so ac\u{212A}nowledged",
        ]
    }()

    @Test("every token whose lowercase is a cue passes; most tokens of real copy do not")
    func gateKeepsEveryCue() throws {
        var cues = 0, missed = 0, tokens = 0, passed = 0
        for line in try Figs39MonthGateTests.lines() + Self.cues {
            let scalars = line.unicodeScalarArray
            let all = Tokenizer.tokens(line, scalars: scalars)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
                scalars.withUnsafeBufferPointer { scalars in
                    for token in all {
                        // The plain way: the token's lowercase looked up.
                        let cue = FigureSource.cues.contains(token.text.lowercased())
                        let gate = FigureSource.mayBeCue(scalars, token.start..<token.end, buffer)
                        tokens += 1
                        if gate { passed += 1 }
                        if cue { cues += 1 }
                        if cue && !gate { missed += 1 }
                    }
                }
            }
        }
        #expect(missed == 0)
        #expect(cues > 200)
        // The gate pays only when it rules out most tokens.
        #expect(passed * 10 < tokens)
    }
}
