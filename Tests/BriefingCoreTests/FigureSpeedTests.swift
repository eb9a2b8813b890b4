import Testing
@testable import BriefingCore

@Suite("Figures: what is read once or in place gives what is made again")
struct FigureSpeedTests {
    /// Paragraphs of news copy: several sentences with preposed, postposed and "according to"
    /// sources, pronoun subjects, curly quotes, dashes, non-ASCII names, an empty paragraph and
    /// a long one.
    static let paragraphs = [
        "The government has set aside 6.9 billion dollars for the program, roughly 34 percent more than last year, according to budget documents seen by reporters. Analysts said the plan would affect more than 62,000 workers and 4 regional ports.",
        "\u{201C}We expect 3,000 more troops by May,\u{201D} said Park Yong-han, a researcher at the Korea Institute for Defense Analyses. South Korea\u{2019}s intelligence agency estimated that the North had 50 warheads, and it believes 20 more are planned.",
        "",
        "Zürich’s café owners – 40 of them – told the council that rents rose 12%. The ministry said in a statement on Friday that it had received 186 public comments; Dow Jones said it believes the 2 deals are worth $5bn.",
        "Two years ago, a similar proposal collapsed after 17 days of negotiations, when delegates could not agree on how to share the costs, which were then estimated at 16 trillion won.   Industry groups warned that prices could rise by 10 to 20 percent, the association said.",
        String(repeating: "Officials in Washington said the energy plan could cost 2 billion dollars over the next 5 years, according to the NIS. ", count: 40),
        "Mr. Ahn, who heads the Bank of Korea’s research unit, put the toll at 300. A reward announced earlier by the attorney general was 5,000 dollars, the police reported.",
    ]

    private static func article(_ paragraphs: [String]) -> Article {
        Article(source: "case.txt", slug: "case", title: "Case", paragraphs: paragraphs.map { Paragraph(text: $0) })
    }

    @Test func sourcesFromAParagraphsTokensAreThoseOfItsSentences() {
        for text in Self.paragraphs {
            let scalars = text.unicodeScalarArray
            let tokens = Tokenizer.tokens(text, scalars: scalars)
            for sentence in SentenceSplitter.split(text, scalars: scalars) {
                let own = FigureSource.attributions(in: sentence.text, scalars: Array(scalars[sentence.start..<sentence.end]))
                #expect(FigureExtractor.attributions(scalars, tokens, of: sentence) == own, "\(sentence.text)")
            }
        }
    }

    @Test func figuresWithTokensAtHandAreThoseWithout() {
        let article = Self.article(Self.paragraphs)
        let scalars = article.paragraphs.map { $0.text.unicodeScalarArray }
        let tokens = zip(article.paragraphs, scalars).map { Tokenizer.tokens($0.text, scalars: $1) }
        let sentences = zip(article.paragraphs, scalars).map { SentenceSplitter.split($0.text, scalars: $1) }
        let plain = FigureExtractor().extract(article)
        #expect(plain.contains { $0.source != nil })
        #expect(FigureExtractor().extract(article, scalars: scalars, sentences: sentences, tokens: tokens) == plain)
    }

    @Test("a number lexeme's plain digits are told once as from its text", arguments: FigureFastPathTests.sentences + paragraphs)
    func plainIntegersAreToldOnce(_ sentence: String) {
        for l in FigureLexer.lex(sentence) + FigureLexer.lex(sentence, splittingCurrencies: false) {
            #expect(l.isPlainInteger == (l.isNumber && !l.isDecimal && l.text.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }), "\(l.text)")
        }
    }

    @Test func capitalsOfASCIIWordsAreThoseOfTheirCharacters() {
        for word in FigureFastPathTests.words + ["Boeing", "NASA", "B", "b", "iPhone", "X2", "McDonald's", "ÉTAT", "État", "", "A1", "7up"] {
            guard let ascii = FigureFilters.asciiCapitals(word) else {
                #expect(word.utf8.contains { $0 >= 0x80 } || word.isEmpty, "\(word)")
                continue
            }
            let first = word.unicodeScalars.first!
            #expect(ascii.capitalized == (first.properties.isUppercase && word.count > 1), "\(word)")
            #expect(ascii.hasLower == (word.uppercased() != word), "\(word)")
        }
    }
}

