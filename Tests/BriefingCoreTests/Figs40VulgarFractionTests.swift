import Testing
@testable import BriefingCore

@Suite("Figures: vulgar fractions told by their ranges, as the table of their values has them")
struct Figs40VulgarFractionTests {
    @Test("every scalar is a fraction by its ranges exactly when the table has it")
    func rangesMatchTable() {
        var mismatches = 0
        for v in UInt32(0)..<0x30000 where (NumberWords.vulgarFractions[v] != nil) != NumberWords.isVulgarFraction(v) {
            Issue.record("U+\(String(v, radix: 16, uppercase: true))")
            mismatches += 1
        }
        #expect(mismatches == 0)
    }

    @Test("the prefilter's digit test is the plain one on real copy and on every fraction")
    func digitTestIsPlain() throws {
        let fractions = NumberWords.vulgarFractions.keys.map { "a share of \(Character(Unicode.Scalar($0)!)) ”—" }
        for line in try Figs39MonthGateTests.lines() + fractions + ["", "“Quoted” – dashed — text é ¼", "no digits here at all"] {
            let scalars = line.unicodeScalarArray
            // The plain way: any ASCII digit or a scalar the table has.
            let plain = scalars.contains { ($0.value >= 0x30 && $0.value <= 0x39) || NumberWords.vulgarFractions[$0.value] != nil }
            #expect(scalars.withUnsafeBufferPointer { FigurePrefilter.hasDigit($0) } == plain, "\(line)")
        }
    }
}
