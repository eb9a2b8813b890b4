/// A number with what is written around it: a currency ("$3.2 billion", "28.7 trillion won"),
/// a percent sign or word ("12%", "3.5 per cent", "2 percentage points") or a unit of measure
/// ("8,700-ton", "300 km", "2.5 degrees Celsius", "29 years old").
struct FigureAmount: Sendable, Equatable {
    var number: ParsedNumber
    /// Lexemes `start..<end` hold the amount.
    var start: Int
    var end: Int
    var currency: String?
    /// "50 cents": the number counts hundredths of the currency.
    var isSubunit = false
    var isPercent = false
    var unit: String?
    var quantity: String?
    /// The unit is glued to the digits ("180ml", "29km").
    var unitGlued = false

    /// What the sentence says about degrees: temperature words make "degrees" a temperature.
    /// Told only when a degree is to be judged (few figures are degrees), from the lexemes.
    struct Context: Sendable {
        private let lx: [FigureLexeme]

        static let temperatureWords = ["temperature", "thermostat", "heat", "warm", "hot", "cold", "weather", "celsius", "fahrenheit", "fever", "forecast", "freez", "cool"]
        static let angleWords = ["rotate", "turn", "angle", "tilt"]
        static let degreeWords: LexiconSet = ["degree", "degrees", "deg", "°", "c", "f"]
        private static let degreeFilter = WordLengthFilter(degreeWords)

        /// Whether lower-cased `word` may be one of `degreeWords`, told from its first byte: theirs
        /// are "c", "d", "f" and the first of "°" (0xC2), and no other scalar is canonically
        /// equal to one of theirs. Most lexemes are ruled out before they are hashed.
        @inline(__always)
        static func mayBeDegreeWord(_ word: String) -> Bool {
            // The first byte by subscript: `utf8.first` is a call into the generic collection.
            guard !word.isEmpty else { return false }
            let first = word.utf8[word.utf8.startIndex]
            return first == 0x63 || first == 0x64 || first == 0x66 || first == 0xC2
        }

        init(_ lx: [FigureLexeme]) {
            self.lx = lx
        }

        /// The sentence has a degree sign or word and a word of temperature.
        var temperature: Bool { speaksOf(Self.temperatureWords) }
        /// The sentence has a degree sign or word and a word of turning.
        var angle: Bool { speaksOf(Self.angleWords) }

        private func speaksOf(_ prefixes: [String]) -> Bool {
            // By index, so that no lexeme is copied.
            let filter = Self.degreeFilter, words = Self.degreeWords
            guard lx.indices.contains(where: {
                Self.mayBeDegreeWord(lx[$0].lower) && filter.mayContain(lx[$0].lower) && words.contains(lx[$0].lower)
            }) else { return false }
            return lx.contains { l in l.isWord && prefixes.contains { l.lower.hasPrefix($0) } }
        }
    }

