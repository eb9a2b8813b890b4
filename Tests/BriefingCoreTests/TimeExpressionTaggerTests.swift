import Foundation
import Testing
@testable import BriefingCore

@Suite("Time expressions")
struct TimeExpressionTaggerTests {
    /// One line of `Fixtures/time/cases.tsv`.
    struct Case: CustomStringConvertible, Sendable {
        var dct: CalendarDate
        var sentence: String
        var expression: String
        var type: String
        var value: String
        var description: String { "\(expression) @ \(dct)" }
    }

    static let cases: [Case] = {
        let url = Repo.fixtures.appendingPathComponent("time/cases.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 5, let dct = CalendarDate(iso: f[0]) else { return nil }
            return Case(dct: dct, sentence: f[1], expression: f[2], type: f[3], value: f[4])
        }
    }()

    @Test func fixtureFileHasCases() {
        #expect(Self.cases.count >= 30)
    }

    @Test(arguments: cases)
    func expressionIsFoundAndNormalized(_ c: Case) throws {
        let found = TimeExpressionTagger().tag(c.sentence, referenceDate: c.dct)
        let time = try #require(found.first { $0.text == c.expression }, "found: \(found.map(\.text))")
        #expect(time.type.rawValue == c.type)
        #expect(time.value == c.value)
        let scalars = Array(c.sentence.unicodeScalars)
        let start = try #require(time.start), end = try #require(time.end)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == c.expression)
    }

    @Test func wordsThatOnlyLookLikeTimesAreLeftAlone() {
        let text = "They may march to the square in 2,000 cars. He said he would wait. Current flows matter."
        #expect(TimeExpressionTagger().tag(text, referenceDate: CalendarDate(year: 2025, month: 4, day: 17)).isEmpty)
    }

    @Test func withoutADateRelativeValuesStayUnderspecified() {
        let found = TimeExpressionTagger().tag("The talks ended on Dec. 29 and resume Monday.", referenceDate: nil)
        #expect(found.map(\.value) == ["XXXX-12-29", "XXXX-WXX-1"])
    }

    @Test func isoWeeksCrossTheYearBoundary() {
        let found = TimeExpressionTagger().tag("Prices fell last week.", referenceDate: CalendarDate(year: 2027, month: 1, day: 6))
        #expect(found.first?.value == "2026-W53")
    }
}
