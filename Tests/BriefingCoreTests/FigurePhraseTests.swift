import Testing
@testable import BriefingCore

/// "By the numbers": each key figure with the words of its sentence that say what it counts.
@Suite("By the numbers phrases")
struct FigurePhraseTests {
    private func line(_ seed: String, _ figureText: String) throws -> (text: String, phrase: String) {
        let brief = try Repo.brief(seed)
        let figure = try #require(brief.keyFigures.first { $0.text.hasPrefix(figureText) }, "no key figure \(figureText)")
        return (BriefText.figureText(figure), BriefText.figurePhrase(figure))
    }

    @Test func phrasesEndAtTheClauseOrAPreposition() throws {
        #expect(try line("002_e16b816cd6322626.txt", "around 3,000").phrase == "to Russia in January and February")
        #expect(try line("002_e16b816cd6322626.txt", "28.7 trillion").phrase == "worth in revenue for North Korea")
        #expect(try line("000_1f1d99c7f6881882.txt", "roughly 15,000").phrase == "to Russia since October of last year")
        #expect(try line("000_1f1d99c7f6881882.txt", "8,700-ton").phrase == "nuclear-powered submarine was under construction")
    }

    @Test func aShortTailIsLedByTheWordsBefore() throws {
        let shells = try line("002_e16b816cd6322626.txt", "hundreds of thousands")
        #expect(shells.text == "hundreds of thousands of artillery shells", "no stray closing quote")
        #expect(shells.phrase == "the reclusive regime\u{2019}s dispatch of \u{2026} to Russia")
    }