    static func read(_ lx: [FigureLexeme], at i: Int, context: Context) -> FigureAmount? {
        let n = lx.count
        guard i < n else { return nil }
        // "age 87", "aged 87".
        if lx[i].isWord, lx[i].lower == "aged" || lx[i].lower == "age", i + 1 < n, lx[i + 1].isPlainInteger,
           let number = NumberParser.parse(lx, at: i + 1), number.end == i + 2 {
            return FigureAmount(number: number, start: i, end: i + 2, unit: "year", quantity: "age")
        }
        if let one = articleAmount(lx, at: i) { return one }
        var currency: CurrencyLexicon.Match?
        var numberStart = i
        // Only a lexeme that may start a sign can start one found by `prefix`.
        if !lx[i].isNumber, CurrencyLexicon.mayStartSign(lx[i]) {
            for length in 1...CurrencyLexicon.tables.longestSymbol where i + length < n {
                // "$5", "$ five", and "$-5 million", "€−1.2bn" with a minus glued to the digits.
                let j = i + length
                let signed = (lx[j].isSymbol("-") || lx[j].isSymbol("\u{2212}")) && j + 1 < n && lx[j + 1].isNumber && !lx[j + 1].spaced
                // A number must follow the sign: tested before the sign is searched.
                guard lx[j].isNumber || signed || NumberWords.cardinal(lx[j].lower) != nil else { continue }
                if let match = CurrencyLexicon.prefix(lx, before: j), match.start == i {
                    currency = match
                    numberStart = i + length
                    break
                }
            }
        }
        guard var number = NumberParser.parse(lx, at: numberStart, money: currency != nil) else { return nil }
        // "$19 and one-eighth QVC share": a fraction joined to the dollars by "and" that a noun
        // follows counts the noun, not dollars ("$19 and one-eighth." stays 19.125).
        if currency != nil, number.start + 1 < n, lx[number.start].isNumber, lx[number.start + 1].lower == "and", number.end < n,
           lx[number.end].isWord, number.value > lx[number.start].value, number.value < lx[number.start].value + 1,
           CurrencyLexicon.suffix(lx, at: number.end, scaled: false) == nil {
            number = ParsedNumber(value: lx[number.start].value, start: number.start, end: number.start + 1, isSpelled: false)
        }
        if let currency, !number.isOrdinal { number.value *= currency.scale }
        // The number may leave out a word it read past: the article of "a half-billion-dollar jackpot".
        var amount = FigureAmount(number: number, start: currency == nil ? number.start : i, end: number.end, currency: currency?.code)
        if number.isOrdinal { return currency == nil ? amount : nil }
        let k = number.end
        guard k < n else { return amount }
        if amount.readPercent(lx, at: k) { return amount }
        if currency != nil {
            // "$3 million USD", "$90 million AUD": the code after the amount names the dollar.
            if let code = CurrencyLexicon.code(lx, at: k), currency?.code == code || lx[currency!.end - 1].isSymbol("$") {
                amount.currency = code
                amount.end = k + 1
            } else if let match = CurrencyLexicon.suffix(lx, at: k, scaled: true), !match.isSubunit, match.code == currency?.code,
                      lx[k].isWord, lx[k].spaced, match.scale == 1 {
                // "$2 million dollars", "£350 pounds": the sign's currency named again after the amount.
                amount.end = match.end
            } else if lx[k - 1].isNumber, number.end == numberStart + 1, number.value == number.value.rounded(),
                      let minor = CurrencyLexicon.minorAfter(lx, at: k) {
                // "$3 and 50 cents": the hundredths after a whole amount of a sign.
                amount.number.value += minor.value
                amount.end = minor.end
            }
            return amount
        }
        let scaled = number.hasScaleSuffix || (k > 0 && NumberWords.scales[lx[k - 1].lower] != nil)
        // "in 2006 dollars", "in the 2006 dollars": money valued at a year's prices names the year.
        if FigureFilters.isYear(lx, number), number.start > 0, Self.constantPriceWords.contains(lx[number.start - 1].lower)
            || (number.start > 1 && lx[number.start - 1].lower == "the" && lx[number.start - 2].lower == "in"),
           let match = amount.currencyAfter(lx, at: k, scaled: false), match.end == k + 1, !match.isSubunit {
            return nil
        }
        if let match = amount.currencyAfter(lx, at: k, scaled: scaled) {
            amount.apply(match, lx)
            return amount
        }
        // "2 , 500 dollars": thousands set apart by tokenizing, when a currency follows them.
        // Told by the lexemes first, as most numbers before a comma are no such thing ("In 2019, …").
        if k + 2 < n, lx[k].isSymbol(","), lx[k + 1].isPlainInteger, lx[k + 1].spaced, lx[k + 1].text.utf8.count == 3, k == numberStart + 1,
           let money = NumberParser.parse(lx, at: numberStart, money: true), money.end > k + 1, money.end < n,
           let match = amount.currencyAfter(lx, at: money.end, scaled: money.hasScaleSuffix || NumberWords.scales[lx[money.end - 1].lower] != nil) {
            amount.number = money
            amount.apply(match, lx)
            return amount
        }
        // "3m USD": a glued "m" is millions when a currency follows.
        if k + 1 < n, lx[k].isWord, lx[k].text == "m", !lx[k].spaced, let money = NumberParser.parse(lx, at: numberStart, money: true),
           money.end == k + 1, let match = CurrencyLexicon.suffix(lx, at: k + 1, scaled: true) {
            amount.number = money
            amount.apply(match, lx)
            return amount
        }
        amount.readUnit(lx, at: k, context: context)
        return amount
    }