@Suite("Figures: what is told only when asked gives what was told at once")
struct FigureLazySpeedTests {
    @Test(arguments: [
        ("The temperature rose 5 degrees on Monday.", true, false),
        ("Turn the dial 90 degrees to the left.", false, true),
        ("It was 30C in the shade as the heat wave went on.", true, false),
        ("The weather turned, and the index rose 5 points.", false, false),
        ("Rotate it 45° when the water is hot.", true, true),
    ])
    func degreesAreJudgedAsBefore(_ sentence: String, _ temperature: Bool, _ angle: Bool) {
        let context = FigureAmount.Context(FigureLexer.lex(sentence))
        #expect(context.temperature == temperature)
        #expect(context.angle == angle)
    }

    @Test func keysJoinLowerCasedLexemes() {
        let lx = FigureLexer.lex("More Than 5 Million South Korean won")
        #expect(FigureLexeme.key(lx, 0..<1) == "more")
        #expect(FigureLexeme.key(lx, 0..<2) == "more than")
        #expect(FigureLexeme.key(lx, 4..<7) == "south korean won")
    }
}

@Suite("Figures: quick tests agree with the plain ones")
struct FigureQuickTestSpeedTests {
    @Test func digitsAreFoundInEveryBlockOfScalars() {
        // A digit or a fraction at every place of texts longer than a block, with curly quotes.
        for mark: Unicode.Scalar in ["7", "½", "0", "9"] {
            for length in [1, 31, 32, 33, 64, 65, 100] {
                for place in 0..<length {
                    var scalars = Array(repeating: Unicode.Scalar("x"), count: length)
                    if length > 3 { scalars[length / 2] = "\u{201C}" }
                    scalars[place] = mark
                    #expect(scalars.withUnsafeBufferPointer { FigurePrefilter.hasDigit($0) }, "\(length) \(place)")
                }
            }
        }
        let none = Array("No digit here, “quoted” – or ⅟ and ½́ aside: \u{2070}\u{00B2}".unicodeScalars) + Array(repeating: "a", count: 40)
        let plain = none.contains { $0.value &- 0x30 < 10 || NumberWords.vulgarFractions[$0.value] != nil }
        #expect(none.withUnsafeBufferPointer { FigurePrefilter.hasDigit($0) } == plain)
        #expect(![Unicode.Scalar]().withUnsafeBufferPointer { FigurePrefilter.hasDigit($0) })
    }

    @Test func generalPunctuationHoldsNoLetter() {
        for value in UInt32(0x2000)..<0x2070 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(!scalar.properties.isAlphabetic, "\(value)")
        }
        // A number word after curly quotes and dashes, and one past ASCII.
        #expect(FigurePrefilter.mayHoldFigure(Array("“Three” — he said".unicodeScalars)[...]))
        #expect(!FigurePrefilter.mayHoldFigure(Array("“None” — he said, ‘never’…".unicodeScalars)[...]))
    }

    /// `Token.isWord` tells ASCII first bytes without a property look-up: the same answer.
    @Test func tokensAreWordsWhenTheirFirstScalarIsAlphabetic() {
        for sentence in FigureFastPathTests.sentences + FigureSpeedTests.paragraphs + ["Émile Zoé ½ 3rd «Ça» — ΑΘΗΝΑ, 東京 _x_ @y"] {
            for token in Tokenizer.tokens(sentence) {
                #expect(token.isWord == token.text.unicodeScalars.first!.properties.isAlphabetic, "\(token.text)")
            }
        }
        #expect(!Token(text: "", start: 0, end: 0).isWord)
    }

    /// `MonthNames` rules words out by their first letter before it looks them up: every name,
    /// in any case and with a period, is still found, and the other words are not.
    @Test func wordsOfNoMonthAreToldByTheirFirstLetter() {
        let months = MonthNames.full.map { $0.lowercased() }
        var monthOf: [String: Int] = ["sept": 9]
        for (i, name) in months.enumerated() { (monthOf[name], monthOf[String(name.prefix(3))]) = (i + 1, i + 1) }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var dayOf: [String: Int] = ["tues": 2, "wed": 3, "thur": 4, "thurs": 4]
        for (i, name) in days.enumerated() { (dayOf[name], dayOf[String(name.prefix(3))]) = (i + 1, i + 1) }
        let names = Array(monthOf.keys) + Array(dayOf.keys)
        let others = FigureFastPathTests.words + ["in", "the", "percent", "troops", "1", "", "ápril", "\u{212A}", "year", "week", "Kelvin", "zero"]
        for word in names + names.map(\.capitalized) + names.map({ $0.uppercased() + "." }) + others {
            var plain = word.lowercased()
            if plain.hasSuffix(".") { plain.removeLast() }
            #expect(MonthNames.month(word) == monthOf[plain], "\(word)")
            #expect(MonthNames.weekday(word) == dayOf[plain], "\(word)")
        }
    }
}
