import BriefingCore
import Testing
@testable import BriefingEvaluation

@Suite("TimeML scoring")
struct TimeScoreTests {
    @Test func readerStripsTagsAndKeepsOffsets() throws {
        let doc = TimeMLDocument(xml: """
            <TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>Stocks <EVENT eid="e1">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>
            """)
        #expect(doc.dct == CalendarDate(year: 1998, month: 1, day: 8))
        #expect(doc.text == "Stocks fell & rose yesterday.")
        let timex = try #require(doc.timexes.first)
        #expect(timex.text == "yesterday" && timex.start == 19 && timex.end == 28 && timex.value == "1998-01-07")
    }

    @Test func strictRelaxedAndValueMatches() {
        let gold = [
            TimeMLDocument.Timex(text: "last week", type: "DATE", value: "1998-W01", start: 0, end: 9),
            TimeMLDocument.Timex(text: "Friday", type: "DATE", value: "1998-01-02", start: 20, end: 26),
            TimeMLDocument.Timex(text: "two years", type: "DURATION", value: "P2Y", start: 40, end: 49),
        ]
        let predicted = [
            TimeExpression(text: "last week", type: .date, value: "1998-W01", start: 0, end: 9, paragraph: 0),
            TimeExpression(text: "Friday night", type: .time, value: "1998-01-02TNI", start: 20, end: 32, paragraph: 0),
            TimeExpression(text: "now", type: .date, value: "PRESENT_REF", start: 60, end: 63, paragraph: 0),
        ]
        var score = TimeScore()
        score.add(gold: gold, predicted: predicted)
        #expect(score.strict == Score(truePositives: 1, predicted: 3, gold: 3))
        #expect(score.relaxed == Score(truePositives: 2, predicted: 3, gold: 3))
        #expect(score.value == Score(truePositives: 1, predicted: 3, gold: 3))
        #expect(score.typeCorrect == 1 && score.matched == 2)
    }
}
