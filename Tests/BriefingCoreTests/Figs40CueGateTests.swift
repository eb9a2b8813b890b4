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
        // For each token: whether it is a cue, the plain way (its lowercase looked up), and
        // whether the gate lets it through.
        var told: [(cue: Bool, gate: Bool)] = []
        for line in try Figs39MonthGateTests.lines() + Self.cues {
            let scalars = line.unicodeScalarArray
            let tokens = Tokenizer.tokens(line, scalars: scalars)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
                scalars.withUnsafeBufferPointer { scalars in
                    told += tokens.map { (FigureSource.cues.contains($0.text.lowercased()), FigureSource.mayBeCue(scalars, $0.start..<$0.end, buffer)) }
                }
            }
        }
        #expect(told.filter { $0.cue && !$0.gate }.count == 0)
        #expect(told.filter(\.cue).count > 200)
        // The gate pays only when it rules out most tokens.
        #expect(told.filter(\.gate).count * 10 < told.count)
    }
}
