import Testing
@testable import BriefingCore

/// One hand-written time case: in `sentence`, dated `dct`, the tagger finds `expression` with
/// this TIMEX3 type and value.
struct TimeCase: CustomStringConvertible, Sendable {
    var dct: String
    var sentence: String
    var expression: String
    var type: String
    var value: String
    var description: String { "\(expression) @ \(dct): \(sentence.prefix(40))" }

    /// Tags the sentence and checks the expression's type and value.
    func check() throws {
        let dct = try #require(CalendarDate(iso: dct))
        let found = TimeExpressionTagger().tag(sentence, referenceDate: dct)
        let time = try #require(found.first { $0.text == expression }, "found: \(found.map(\.text))")
        #expect(time.type.rawValue == type)
        #expect(time.value == value)
    }

    /// Checks that `sentence`, dated `dct`, holds no time expression.
    static func checkNone(in sentence: String, dct: CalendarDate) {
        let found = TimeExpressionTagger().tag(sentence, referenceDate: dct)
        #expect(found.isEmpty, "found: \(found.map(\.text))")
    }
}
