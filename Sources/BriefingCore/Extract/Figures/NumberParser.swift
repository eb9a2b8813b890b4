/// A number read from lexemes `start..<end`, with its value.
struct ParsedNumber: Sendable, Equatable {
    var value: Double
    var start: Int
    var end: Int
    /// "57th", "twenty-fifth", "first".
    var isOrdinal = false
    /// A share written as a fraction: "two thirds", "half", "1/4", "one in five".
    var isFraction = false
    /// A rough count: "hundreds of thousands", "dozens".
    var isRough = false
    /// Written only with words ("three", "a dozen").
    var isSpelled = true
    /// A scale written glued after the digits ("100k", "$5bn").
    var hasScaleSuffix = false
}

/// Reads numbers written with digits, words or both: "15,000", "1.5 million", "3 1/2",
/// "one hundred and twenty-three", "a dozen", "tens of thousands", "two thirds", "57th",
/// "twenty-first", "-5", "minus five point five", "1e10", "$5bn" (with `money`).
enum NumberParser {
    /// The number starting at lexeme `i`, if one does.
    /// - Parameter money: a currency precedes, so a glued "m" reads as million ("€40m").
    static func parse(_ lx: [FigureLexeme], at i: Int, money: Bool = false) -> ParsedNumber? {
        guard i < lx.count, mayStart(lx[i]) else { return nil }
        return read(lx, at: i, money: money)
    }

    /// `parse` without its `mayStart` test: the grammar tried at lexeme `i` (before the end),
    /// whatever it is. Tests ask it at the lexemes `mayStart` turns away.
    static func read(_ lx: [FigureLexeme], at i: Int, money: Bool) -> ParsedNumber? {
        // Digits have no sign before them here; read in place, as a copy of the lexeme retains its strings.
        if lx[i].isNumber { return parseUnsigned(lx, at: i, money: money) }
        let l = lx[i]
        // A sign: "-5", "- 20 degrees", "minus five", "negative one".
        if l.isWord && signWords.contains(l.lower) || ((l.isSymbol("-") || l.isSymbol("\u{2212}")) && minusAllowed(lx, i)) {
            // "plus or minus 4 points": a margin, whose number is read on its own.
            if l.lower == "minus", i >= 2, lx[i - 1].lower == "or", lx[i - 2].lower == "plus" { return nil }
            guard var number = parseUnsigned(lx, at: i + 1, money: money), !number.isOrdinal else { return nil }
            if l.isWord, !lx[i + 1].isWord, !lx[i + 1].isNumber { return nil }
            number.value = -number.value
            number.start = i
            if l.isWord { number.isSpelled = number.isSpelled && true }
            return number
        }
        // "AMD +0.26%": a plus glued to the digits of a change.
        if l.isSymbol("+"), plusAllowed(lx, i), var number = parseUnsigned(lx, at: i + 1, money: money), !number.isOrdinal {
            number.start = i
            return number
        }
        return parseUnsigned(lx, at: i, money: money)
    }

    /// Whether a number may start at `l`, as `parse` reads one: digits, a sign ("-", "−", "+")
    /// or a word of `starts` (every word `parse`, `roughCount` and `SpelledNumber` read
    /// first); most words and symbols are none, told before the grammar is tried.
    @inline(__always)
    static func mayStart(_ l: FigureLexeme) -> Bool {
        switch l.kind {
        case .number: true
        case .symbol: l.text == "-" || l.text == "\u{2212}" || l.text == "+"
        case .word: startFilter.mayContain(l.lower) && starts.contains(l.lower)
        }
    }

    /// The words a number may start with: those `SpelledNumber` reads (the number words, "a",
    /// "an" and "and"), the signs and the words before a rough count's scale.
    static let starts = LexiconSet(SpelledNumber.words.union(signWords.words).union(roughLeads.words))

    /// Words of a negative sign: "minus five", "negative one".
    private static let signWords: LexiconSet = ["minus", "negative"]

    /// Words before a scale in a rough count: "several hundred", "a few thousand".
    private static let roughLeads: LexiconSet = ["several", "few", "many"]
    private static let startFilter = WordLengthFilter(starts)

