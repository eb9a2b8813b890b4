import Testing
@testable import BriefingCore

/// Forms of amounts that wire and newspaper copy writes and the first CLDR-based lexicon missed
/// (the `batch5` unseen-style cases): scales joined by hyphens into adjectives, the wire
/// abbreviations "dlrs" and "cr", the currencies of pre-euro stories, and dashes written as two
/// hyphens. Sentences are modelled on AP, WSJ, Indian and New Yorker copy.
@Suite("Figures: wire and newspaper forms of amounts")
struct FigureWireFormTests {
    struct Case: Sendable, CustomStringConvertible {
        var sentence: String
        var text: String
        var value: Double
        var currency: String?
        var description: String { text }
    }

    /// Money: each sentence gives one figure with these words, value and currency.
    static let money: [Case] = [
        // A scale joined by hyphens, spelled or in digits, before a currency joined or spaced.
        Case(sentence: "They bought a twenty-eight-million-dollar apartment on the Upper West Side.", text: "twenty-eight-million-dollar", value: 28e6, currency: "USD"),
        Case(sentence: "The foundation made a two-million-dollar donation.", text: "two-million-dollar", value: 2e6, currency: "USD"),
        Case(sentence: "The county sold a 50-million-dollar bond.", text: "50-million-dollar", value: 5e7, currency: "USD"),
        Case(sentence: "Regulators imposed a 10-million-euro fine on the bank.", text: "10-million-euro", value: 1e7, currency: "EUR"),
        Case(sentence: "Damage to the school is estimated at one-million dollars.", text: "one-million dollars", value: 1e6, currency: "USD"),
        Case(sentence: "The state ran a three-billion-dollar deficit.", text: "three-billion-dollar", value: 3e9, currency: "USD"),
        // "half-" and "quarter-" before a scale; the article belongs to the noun.
        Case(sentence: "With a half-billion-dollar jackpot up for grabs, sales soared.", text: "half-billion-dollar", value: 5e8, currency: "USD"),
        Case(sentence: "He turned the deficit into a half-billion dollar surplus.", text: "half-billion dollar", value: 5e8, currency: "USD"),
        Case(sentence: "They bought a quarter-million-dollar house.", text: "quarter-million-dollar", value: 2.5e5, currency: "USD"),
        // Wire abbreviations of dollars, before and after the number.
        Case(sentence: "The donation will cost the party about 549,000 marks (dlrs 305,000), parliament said.", text: "dlrs 305,000", value: 305_000, currency: "USD"),
        Case(sentence: "The government approved aid of dlrs 14 billion on Friday.", text: "dlrs 14 billion", value: 14e9, currency: "USD"),
        Case(sentence: "The loan of 50 million dlrs was signed in Beijing.", text: "50 million dlrs", value: 5e7, currency: "USD"),
        Case(sentence: "Exports reached US dlrs 3.2 billion in July.", text: "US dlrs 3.2 billion", value: 3.2e9, currency: "USD"),
        // Crore abbreviated after a rupee sign.
        Case(sentence: "PSU banks report fraud of Rs 95,000 cr in Apr-Sep.", text: "Rs 95,000 cr", value: 9.5e11, currency: "INR"),
        Case(sentence: "The state set aside ₹500 cr for the scheme.", text: "₹500 cr", value: 5e9, currency: "INR"),
        // Shared names in a story of a year before the euro: French francs, Italian lire.
        Case(sentence: "Navigation Mixte's 1989 profit is likely to be 4.7 billion francs.", text: "4.7 billion francs", value: 4.7e9, currency: "FRF"),
        Case(sentence: "A coffee cost 2,000 lira in Rome in 1995.", text: "2,000 lira", value: 2000, currency: "ITL"),
        // The place the sentence names still decides.
        Case(sentence: "In 1998 the Swiss bank earned 2 billion francs.", text: "2 billion francs", value: 2e9, currency: "CHF"),
        Case(sentence: "The central bank posted a loss of 132.5 billion francs.", text: "132.5 billion francs", value: 1.325e11, currency: "CHF"),
        // The article counts one of a currency.
        Case(sentence: "Workers there earn a dollar a day.", text: "a dollar", value: 1, currency: "USD"),
        Case(sentence: "The operator will charge a penny more per call.", text: "a penny", value: 0.01, currency: "GBP"),
        Case(sentence: "Fuel duty rises by a cent per litre.", text: "a cent", value: 0.01, currency: "USD"),
        // A dash of two hyphens before an amount is no minus sign.
        Case(sentence: "Canadian Imperial Bank of Commerce -- 10 billion yen of 5.7% bonds due 1992.", text: "10 billion yen", value: 1e10, currency: "JPY"),
    ]

    @Test(arguments: money)
    func moneyIsRead(_ c: Case) throws {
        let figure = try #require(Figures.first(c.sentence, text: c.text), "found: \(Figures.of(c.sentence).map(\.text))")
        #expect(figure.kind == .money)
        #expect(figure.value == c.value)
        #expect(figure.currency == c.currency)
    }

    /// Other figures: a hyphen-joined scale without a currency, and the numbers after a dash.
    static let others: [Case] = [
        Case(sentence: "A 2-million-strong army marched on the capital.", text: "2-million-strong army", value: 2e6, currency: nil),
        Case(sentence: "About a half-million people still lack power.", text: "half-million people", value: 5e5, currency: nil),
        Case(sentence: "By 44-22 percent -- 44 percent strongly disapprove.", text: "44 percent", value: 44, currency: nil),
        Case(sentence: "The rest of the family -- four years after the flood -- stayed.", text: "four years", value: 4, currency: nil),
        // "pc" of Indian and British copy, spaced from the number.
        Case(sentence: "Retail inflation eased to 2.1 pc in May.", text: "2.1 pc", value: 2.1, currency: nil),
    ]

    @Test(arguments: others)
    func otherFiguresAreRead(_ c: Case) throws {
        let figure = try #require(Figures.first(c.sentence, text: c.text), "found: \(Figures.of(c.sentence).map(\.text))")
        #expect(figure.kind != .money)
        #expect(figure.value == c.value)
    }

    /// Words that are no money or no share: a milestone "mark", a currency name used as an
    /// adjective, "half" of a scale.
    static let notMoney: [String] = [
        "Sales passed the 2 million mark in June.",
        "The film crossed the one million mark in its first week.",
        "Viewers topped the 10-million mark.",
        "They opened a dollar store on Main Street.",
        "Greece is a euro zone country.",
        "The company sold a dollar-denominated bond.",
        "A pound of beef costs more.",
    ]

    @Test(arguments: notMoney)
    func milestonesAndAdjectivesAreNoMoney(_ sentence: String) {
        #expect(!Figures.of(sentence).contains { $0.kind == .money }, "found: \(Figures.of(sentence).map(\.text))")
    }

    @Test(arguments: ["About a half-million people still lack power.", "There were half-a-billion voters.", "Half-a-dozen people were hurt.", "With a half-billion-dollar jackpot up for grabs, sales soared."])
    func aHalfOfAScaleIsNoShare(_ sentence: String) {
        #expect(!Figures.of(sentence).contains { $0.kind == .percent }, "found: \(Figures.of(sentence).map(\.text))")
    }
}
