import Testing
@testable import BriefingCore

@Suite("Figures: percentages")
struct FigurePercentTests {
    @Test(arguments: [
        ("Inflation rose 12 percent last year.", "12 percent", 12.0),
        ("Inflation rose 12% last year.", "12%", 12),
        ("The economy grew 3.5 per cent in the quarter.", "3.5 per cent", 3.5),
        ("Turnout was sixty percent.", "sixty percent", 60),
        ("Support fell to 35 pct.", "35 pct", 35),
        ("The stock gained 0.5 percent.", "0.5 percent", 0.5),
    ] as [(String, String, Double)])
    func percentages(_ sentence: String, _ text: String, _ value: Double) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(figure.kind == .percent && figure.value == value && figure.unit == "percent")
    }

    @Test func percentagePoints() throws {
        let figure = try #require(Figures.first("Rates rose 2 percentage points.", text: "2 percentage points"))
        #expect(figure.kind == .percent && figure.value == 2 && figure.unit == "percentage point")
    }

    @Test(arguments: [
        ("A third of voters stayed home.", 100.0 / 3),
        ("Half of the respondents agreed.", 50),
        ("A quarter of the staff were laid off.", 25),
        ("Two-thirds of the members voted yes.", 200.0 / 3),
    ] as [(String, Double)])
    func sharesAreReadAsPercentages(_ sentence: String, _ value: Double) throws {
        let figure = try #require(Figures.of(sentence).first)
        #expect(figure.kind == .percent)
        #expect(abs(figure.value - value) < 1e-9)
    }

    @Test func percentRange() throws {
        let figure = try #require(Figures.of("Unemployment is expected at 10-12% next year.").first)
        #expect(figure.text == "10-12%" && figure.kind == .range && figure.unit == "percent")
        #expect(figure.low == 10 && figure.high == 12 && figure.value == 10)
    }
}
