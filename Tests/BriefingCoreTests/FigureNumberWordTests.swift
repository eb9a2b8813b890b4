import Testing
@testable import BriefingCore

@Suite("Figures: numbers written with words")
struct FigureNumberWordTests {
    @Test(arguments: [
        ("two", 2.0), ("a dozen", 12), ("half a dozen", 6), ("tens of thousands", 10_000),
        ("hundreds of thousands", 100_000), ("one hundred and twenty-three", 123), ("1.5 million", 1.5e6),
        ("3 1/2", 3.5), ("twenty-one trillion three hundred", 21_000_000_000_300), ("fifty - two", 52),
        ("three hundred and two dozens", 324), ("five and a half million", 5.5e6), ("one and a half", 1.5),
        ("3 million and a half", 3.5e6), ("two hundred point zero three", 200.03), ("minus five point five", -5.5),
        ("13 lakh", 1.3e6), ("1e10", 1e10), ("1,234,567", 1_234_567), ("1 234 567", 1_234_567),
        ("12,34,567.89", 1_234_567.89), ("4 thousand 3 hundred and 21", 4321), ("-4/5", -0.8), ("10k", 10_000),
        ("quarter million", 250_000), ("two thirds of a million", 2e6 / 3), (".08", 0.08), ("half a million", 5e5),
        ("a quarter of a billion", 2.5e8),
    ] as [(String, Double)])
    func numbersAreRead(_ text: String, _ value: Double) throws {
        let figure = try #require(Figures.of("They counted \(text) there.").first { $0.text.hasPrefix(text) }, "found: \(Figures.of("They counted \(text) there.").map(\.text))")
        let numeral = try #require(figure.spans?.numerals.first)
        #expect(abs(numeral.value - value) <= 1e-9 * max(1, abs(value)))
    }

    @Test func roughCountsAreApproximateAndKeepTheirNoun() throws {
        let figure = try #require(Figures.of("Russia received hundreds of thousands of artillery shells.").first)
        #expect(figure.text == "hundreds of thousands of artillery shells")
        #expect(figure.approximate && figure.unit == "artillery shells" && figure.value == 100_000)
    }

    @Test func countsKeepTheirNounWithoutFillers() throws {
        let figure = try #require(Figures.of("The US will send around 3,000 additional troops.").first)
        #expect(figure.unit == "troops" && figure.value == 3000 && figure.approximate && figure.kind == .count)
    }

    @Test(arguments: [
        ("The 57th Security Consultative Meeting opened.", "57th Security Consultative Meeting", 57.0),
        ("She finished second!", "second", 2), ("It was the twenty-fifth round.", "twenty-fifth round", 25),
        ("The two hundredth anniversary.", "two hundredth anniversary", 200),
    ] as [(String, String, Double)])
    func ordinals(_ sentence: String, _ text: String, _ value: Double) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(figure.kind == .ordinal && figure.value == value)
    }

    @Test(arguments: [
        ("an 8,700-ton submarine", "8,700-ton", 8700.0, "ton", "weight"),
        ("a base 300 km away", "300 km", 300, "kilometer", "length"),
        ("temperatures rose 2.5 degrees Celsius", "2.5 degrees Celsius", 2.5, "degree Celsius", "temperature"),
        ("a 29-year-old man", "29-year-old", 29, "year", "age"),
        ("a 1/4 mile oval", "1/4 mile", 0.25, "mile", "length"),
        ("it runs at 188 miles an hour", "188 miles an hour", 188, "mile per hour", "speed"),
        ("a 660 square meters plot", "660 square meters", 660, "square meter", "area"),
        ("he is 5 feet 2 inches", "5 feet 2 inches", 5 + 2.0 / 12, "foot", "length"),
        ("it was -5 degree fahrenheit", "-5 degree fahrenheit", -5, "degree Fahrenheit", "temperature"),
    ] as [(String, String, Double, String, String)])
    func measures(_ sentence: String, _ text: String, _ value: Double, _ unit: String, _ quantity: String) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(figure.kind == .measure && figure.unit == unit && figure.quantity == quantity)
        #expect(abs(figure.value - value) < 1e-9)
    }
}