    /// "a dollar a day", "not a penny more": the article counts one of a currency whose name
    /// is no other word ("a pound" weighs, "a yen" is a longing), when what follows ends the
    /// amount rather than making the name an adjective ("a dollar store", "a euro zone country").
    private static func articleAmount(_ lx: [FigureLexeme], at i: Int) -> FigureAmount? {
        let n = lx.count
        guard lx[i].isWord, lx[i].lower == "a" || lx[i].lower == "an", i + 1 < n, lx[i + 1].spaced, CurrencyNewsForms.articleNames.contains(lx[i + 1].lower),
              lx[i + 1].text == lx[i + 1].lower, let match = CurrencyLexicon.suffix(lx, at: i + 1, scaled: false), match.end == i + 2 else { return nil }
        if i + 2 < n {
            let next = lx[i + 2]
            if next.isSymbol("-") && !next.spaced || next.isWord && !CurrencyNewsForms.afterArticleAmount.contains(next.lower) { return nil }
        }
        let number = ParsedNumber(value: 1, start: i, end: i + 1)
        return FigureAmount(number: number, start: i, end: i + 2, currency: match.code, isSubunit: match.isSubunit)
    }

    /// The currency written after the amount: "28.7 trillion won", "3m USD", "a 10-cent dividend",
    /// "a one-euro fee"; "won" before another number is the verb ("won 3 to 1").
    private func currencyAfter(_ lx: [FigureLexeme], at k: Int, scaled: Bool) -> CurrencyLexicon.Match? {
        let n = lx.count
        if lx[k].isSymbol("-"), !lx[k].spaced, k + 1 < n, !lx[k + 1].spaced, lx[k + 1].isWord,
           let match = CurrencyLexicon.suffix(lx, at: k + 1, scaled: true), match.end == k + 2 || lx[match.end - 1].isWord {
            // "a 260-pound forward" is a weight, "a 5-pound note" money: a name that is also a
            // weight or a grade is money before a word of money.
            if CurrencyNewsForms.needsScale.contains(lx[k + 1].lower),
               !(match.end < n && CurrencyNewsForms.moneyNouns.contains(lx[match.end].lower)) { return nil }
            // "a $5-a-share offer" keeps its dollar; "the 10-cent-a-word rate" its cents.
            return match
        }
        guard let match = CurrencyLexicon.suffix(lx, at: k, scaled: scaled) else { return nil }
        if lx[k].isWord, lx[k].lower == "won", !scaled, lx[k].spaced, k + 1 < n, lx[k + 1].isNumber { return nil }
        // "passed the 2 million mark": a mark in the singular after more than one is a milestone.
        if lx[k].lower == "mark", match.end == k + 1, number.value != 1 { return nil }
        return match
    }

    /// Takes the currency found after the amount, with the hundredths that follow a whole
    /// amount ("5 dollars and 50 cents", "two pounds 20 pence").
    private mutating func apply(_ match: CurrencyLexicon.Match, _ lx: [FigureLexeme]) {
        currency = match.code
        isSubunit = match.isSubunit
        end = match.end
        number.value *= match.scale
        if !match.isSubunit, let minor = CurrencyLexicon.minorAfter(lx, at: match.end) {
            number.value += minor.value
            end = minor.end
        }
    }