    @Test("the words before a figure start at the verb after the subject and keep the preposition that joins them", arguments: [
        ("Later Mr Abadi will join representatives from 21 countries, including US secretary of state John Kerry.", "21 countries", "join representatives from \u{2026}"),
        ("A driver caught checking his mobile phone has been jailed for six years.", "six years", "jailed for \u{2026}"),
        ("Manchester United was almost eclipsed by the 21-year-old.", "21-year-old", "almost eclipsed by the \u{2026}"),
        ("The island is home to over 93 mammal species.", "over 93 mammal species", "home to \u{2026}"),
        ("That\u{2019}s a total of 10 numbers.", "10 numbers", "a total of \u{2026}"),
        // The other side of a pair says nothing of what is counted.
        ("Clinton beats Trump by 46 percent to 42 percent, according to the poll.", "46 percent", "Clinton beats Trump by \u{2026} to 42 percent"),
        ("The companies will let you go $50 or $100 into the red before they start charging any overdraft fees.", "$50", "let you go \u{2026} or $100"),
        // …hedged or not.
        ("He said he needs $500,000 to more than $1 million to finance his campaign.", "$500,000", "he needs \u{2026} to more than $1 million"),
    ])
    func leadWords(_ sentence: String, _ text: String, _ phrase: String) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(BriefText.figurePhrase(figure) == phrase)
    }

    @Test("a figure set off on its own is told by the clause before it", arguments: [
        ("Problematic cannabis use rose by 37 percent, from 0.90 percent to 1.23 percent, after legalization.",
         "from 0.90 percent to 1.23 percent", "Problematic cannabis use rose by 37 percent"),
        ("VIP : 60,000₩", "60,000₩", "VIP"),
        // …but not by the item before it in a list.
        ("You will need 300 grams of flour, 1 cup sweet peppers, 10 olives, and a pinch of salt.", "10 olives", ""),
    ])
    func figureSetOff(_ sentence: String, _ text: String, _ phrase: String) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(BriefText.figurePhrase(figure) == phrase)
    }

    @Test("a \"--\" typed for a dash ends the clause as a dash does", arguments: [
        ("The helicopter, which can transport 12 people each trip, will take the ship's 52 passengers -- who include the research team and journalists -- to the Chinese icebreaker Xue Long.",
         "52 passengers", "take the ship's \u{2026}"),
        ("Nearly half the money -- $500.8 million --  in this election came from 62 individuals, companies and unions that gave $3million or more apiece.",
         "$500.8 million", "Nearly half the money"),
    ])
    func typedDash(_ sentence: String, _ text: String, _ phrase: String) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(BriefText.figurePhrase(figure) == phrase)
    }

    @Test func aConversionInParenthesesIsNoKeyFigureOfItsOwn() throws {
        let sentence = "Titan, with a diameter of 3,200 miles (5,150 km), is the Solar System's second-biggest moon."
        let picked = KeyFigures.pick(Figures.of(sentence), max: 5).map(\.text)
        #expect(picked == ["3,200 miles"])
    }

    @Test("ages and spans of time are no key figures; amounts in the same sentences are", arguments: [
        ("The 49-year-old had parked his Ford Fiesta, which was worth $3,000, outside.", ["$3,000"]),
        ("The House is six weeks before the election, and 120 employees were laid off.", ["120 employees"]),
        ("He spent 15 years under house arrest before being freed in 2010.", []),
        ("The contract runs for three-and-a-half years and pays 40 percent more.", ["40 percent"]),
    ])
    func timeIsNoKeyFigure(_ sentence: String, _ expected: [String]) {
        let figures = Figures.of(sentence)
        #expect(KeyFigures.pick(figures, max: 5).map(\.text) == expected, "found: \(figures.map { ($0.text, $0.quantity ?? "-") })")
    }

    @Test func anHonorificsPeriodDoesNotEndThePhrase() {
        let sentence = "In 2012, 43 percent of the money to Mr. Obama was from contributors who gave $200 or less."
        let figure = Figure(text: "43 percent", value: 43, kind: .percent, paragraph: 2, context: sentence)
        #expect(BriefText.figurePhrase(figure).hasPrefix("of the money to Mr. Obama"))
    }

    @Test("words of ASCII and words with other characters end a clause alike", arguments: [
        // A clause mark past a closing quote, curly or straight (the stray quote is dropped).
        ("The fund paid out $12 million to local schools this year.\u{201D} Then it stopped.", "to local schools this year."),
        ("The fund paid out $12 million to local schools this year.\" Then it stopped.", "to local schools this year."),
        // A mark joined by a combining accent is no mark: the clause goes on.
        ("The fund paid out $12 million to Jose,\u{0301} Ana and Luis.", "to Jose,\u{0301} Ana and Luis"),
        // A word opening a parenthesis ends the phrase before it; a title keeps its period.
        ("The fund paid out $12 million to local schools (and more later).", "to local schools"),
        ("The fund paid out $12 million to Mr. Lee and his local schools.", "to Mr. Lee and his local schools"),
    ])
    func clauseMarks(_ sentence: String, _ phrase: String) {
        let figure = Figure(text: "$12 million", value: 12e6, currency: "USD", kind: .money, paragraph: 0, context: sentence)
        #expect(BriefText.figurePhrase(figure) == phrase)
    }

    @Test func theReportingFrameBeforeAFigureIsNotWhatItCounts() {
        let sentence = "The Menlo Park, Calif., company said net was $7.4 million, or 22 cents a share."
        let figure = Figure(text: "$7.4 million", value: 7.4e6, currency: "USD", kind: .money, paragraph: 1, context: sentence)
        #expect(BriefText.figurePhrase(figure) == "net was \u{2026}")
    }
}

/// A figure never ends inside a hyphenated compound, which left "— -grader …" or "— -a-year
/// business" in "By the numbers".
@Suite("By the numbers: hyphenated compounds")
struct FigureCompoundTests {
    @Test("an ordinal or a share joined to a word is part of the word, not a figure")
    func ordinalsAndSharesInCompounds() {
        let sentence = "How can you feel good about yourself as a sixth-grader if you\u{2019}re an African-American."
        #expect(Figures.of(sentence).isEmpty)
        #expect(Figures.of("There is plenty to do upon arrival to Ghana's second-biggest city.").isEmpty)
        #expect(Figures.of("Jose Baxter\u{2019}s opener gave the Blades a first-half lead.").isEmpty)
        // Alone, they stay figures; with a unit, a measure.
        #expect(Figures.of("She finished sixth in the final.").first?.kind == .ordinal)
        #expect(Figures.of("A sixth of the budget went to roads.").first?.kind == .percent)
        #expect(Figures.of("The talks lasted a half-hour.").first?.unit == "hour")
    }

