import Testing
@testable import BriefingEvaluation

@Suite struct ShingleMatchTests {
    @Test func tokensAreWordRunsLikePythonsBackslashW() {
        #expect(ShingleMatch.tokens("It’s 9:30 — don't_stop, café!") == ["It", "s", "9", "30", "don", "t_stop", "café"])
    }

    @Test func identicalTextsScoreOne() {
        let m = ShingleMatch(gold: "one two three four five", predicted: "one two three four five")
        #expect(m.truePositives == 1 && m.precision == 1 && m.recall == 1)
    }

    @Test func extraTextLowersPrecisionOnly() {
        // Gold has 2 shingles; the prediction adds 2 more: tp 2, fp 2, fn 0 → normalized by 4.
        let m = ShingleMatch(gold: "a b c d e", predicted: "a b c d e f g")
        #expect(m.truePositives == 0.5 && m.falsePositives == 0.5 && m.falseNegatives == 0)
        #expect(m.precision == 0.5 && m.recall == 1)
    }

    @Test func shortTextsAreOneShingleAndEmptyHasNone() {
        #expect(ShingleMatch.shingles("just three words", n: 4) == ["just three words": 1])
        #expect(ShingleMatch.shingles(" — ", n: 4).isEmpty)
        let missed = ShingleMatch(gold: "a b c d e", predicted: "")
        #expect(missed.precision == 0 && missed.recall == 0)
    }

    @Test func pagesAverageThenCombine() {
        let score = BodyScore([
            ShingleMatch(truePositives: 1, falsePositives: 0, falseNegatives: 0),
            ShingleMatch(truePositives: 0.5, falsePositives: 0, falseNegatives: 0.5),
            // Nothing predicted: counts for recall only.
            ShingleMatch(truePositives: 0, falsePositives: 0, falseNegatives: 1),
        ])
        #expect(score.precision == 1)
        #expect(score.recall == 0.5)
        #expect(Score.format(score.f1) == "0.667")
    }
}