    /// "%", "％", "percent(s)", "per cent(s)", "pct", "percentage", "percentage points", "basis points", "bps";
    /// "half a percentage point", "a quarter of a percentage point"; joined by hyphens as
    /// adjectives: "a 10-percent stake", "a 25-basis-point cut", "a 0.5 percentage-point rise".
    private mutating func readPercent(_ lx: [FigureLexeme], at start: Int) -> Bool {
        let n = lx.count
        var k = start
        // "half a percentage point", "a quarter of a percentage point".
        if k > 0, lx[k - 1].isWord, NumberWords.denominators[lx[k - 1].lower] != nil {
            if lx[k].lower == "a", k + 1 < n { k += 1 } else if lx[k].lower == "of", k + 2 < n, lx[k + 1].lower == "a" { k += 2 }
        }
        /// The lexeme after `i`, past a hyphen that joins words ("basis-point").
        func next(_ i: Int) -> Int? {
            var j = i + 1
            if j < n, lx[j].isSymbol("-"), !lx[j].spaced, j + 1 < n, !lx[j + 1].spaced { j += 1 }
            return j < n ? j : nil
        }
        if lx[k].isSymbol("-"), !lx[k].spaced, k + 1 < n, !lx[k + 1].spaced, lx[k + 1].isWord { k += 1 }
        let w = lx[k].lower
        guard Self.percentStarts.contains(w) else { return false }
        let second = next(k).map { lx[$0].lower }
        var end: Int
        if lx[k].isSymbol("%") || lx[k].isSymbol("％") || w == "percent" || w == "percents" || w == "pct" || w == "pc" && (!lx[k].spaced || lx[k].text == "pc") {
            end = k + 1
        } else if w == "p", k + 3 < n, lx[k + 1].isSymbol("."), lx[k + 2].lower == "c", lx[k + 3].isSymbol("."), !lx[k + 2].spaced {
            // "5 p.c." in Indian and older British copy.
            end = k + 4
        } else if w == "per", second == "cent" || second == "cents" {
            end = next(k)! + 1
        } else if w == "percentage", second == "point" || second == "points" {
            (isPercent, unit, self.end) = (true, "percentage point", next(k)! + 1)
            return true
        } else if w == "percentage", lx[k].spaced {
            // "thirty percentage" in the poll.
            end = k + 1
        } else if w == "basis", second == "point" || second == "points" {
            (isPercent, unit, self.end) = (true, "basis point", next(k)! + 1)
            return true
        } else if w == "pp" && !lx[k].spaced || w == "ppt" || w == "ppts", !(k + 1 < n && !lx[k + 1].spaced && lx[k + 1].isWord) {
            // "0.5pp", "2 ppts": percentage points as UK copy abbreviates them; a spaced "pp" is pages.
            (isPercent, unit, self.end) = (true, "percentage point", k + 1)
            return true
        } else if w == "bps" || w == "bp", !(k + 1 < n && !lx[k + 1].spaced && lx[k + 1].isWord) {
            (isPercent, unit, self.end) = (true, "basis point", k + 1)
            return true
        } else {
            return false
        }
        // "2 percent points", "2 pct pts".
        if let after = next(end - 1), lx[after].spaced || lx[after - 1].isSymbol("-"), ["points", "point", "pts", "pt"].contains(lx[after].lower) {
            unit = "percentage point"
            end = after + 1
        } else {
            unit = "percent"
        }
        isPercent = true
        self.end = end
        return true
    }

    /// The lexemes a percent sign or word read by `readPercent` starts with.
    private static let percentStarts: LexiconSet = ["%", "％", "percent", "percents", "pct", "pc", "p", "per", "percentage", "basis", "bps", "bp", "pp", "ppt", "ppts"]

    /// Words before a year that values money at that year's prices: "in 2006 dollars", "constant
    /// 2010 euros", "inflation-adjusted 1990 dollars" ("the 2000 dollars he owed" stays money).
    private static let constantPriceWords: LexiconSet = ["in", "constant", "real", "adjusted"]