    @Test("an amount joined to its rate is one figure, read with the rate")
    func amountWithItsRate() throws {
        let sentence = "In the 1990s, he turned one of his companies, Lenox Healthcare, into a $400-million-a-year business - one of the largest nursing home chains in the country."
        let figure = try #require(Figures.of(sentence).first { $0.currency != nil })
        #expect(figure.text == "$400-million-a-year" && figure.value == 4e8)
        #expect(BriefText.figurePhrase(figure) == "business")
        // The amount alone is what the rate is of.
        let share = try #require(Figures.of("Icahn made a $5-a-share offer for the company.").first)
        let amount = try #require(share.spans?.amount)
        #expect(share.text == "$5-a-share" && String(share.context.unicodeScalars.dropFirst(amount.start).prefix(amount.end - amount.start)) == "$5")
    }

    @Test("a count joined to a noun counts it; 'three-and-a-half' is 3.5")
    func countsInCompounds() throws {
        let bloc = try #require(Figures.of("Although E.U. nations have mustered other joint military efforts in recent years, they have often been criticized for being slow to move during crises, reflecting the difficulty of mobilizing members of a 28-nation bloc on an ad hoc basis.").first)
        #expect(bloc.text == "28-nation bloc" && bloc.value == 28)
        // The compound and its head noun, not the verb after them.
        let jurors = try #require(Figures.of("He said Saturday that he would urge Georgia lawmakers to amend the law to allow a 10-juror majority approve a death penalty.").first)
        #expect(jurors.text == "10-juror majority" && jurors.value == 10)
        let streak = try #require(Figures.of("The Hawks extended their four-game winning streak on Sunday.").first)
        #expect(streak.text == "four-game winning streak" && streak.value == 4)
        #expect(BriefText.figurePhrase(bloc) == "on an ad hoc basis")
        let term = try #require(Figures.of("Fletcher, who has agreed a three-and-a-half year contract, will start.").first)
        #expect(term.text == "three-and-a-half year" && term.value == 3.5 && term.unit == "year")
        #expect(Figures.of("I trained for four-and-a-half years and it is already over.").first?.value == 4.5)
    }

    @Test("'-plus' joined to a number is a lower bound; 'point' joined to a count is its noun")
    func plusAndPointInCompounds() throws {
        let years = try #require(Figures.of("The 30-second spot features a New York Times reporter who has covered Clinton for 15-plus years.").first { $0.value == 15 })
        #expect(years.text == "15-plus years" && years.interval == "[15,)")
        let lead = try #require(Figures.of("According to exit polls, Mitt Romney had a ten-point lead over Obama among men.").first)
        #expect(lead.text == "ten-point lead" && lead.value == 10)
        // "they were playing three-nought-four": number words after the hyphen stay numbers.
        let digits = Figures.of("they were playing three-nought-four")
        #expect(digits.first?.value == 3 && digits.first?.unit == nil && digits.contains { $0.value == 0 })
    }

    @Test("a hyphen spaced from the number after a word is a dash, not a minus")
    func dashBeforeANumber() {
        let minutes = Figures.of("Trump had never been in a debate like this before - 90-plus minutes against a single opponent.")
        #expect(minutes.first?.value == 90)
        #expect(Figures.of("When I look at the statistics they are staggering - 28 times they (the police) have been called.").first?.value == 28)
        #expect(Figures.of("Temperatures fell to -5 degrees overnight.").first?.value == -5)
        #expect(Figures.of("- 20 degrees was the low.").first?.value == -20)
    }
}
