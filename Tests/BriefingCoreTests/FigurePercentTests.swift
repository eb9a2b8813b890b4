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
        ("profit margins widened by 15 percents last year .", "15 percents", 15),
        ("turnout was 62 per cents in the north .", "62 per cents", 62),
        ("the approval figure stood at thirty percentage in the poll .", "thirty percentage", 30),
    ] as [(String, String, Double)])
    func percentages(_ sentence: String, _ text: String, _ value: Double) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(figure.kind == .percent && figure.value == value && figure.unit == "percent")
    }

    @Test func marginOfErrorIsNoNegative() throws {
        let figure = try #require(Figures.first("The margin of error is plus or minus 4 percentage points.", text: "4 percentage points"))
        #expect(figure.value == 4)
        #expect(Figures.first("It was minus 4 degrees.", text: "minus 4 degrees")?.value == -4)
    }

    @Test func abbreviatedPercentagePoints() throws {
        let glued = try #require(Figures.first("The ratio improved by 0.5pp in the quarter.", text: "0.5pp"))
        #expect(glued.kind == .percent && glued.unit == "percentage point" && glued.value == 0.5)
        #expect(Figures.first("Margins fell 2 ppts on the year.", text: "2 ppts")?.unit == "percentage point")
        // A spaced "pp" is pages.
        #expect(Figures.of("The chapter runs to 40 pp of notes.").allSatisfy { $0.kind != .percent })
    }

    @Test func aHyphenGluedToAPercentSignIsNoMinus() {
        let shares = Figures.of("Votes: 50.5%-49.5%.").filter { $0.kind == .percent || $0.unit == "percent" }
        #expect(!shares.contains { $0.value < 0 }, "\(shares.map(\.text))")
        // A minus apart from the sign before it stays a minus.
        #expect(Figures.first("Growth was 2% and -0.5% last year.", text: "-0.5%")?.value == -0.5)
    }

    @Test func percentagePoints() throws {
        let figure = try #require(Figures.first("Rates rose 2 percentage points.", text: "2 percentage points"))
        #expect(figure.kind == .percent && figure.value == 2 && figure.unit == "percentage point")
    }

    @Test(arguments: [
        ("The Fed lifted rates by 25 basis points.", "25 basis points", 25.0, "basis point"),
        ("Ten-year yields rose 15 bps.", "15 bps", 15, "basis point"),
        ("The ECB raised rates by 50bp in July.", "50bp", 50, "basis point"),
        ("Its market share rose to 18％ in China.", "18％", 18, "percent"),
        ("The bank cut its prime rate by half a percentage point.", "half a percentage point", 0.5, "percentage point"),
        ("Rates were cut by a quarter of a percentage point.", "a quarter of a percentage point", 0.25, "percentage point"),
        ("Prices rose half a percent in May.", "half a percent", 0.5, "percent"),
        ("Analysts see a 25-basis-point cut.", "25-basis-point", 25, "basis point"),
        ("The bank expects a 0.5 percentage-point rise.", "0.5 percentage-point", 0.5, "percentage point"),
        ("Support is down 2 pct pts.", "2 pct pts", 2, "percentage point"),
        ("Taxes rose 5 per-cent.", "5 per-cent", 5, "percent"),
        ("It bought a 10-percent stake.", "10-percent", 10, "percent"),
        ("Prices are 5 p.c. higher.", "5 p.c.", 5, "percent"),
    ] as [(String, String, Double, String)])
    func basisPointsAndFractionsOfAPoint(_ sentence: String, _ text: String, _ value: Double, _ unit: String) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(figure.kind == .percent && abs(figure.value - value) < 1e-9 && figure.unit == unit)
    }

    @Test func urlEncodedTextHoldsNoPercent() {
        let sentence = "The report is at https://example.com/annual%20report%202024.pdf on the website."
        #expect(Figures.of(sentence).allSatisfy { $0.kind != .percent }, "\(Figures.of(sentence).map(\.text))")
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