    /// A plus is a sign when glued to the digits after it and apart from what precedes it
    /// ("+0.26%", "(+3%)"), not between numbers ("2+2").
    private static func plusAllowed(_ lx: [FigureLexeme], _ i: Int) -> Bool {
        guard i + 1 < lx.count, lx[i + 1].isNumber, !lx[i + 1].spaced else { return false }
        return i == 0 || lx[i].spaced || lx[i - 1].isSymbol("(")
    }

    /// A hyphen is a minus sign before a number unless it joins two numbers ("10-12") or a
    /// designator and its number ("F-16", "SCP-173").
    private static func minusAllowed(_ lx: [FigureLexeme], _ i: Int) -> Bool {
        guard i + 1 < lx.count, lx[i + 1].isNumber || lx[i + 1].isWord else { return false }
        if lx[i + 1].isWord, NumberWords.cardinal(lx[i + 1].lower) == nil { return false }
        guard i > 0 else { return true }
        let prev = lx[i - 1]
        // "-- 10 billion yen": a dash written as two hyphens.
        if prev.isSymbol("-") || prev.isSymbol("\u{2013}") || prev.isSymbol("\u{2014}") { return false }
        if prev.isNumber || NumberWords.cardinal(prev.lower) != nil || NumberWords.scales[prev.lower] != nil { return false }
        // "before - 90-plus minutes": a hyphen spaced from the number after a word is a dash.
        if prev.isWord { return lx[i].spaced && !lx[i + 1].spaced }
        // "50.5%-49.5%": a hyphen glued to a percent sign joins two shares.
        if (prev.isSymbol("%") || prev.isSymbol("％")), !lx[i].spaced { return false }
        return !prev.isSymbol("/")
    }

    private static func parseUnsigned(_ lx: [FigureLexeme], at i: Int, money: Bool) -> ParsedNumber? {
        guard i < lx.count else { return nil }
        if lx[i].isNumber, let digits = DigitNumber.read(lx, at: i, money: money) {
            if digits.isOrdinal || digits.isFraction || digits.hasScaleSuffix || digits.isPower {
                var number = ParsedNumber(value: digits.value, start: i, end: digits.end, isOrdinal: digits.isOrdinal, isFraction: digits.isFraction, isSpelled: false, hasScaleSuffix: digits.hasScaleSuffix)
                if !digits.isOrdinal, !digits.isPower, let more = SpelledNumber.parse(lx, at: i, digits: digits), more.end > number.end {
                    number = more
                    number.isSpelled = false
                }
                return number
            }
            if var spelled = SpelledNumber.parse(lx, at: i, digits: digits) {
                spelled.isSpelled = false
                return spelled
            }
            return ParsedNumber(value: digits.value, start: i, end: digits.end, isSpelled: false)
        }
        if lx[i].isNumber {
            // A vulgar fraction alone: "½".
            return ParsedNumber(value: lx[i].value, start: i, end: i + 1, isFraction: true, isSpelled: false)
        }
        if let rough = roughCount(lx, at: i) { return rough }
        return SpelledNumber.parse(lx, at: i, digits: nil)
    }

    /// "hundreds", "thousands of", "tens of thousands", "hundreds of thousands", "dozens";
    /// "several hundred", "a few thousand".
    private static func roughCount(_ lx: [FigureLexeme], at i: Int) -> ParsedNumber? {
        let w = lx[i].lower
        if roughLeads.contains(w), i + 1 < lx.count, let scale = NumberWords.scales[lx[i + 1].lower] {
            return ParsedNumber(value: scale, start: i, end: i + 2, isRough: true)
        }
        guard let base = NumberWords.roughPlurals[w] else { return nil }
        if i + 2 < lx.count, lx[i + 1].lower == "of", let inner = NumberWords.roughPlurals[lx[i + 2].lower], inner >= 100, inner > base {
            return ParsedNumber(value: base * inner, start: i, end: i + 3, isRough: true)
        }
        guard w != "tens", w != "scores" else { return nil }
        return ParsedNumber(value: base, start: i, end: i + 1, isRough: true)
    }
}
