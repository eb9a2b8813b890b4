import Testing
@testable import BriefingCore

@Suite("Figures: numbers that are no figures")
struct FigureNegativeTests {
    @Test(arguments: [
        "The talks were held in 2024.",
        "The war began in February 2022 and ended on March 3.",
        "They met on 5/17/2018 and again on 2024-01-10.",
        "The meeting starts at 10 a.m. and ends at 2:30 pm.",
        "Call 555-123-4567 or +1-222-2222-2222 for details.",
        "The F-16 and the Boeing 737 flew over.",
        "See report_2024.pdf and version 2.3.1 of the app.",
        "It was the 1990s, and COVID-19 had not yet come.",
        "Under Article 5 and Resolution 2231, nothing changed.",
        "The server is at 192.168.1.2.",
        "Which one do you prefer?",
        "Ford sells the F-150 and the 13F filing came late.",
    ])
    func noFigures(_ sentence: String) {
        #expect(Figures.of(sentence).isEmpty, "found: \(Figures.of(sentence).map(\.text))")
    }

    @Test func listNumbersAreSkipped() {
        let figures = Figures.of("it ' s what 1 ) explains and 2 ) cautions that a lake averages two feet deep.")
        #expect(figures.map(\.text) == ["two feet"])
    }

    @Test func yearsInsideFiguresStayOut() {
        let figures = Figures.of("In 2006, 95% of them were younger than three months old.")
        #expect(!figures.contains { $0.value == 2006 })
        #expect(figures.contains { $0.text == "95%" })
    }

    @Test func aFourDigitCountWithCurrencyOrBoundIsKept() {
        #expect(Figures.of("I want to earn $2000 this year.").contains { $0.value == 2000 && $0.kind == .money })
        #expect(Figures.of("The number is above 1000 and below 1500.").contains { $0.kind == .range })
    }
}
