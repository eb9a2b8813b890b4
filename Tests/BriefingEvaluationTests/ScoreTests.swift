import Testing
@testable import BriefingEvaluation

@Suite struct ScoreTests {
    @Test func f1FromCounts() {
        let s = Score(truePositives: 8, predicted: 10, gold: 16) + Score(truePositives: 0, predicted: 0, gold: 0)
        #expect(s.precision == 0.8)
        #expect(s.recall == 0.5)
        #expect(Score.format(s.f1) == "0.615")
        #expect(Score().f1 == 0)
    }
}
