import Foundation

/// A number written with digits: "15,000", "1 234 567", "3 1/2", "3/4", "57th", "100k",
/// "1.1^23", "1.3x10^6".
struct DigitNumber: Sendable, Equatable {
    var value: Double
    var end: Int
    var isOrdinal = false
    var isFraction = false
    var isPower = false
    var hasScaleSuffix = false

    /// Denominators read as fractions ("1/4", "3/8"); others are more likely dates ("9/11").
    static let fractionDenominators: Set<Double> = [2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100]
    /// Scales glued after digits, read whatever the case: "5bn", "10k", "2mil", "1.2b".
    static let gluedScales: LexiconMap<Double> = [
        "k": 1e3, "bn": 1e9, "mn": 1e6, "mln": 1e6, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
        "mil": 1e6, "b": 1e9, "mld": 1e9, "mlrd": 1e9, "trln": 1e12, "mio": 1e6, "mrd": 1e9,
    ]
    /// Scales written apart from the digits: "2.33 k", "10 bln".
    static let spacedScales: LexiconSet = ["k", "bn", "mn", "mln", "bln", "tn", "trn", "tln", "mld", "mlrd", "trln", "mio", "mrd"]

    static func read(_ lx: [FigureLexeme], at i: Int, money: Bool) -> DigitNumber? {
        // The lexemes are read in place: a copy retains their strings.
        guard lx[i].isNumber, !isVulgar(lx, at: i) else { return nil }
        var number = DigitNumber(value: lx[i].value, end: i + 1)
        let n = lx.count
        // Thousands grouped by spaces: "40 000", "1 414 021 100".
        if lx[i].isPlainInteger, lx[i].text.utf8.count <= 3, !(i > 0 && lx[i - 1].isNumber) {
            var k = i + 1
            while k < n, lx[k].isNumber, lx[k].spaced, integerDigits(lx[k]) == 3,
                  !(k + 1 < n && lx[k + 1].isSymbol("/")) {
                number.value = number.value * 1000 + lx[k].value
                k += 1
                if lx[k - 1].isDecimal { break }
            }
            number.end = k
        }
        if money, number.end == i + 1, let grouped = spacedThousands(lx, after: i) {
            number.value = number.value * 1000 + lx[grouped].value
            number.end = grouped + 1
        }
        var end = number.end
        // Ordinal suffix: "57th", "21st".
        if end < n, lx[end].isWord, !lx[end].spaced, NumberWords.ordinalSuffixes.contains(lx[end].lower), lx[i].isPlainInteger {
            number.end = end + 1
            number.isOrdinal = true
            return number
        }
        if end < n, isVulgar(lx, at: end), !lx[end].spaced {
            number.value += lx[end].value
            number.end = end + 1
            return number
        }
        // A mixed number: "3 1/2", "10 1/2".
        if end + 2 < n, lx[end].isPlainInteger, lx[end].spaced, lx[end + 1].isSymbol("/"), !lx[end + 1].spaced,
           lx[end + 2].isPlainInteger, !lx[end + 2].spaced, lx[end].value < lx[end + 2].value, lx[end + 2].value > 1,
           fractionDenominators.contains(lx[end + 2].value), !(end + 3 < n && lx[end + 3].isSymbol("/")) {
            number.value += lx[end].value / lx[end + 2].value
            number.end = end + 3
            return number
        }
        // A fraction: "1/4", "3/4".
        if end + 1 < n, lx[i].isPlainInteger, lx[end].isSymbol("/"), !lx[end].spaced, lx[end + 1].isPlainInteger, !lx[end + 1].spaced,
           lx[i].value < lx[end + 1].value, fractionDenominators.contains(lx[end + 1].value),
           !(end + 2 < n && lx[end + 2].isSymbol("/")), !(i > 0 && lx[i - 1].isSymbol("/")) {
            number.value = lx[i].value / lx[end + 1].value
            number.end = end + 2
            number.isFraction = true
            return number
        }
        // Powers: "1.1^23", "2.5^-1", "1.3x10^6".
        if end < n, lx[end].isWord, lx[end].lower == "x10", !lx[end].spaced, end + 1 < n, lx[end + 1].isSymbol("^"),
           let (exponent, after) = signedExponent(lx, end + 2) {
            number.value *= pow(10, exponent)
            number.end = after
            number.isPower = true
            return number
        }
        if end < n, lx[end].isSymbol("^"), !lx[end].spaced, let (exponent, after) = signedExponent(lx, end + 1) {
            number.value = pow(number.value, exponent)
            number.end = after
            number.isPower = true
            return number
        }
        // Scale suffixes: "100k", "$5bn", "10M", "1MM", "€40m", "10 bln", "1,674,200.5 M".
        if end < n, lx[end].isWord {
            let upper = lx[end].text == "M" || lx[end].text == "MM"
            var scale: Double?
            if !lx[end].spaced {
                scale = gluedScales[lx[end].lower] ?? (upper || (money && lx[end].lower == "m") ? 1e6 : nil)
                // "$1.2T": trillions only after a currency ("5t" is five tonnes).
                if scale == nil, money, lx[end].text == "T" { scale = 1e12 }
            } else if spacedScales.contains(lx[end].lower) || upper {
                scale = lx[end].lower == "k" ? 1e3 : (upper ? 1e6 : gluedScales[lx[end].lower])
            } else if money, lx[end].lower == "m" {
                // "SEK 850 m": after a currency a spaced "m" is millions, not metres.
                scale = 1e6
            }
            // "Rs 95,000 cr": Indian copy abbreviates crore after a currency.
            if scale == nil, money, lx[end].lower == "cr" || lx[end].lower == "crs" { scale = 1e7 }
            let gluedOn = end + 1 < n && !lx[end + 1].spaced && (lx[end + 1].isWord || lx[end + 1].isNumber)
            if let scale, !gluedOn {
                number.value *= scale
                number.end = end + 1
                number.hasScaleSuffix = true
                end = number.end
            }
        }
        return number
    }

