import Testing
@testable import BriefingEvaluation

@Suite struct TimeMLTests {
    @Test func readsTextAndGoldOffsets() {
        let xml = """
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
            <TEXT>It fell <EVENT eid="e1">sharply</EVENT> &amp; <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT>
            """
        let document = TimeMLDocument(xml: xml)
        #expect(document.dct == "1998-01-08")
        #expect(document.text == "It fell sharply & yesterday.")
        #expect(document.timexes.map(\.text) == ["yesterday"])
        #expect(document.timexes.first?.range == 18..<27)
    }

    @Test func scoresStrictRelaxedAndValue() {
        var scorer = TimexScorer()
        let gold = [TimeMLDocument.Timex(range: 0..<9, type: "DATE", value: "1998-01-07", text: "last week")]
        scorer.add(gold: gold, predicted: [TimexScorer.Prediction(range: 5..<9, type: "DATE", value: "1998-W01")], text: "last week.")
        #expect(scorer.relaxed.truePositives == 1)
        #expect(scorer.strict.truePositives == 0)
        #expect(scorer.value.truePositives == 0)
        #expect(scorer.typeAccuracy == 1)
    }
}