    private mutating func readUnit(_ lx: [FigureLexeme], at k: Int, context: Context) {
        let n = lx.count
        var u = k
        var hyphen = false
        if lx[u].isSymbol("-"), !lx[u].spaced, u + 1 < n, !lx[u + 1].spaced, lx[u + 1].isWord { u += 1; hyphen = true }
        var closer: String?
        var close: String?
        // Brackets are symbols: the text of another lexeme is none.
        if lx[u].kind == .symbol {
            close = switch lx[u].text {
            case "(": ")"
            case "[": "]"
            case "{": "}"
            case "<": ">"
            default: nil
            }
        }
        if let close, u + 2 < n { closer = close; u += 1 }
        // "87 yo".
        if lx[u].isWord, lx[u].lower == "yo", closer == nil {
            (unit, quantity, end) = ("year", "age", u + 1)
            return
        }
        // A quote mark is inches only when it stands apart and closes no quotation: 10 ".
        if lx[u].isSymbol("\""), !lx[u].spaced || lx[..<u].filter({ $0.text == "\"" }).count % 2 == 1 { return }
        guard var match = UnitLexicon.unit(lx, at: u) else {
            // "30C", "95F" in a sentence about the weather.
            let w = lx[u].text
            if !lx[u].spaced, !hyphen, closer == nil, w == "C" || w == "F" || w == "c" || w == "f",
               !(u + 1 < n && !lx[u + 1].spaced && (lx[u + 1].isSymbol("/") || lx[u + 1].isSymbol("-"))), context.temperature {
                (unit, quantity, end) = (w.uppercased() == "C" ? "degree Celsius" : "degree Fahrenheit", "temperature", u + 1)
            }
            return
        }
        if let closer {
            guard match.end < n, lx[match.end].text == closer else { return }
            match.end += 1
        }
        // "L-202": a letter and a number make a code.
        if match.end + 1 < n, lx[match.end].isSymbol("-"), !lx[match.end].spaced, lx[match.end + 1].isNumber { return }
        if match.end < n, !lx[match.end].spaced, lx[match.end].isWord || lx[match.end].isNumber { return }
        var name = match.name
        var quantity = match.quantity
        var end = match.end
        // Ages: "29 years old", "a 29-year-old", "ninety five years of age", "90 day old".
        if quantity == "duration", ["year", "month", "week", "day"].contains(name) {
            if end < n, lx[end].lower == "old" {
                quantity = "age"
                end += 1
            } else if end + 1 < n, lx[end].isSymbol("-"), lx[end + 1].lower == "old" {
                quantity = "age"
                end += 2
            } else if end + 1 < n, lx[end].lower == "of", lx[end + 1].lower == "age" {
                quantity = "age"
                end += 2
            }
        }
        if name == "degree" {
            if context.temperature || (lx[u].text == "°" && !context.angle) { quantity = "temperature" }
            if lx[u].lower == "deg", end < n, lx[end].isSymbol("."), !lx[end].spaced { end += 1 }
        }
        // "12 ft 2 in", "5 feet and 2 inches".
        if name == "foot", let (inches, after) = inchesAfter(lx, end) {
            number.value += inches / 12
            end = after
        }
        if quantity == "temperature", name == "degree Celsius" || name == "degree Fahrenheit" || name == "kelvin" || name == "degree" {
            name = name == "degree" ? "degree" : name
        }
        unit = name
        self.quantity = quantity
        unitGlued = !lx[u].spaced && !hyphen && closer == nil
        self.end = end
    }

    private func inchesAfter(_ lx: [FigureLexeme], _ k: Int) -> (Double, Int)? {
        var j = k
        if j < lx.count, lx[j].lower == "and" { j += 1 }
        guard j + 1 < lx.count, lx[j].isNumber, lx[j].value < 12 else { return nil }
        let w = lx[j + 1].lower
        guard w == "in" || w == "inch" || w == "inches" else { return nil }
        return (lx[j].value, j + 2)
    }
}
