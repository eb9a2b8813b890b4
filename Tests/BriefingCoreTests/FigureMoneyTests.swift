import Testing
@testable import BriefingCore

@Suite("Figures: money")
struct FigureMoneyTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var text: String
        var value: Double
        var currency: String
        var description: String { text }
    }

    static let cases: [Case] = [
        Case(sentence: "The deal is worth $3.2 billion, officials said.", text: "$3.2 billion", value: 3.2e9, currency: "USD"),
        Case(sentence: "It raised US$ 1.5 million from investors.", text: "US$ 1.5 million", value: 1.5e6, currency: "USD"),
        Case(sentence: "It raised €40m from investors.", text: "€40m", value: 4e7, currency: "EUR"),
        Case(sentence: "He was fined £250,000 by the regulator.", text: "£250,000", value: 250_000, currency: "GBP"),
        Case(sentence: "The ministry spent ¥500 billion on the program.", text: "¥500 billion", value: 5e11, currency: "JPY"),
        Case(sentence: "Seoul agreed to pay 28.7 trillion won over five years.", text: "28.7 trillion won", value: 2.87e13, currency: "KRW"),
        Case(sentence: "Beijing pledged 1.5 billion yuan in aid.", text: "1.5 billion yuan", value: 1.5e9, currency: "CNY"),
        Case(sentence: "The bonds raised 300 million yen.", text: "300 million yen", value: 3e8, currency: "JPY"),
        Case(sentence: "Farmers will receive 20 billion rupees.", text: "20 billion rupees", value: 2e10, currency: "INR"),
        Case(sentence: "The company paid 5 million dollars in damages.", text: "5 million dollars", value: 5e6, currency: "USD"),
        Case(sentence: "Brussels will provide 2 million euros.", text: "2 million euros", value: 2e6, currency: "EUR"),
        Case(sentence: "Shares fell 45 cents in early trading.", text: "45 cents", value: 0.45, currency: "USD"),
        Case(sentence: "The company reported a $5bn loss.", text: "$5bn", value: 5e9, currency: "USD"),
        Case(sentence: "The budget sets aside USD 3 million for training.", text: "USD 3 million", value: 3e6, currency: "USD"),
        Case(sentence: "Exports fell to HK$10.05 billion.", text: "HK$10.05 billion", value: 1.005e10, currency: "HKD"),
        Case(sentence: "The contract is valued at C$16.4 million.", text: "C$16.4 million", value: 1.64e7, currency: "CAD"),
        Case(sentence: "The bank has €2.5bn in reserves.", text: "€2.5bn", value: 2.5e9, currency: "EUR"),
        Case(sentence: "It costs 2mil SEK a year.", text: "2mil SEK", value: 2e6, currency: "SEK"),
        Case(sentence: "The unit booked $-5 million in the year.", text: "$-5 million", value: -5e6, currency: "USD"),
        Case(sentence: "Operating profit was €\u{2212}1.2bn.", text: "€\u{2212}1.2bn", value: -1.2e9, currency: "EUR"),
    ]

    @Test(arguments: cases)
    func moneyIsNormalized(_ c: Case) throws {
        let figure = try #require(Figures.first(c.sentence, text: c.text), "found: \(Figures.of(c.sentence).map(\.text))")
        #expect(figure.kind == .money)
        #expect(figure.value == c.value)
        #expect(figure.currency == c.currency)
        #expect(figure.unit == nil)
    }

    @Test func hedgedMoneyIsApproximate() throws {
        let figure = try #require(Figures.first("Sales reached about $14 million last year.", text: "about $14 million"))
        #expect(figure.approximate && figure.value == 14e6 && figure.currency == "USD")
    }

    @Test func anArticleBeforeTheDollarIsNoAustralianDollar() throws {
        let figure = try #require(Figures.of("They signed a $3 billion deal.").first)
        #expect(figure.currency == "USD" && figure.text == "$3 billion")
    }

    @Test func moneyRangeKeepsItsCurrency() throws {
        let figure = try #require(Figures.of("The plant will cost $3 billion to $4 billion.").first)
        #expect(figure.kind == .range && figure.currency == "USD" && figure.low == 3e9 && figure.high == 4e9)
        #expect(figure.interval == "[3000000000,4000000000]")
    }

    @Test func rangeSharesTheScaleOfItsUpperBound() throws {
        let figure = try #require(Figures.of("The deal is worth $3-4 million.").first)
        #expect(figure.kind == .range && figure.currency == "USD" && figure.low == 3e6 && figure.high == 4e6)
    }

    @Test func twoScaledAmountsJoinedByAndStayTwo() {
        let figures = Figures.of("The fund holds USD 5bn and 3 billion USD.")
        #expect(figures.map(\.text) == ["USD 5bn", "3 billion USD"])
        #expect(figures.map(\.value) == [5e9, 3e9])
    }

    @Test func composedOfAUnitAndItsMinorUnit() throws {
        let figure = try #require(Figures.first("The shares closed at 5 dollars and 50 cents.", text: "5 dollars and 50 cents"))
        #expect(figure.currency == "USD" && abs(figure.value - 5.5) < 1e-9)
    }
}
