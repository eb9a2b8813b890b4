import Testing
@testable import BriefingCore

@Suite("Figures: sentences passed over before they are lexed")
struct FigurePrefilterTests {
    private static func mayHold(_ sentence: String) -> Bool {
        FigurePrefilter.mayHoldFigure(sentence.unicodeScalarArray[...])
    }

    @Test(arguments: [
        "The minister declined to comment on the talks with the opposition.",
        "“We will not back down,” the senator told reporters outside the Capitol.",
        "Officials said someone’s car was towed from the lot after the protest.",
    ])
    func sentencesWithoutNumbersArePassedOver(_ sentence: String) {
        #expect(!Self.mayHold(sentence))
        #expect(Figures.of(sentence).isEmpty)
    }

    @Test(arguments: [
        ("Rescuers pulled a dozen survivors from the rubble on Tuesday.", "a dozen survivors"),
        ("Tens of thousands of people marched through the capital.", "Tens of thousands of people"),
        ("Turnout fell by half in the second round.", "second round"),
        ("The company paid a dollar a share for the stake.", "a dollar"),
        ("Police arrested 14 protesters near the embassy.", "14 protesters"),
        ("The recipe calls for ½ cup of sugar.", "½ cup"),
    ])
    func numbersWithoutDigitsOrWithThemPass(_ sentence: String, _ text: String) throws {
        #expect(Self.mayHold(sentence))
        #expect(Figures.of(sentence).contains { $0.text.hasPrefix(text) }, "found: \(Figures.of(sentence).map(\.text))")
    }

    @Test func numberWordsAreFoundWhateverTheirCase() {
        #expect(Self.mayHold("THREE HUNDRED MARCHERS GATHERED"))
        // The Kelvin sign lower-cases to an ASCII "k": "LA\u{212A}H" is "lakh".
        #expect(Self.mayHold("Sales of 3.5 LA\u{212A}H units"))
        #expect(Self.mayHold("About LA\u{212A}H units"))
        // A word with an apostrophe is no number word, but its letters are looked at alone.
        #expect(Self.mayHold("It was one's own choice."))
    }

    @Test func degreeWordsPassTheFirstByteTestThatRulesOutOtherLexemes() {
        for word in FigureAmount.Context.degreeWords { #expect(FigureAmount.Context.mayBeDegreeWord(word), "\(word)") }
        for word in ["temperature", "rose", "", "e", "kelvin", "ça"] {
            #expect(!FigureAmount.Context.mayBeDegreeWord(word), "\(word)")
        }
        // The temperature still tells a degree reading, where it is judged.
        #expect(FigureAmount.Context(FigureLexer.lex("The temperature rose 5 degrees")).temperature)
        #expect(!FigureAmount.Context(FigureLexer.lex("The temperature rose 5 points")).temperature)
    }
}
