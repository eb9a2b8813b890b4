import Foundation
import Testing
@testable import BriefingCore

/// `EventPlainRun.scan`, which finds the plain runs of an event's text four scalars at a time,
/// against the scalar-by-scalar loop `EventText.description` kept them with before.
@Suite("Event plain runs")
struct Time39PlainRunTests {
    /// The run the loop kept from `start`: plain scalars, and a space only when a plain scalar
    /// follows it before `end`.
    private static func scalarByScalar(_ source: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, upTo end: Int) -> (end: Int, spaces: Int) {
        var k = start
        var spaces = 0
        while k < end {
            let v = source[k].value
            if v == 0x20 {
                guard k + 1 < end, EventPlainRun.isPlain(source[k + 1].value) else { break }
                spaces += 1
            } else if !EventPlainRun.isPlain(v) {
                break
            }
            k += 1
        }
        return (k, spaces)
    }

    /// The ranges of `scalars` that differ, each run from every start after a scalar other than a space.
    private static func differences(_ scalars: [Unicode.Scalar], ends: (Int) -> [Int]) -> [String] {
        var differing: [String] = []
        scalars.withUnsafeBufferPointer { source in
            for start in 1..<max(source.count, 1) where source[start - 1] != " " {
                for end in ends(start) where end >= start && end <= source.count {
                    let fast = EventPlainRun.scan(source, from: start, upTo: end), plain = scalarByScalar(source, from: start, upTo: end)
                    if fast != plain { differing.append("\(start)..<\(end): \(fast) \(plain)") }
                }
            }
        }
        return differing
    }

    @Test func randomTextEndsItsRunsAsTheLoopDid() {
        // Letters and the scalars that end or bend a run: spaces (doubled too), tabs, quote
        // marks, a backquote, DEL, controls, curly quotes and dashes.
        let alphabet: [Unicode.Scalar] = ["a", "b", "Z", "7", ",", ".", "~", "!", " ", " ", " ", " ", "\t", "\n", "\"", "'", "`",
                                          "\u{7F}", "\u{1F}", "\u{A0}", "\u{201C}", "\u{2014}", "\u{0}"]
        var generator = SystemRandomNumberGenerator()
        var differing: [String] = []
        for length in 0..<60 {
            for _ in 0..<40 {
                // Mostly plain scalars, so that runs are long enough to cross blocks of four.
                let scalars = (0..<length).map { _ in
                    Int.random(in: 0..<4, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : Unicode.Scalar(UInt8.random(in: 0x61...0x7A, using: &generator))
                }
                differing += Self.differences(scalars) { start in Array(start...length) }
            }
        }
        #expect(differing.count == 0, "\(differing.prefix(5))")
    }

    @Test func realLinesEndTheirRunsAsTheLoopDid() throws {
        // The seeds and the texts of the quote fixtures: curly quotes, dashes and typewriter marks.
        let texts = try Repo.seedLines().map(String.init)
            + Repo.quoteFixtureTexts().prefix(20).flatMap { url in ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        var differing: [String] = []
        for text in texts {
            let scalars = text.unicodeScalarArray
            differing += Self.differences(scalars) { start in [scalars.count, min(start + 7, scalars.count), min(start + 40, scalars.count)] }
        }
        #expect(texts.count > 300)
        #expect(differing.count == 0, "\(differing.prefix(5))")
    }
}