    /// "$380, 600", "$600, 000", "2 , 500 dollars": tokenized copy that put a space after (or
    /// around) the thousands comma of an amount. The index of the group of three digits after the
    /// comma, unless the digits are one of a list ("$5, 100 and 200", "$5, 100, 200").
    private static func spacedThousands(_ lx: [FigureLexeme], after i: Int) -> Int? {
        let comma = i + 1, group = i + 2, n = lx.count
        guard lx[i].isPlainInteger, lx[i].text.utf8.count <= 3, group < n, lx[comma].isSymbol(","),
              lx[group].isPlainInteger, lx[group].spaced, lx[group].text.utf8.count == 3 else { return nil }
        if group + 1 < n {
            let next = lx[group + 1]
            if next.lower == "and" || next.lower == "or" || next.lower == "to" || next.isSymbol("-") { return nil }
            if next.isSymbol(","), group + 2 < n, lx[group + 2].isNumber { return nil }
        }
        return group
    }

    /// Whether lexeme `i` of `lx` is a vulgar fraction ("½"), read in place: a copy of a
    /// lexeme retains its strings.
    static func isVulgar(_ lx: [FigureLexeme], at i: Int) -> Bool {
        // Every vulgar fraction is past ASCII, where the digits that start other numbers are,
        // and lexed as a decimal: plain integers (most numbers) are told by their flags.
        lx[i].isNumber && lx[i].isDecimal && lx[i].text.unicodeScalars.first.map { NumberWords.isVulgarFraction($0.value) } == true
    }

    /// Digits before the decimal point of a number lexeme, or -1 when it has other separators.
    private static func integerDigits(_ l: FigureLexeme) -> Int {
        var count = 0
        for b in l.text.utf8 {
            if b == 0x2E { break }
            guard b >= 0x30 && b <= 0x39 else { return -1 }
            count += 1
        }
        return count
    }

    /// An exponent after "^", with any signs before it ("--23" is +23).
    private static func signedExponent(_ lx: [FigureLexeme], _ start: Int) -> (Double, Int)? {
        var k = start
        var negative = false
        while k < lx.count, lx[k].isSymbol("-") || lx[k].isSymbol("+") {
            if lx[k].isSymbol("-") { negative.toggle() }
            k += 1
        }
        guard k < lx.count, lx[k].isNumber else { return nil }
        return (negative ? -lx[k].value : lx[k].value, k + 1)
    }
}
