/// The grammar of numbers written with words, alone or after digits: "one hundred and
/// twenty-three", "1.5 million", "3 hundred and 21", "five and a half million", "two thirds",
/// "twenty-fifth", "two hundred point zero three", "half a dozen", "one in five".
enum SpelledNumber {
    private enum Last { case none, unit, teen, tens, hundred, scale, digits }

    private struct State {
        var total = 0.0
        var current = 0.0
        var last = Last.none
        var lastAtom = 0.0
        var lastScale = 0.0
        var end: Int
        var afterAnd = false
        /// The tens word that ended the number came straight after "hundred" or a scale.
        var tensStart: Int?
        /// The group below the last scale already has its hundreds ("three hundred").
        var hasHundreds = false
        /// The number began with a decimal ("1.5 million"), which no "and" continues.
        var startsDecimal = false
        var value: Double { total + current }

        /// Adds the units word of a hyphenated or spaced "fifty-two", two lexemes after the tens.
        mutating func addUnitAfterHyphen(_ u: Double) {
            current += u
            lastAtom = u
            last = .unit
            end += 2
            tensStart = nil
        }
    }

    static func parse(_ lx: [FigureLexeme], at i: Int, digits: DigitNumber?) -> ParsedNumber? {
        var s = State(end: i)
        if let digits {
            s.current = digits.value
            s.lastAtom = digits.value
            s.last = digits.hasScaleSuffix ? .scale : .digits
            s.end = digits.end
            s.startsDecimal = lx[i].isDecimal
            if digits.hasScaleSuffix {
                // "5bn and 3 billion" are two amounts: what follows must be below the scale (1e9).
                let suffix = lx[digits.end - 1].lower
                s.total = digits.value
                s.current = 0
                s.lastScale = DigitNumber.gluedScales[suffix] ?? (suffix == "m" || suffix == "mm" ? 1e6 : digits.value)
            }
            if digits.isFraction { return fractionTail(lx, s, numerator: digits.value, start: i, plainFraction: true) }
        }
        cardinal(lx, &s)
        let start = i
        guard s.end > i else { return standalone(lx, at: i) }
        // Decimals: "two hundred point zero three".
        if digits == nil, s.end + 1 < lx.count, lx[s.end].lower == "point", let (fraction, after) = pointDigits(lx, s.end + 1) {
            return ParsedNumber(value: s.value + fraction, start: start, end: after)
        }
        let result = fractionTail(lx, s, numerator: s.value, start: start, plainFraction: false)
        // A lone "a" is no number.
        if let result, lx[i].isWord, lx[i].lower == "a", result.end == i + 1 { return nil }
        return result
    }

    // MARK: Integers

    /// Digits after a scale word go on with the number only before a smaller scale ("4 thousand
    /// 3 hundred"): "a deficit of $600 billion 10 years from now" holds two numbers.
    private static func scaleFollows(_ lx: [FigureLexeme], _ k: Int, below scale: Double) -> Bool {
        guard k < lx.count, let next = NumberWords.scales[lx[k].lower] else { return false }
        return next < scale
    }

    /// "a", "an", "and" and the number words: the words `cardinal` reads.
    static let words = FigurePrefilter.numberWords.words.union(["a", "an", "and"])

    /// `words`, by their bytes: most other words are ruled out before they are compared or hashed.
    static let wordFilter = WordLengthFilter(words)

    private static func cardinal(_ lx: [FigureLexeme], _ s: inout State) {
        let n = lx.count
        var checkpoint = s
        while s.end < n {
            // In place: a copy of the lexeme retains its strings.
            let w = lx[s.end].lower
            if lx[s.end].isNumber {
                guard !DigitNumber.isVulgar(lx, at: s.end), !s.startsDecimal, lx[s.end].isPlainInteger, s.last == .hundred || s.last == .scale, s.afterAnd || s.last == .scale,
                      let d = DigitNumber.read(lx, at: s.end, money: false), !d.isOrdinal, !d.isFraction,
                      d.value < (s.last == .hundred ? 100 : s.lastScale), d.value > 0, d.value == d.value.rounded(),
                      s.afterAnd || scaleFollows(lx, d.end, below: s.lastScale) else { break }
                s.current += d.value
                s.lastAtom = d.value
                s.last = .digits
                s.end = d.end
                s.afterAnd = false
                continue
            }
            guard lx[s.end].isWord else {
                // "twenty-eight-million-dollar", "28-million": a scale joined by a hyphen.
                if lx[s.end].isSymbol("-"), !lx[s.end].spaced, s.last != .none, s.last != .scale, !s.afterAnd, s.end + 1 < n, !lx[s.end + 1].spaced,
                   let scale = NumberWords.scales[lx[s.end + 1].lower], scale >= 1e3, s.lastScale == 0 || scale < s.lastScale {
                    s.end += 1
                    continue
                }
                // "fifty - two": a spaced hyphen between tens and units.
                if lx[s.end].isSymbol("-"), s.last == .tens, s.end + 1 < n, let u = NumberWords.units[lx[s.end + 1].lower], u >= 1, u <= 9 {
                    s.addUnitAfterHyphen(u)
                    continue
                }
                break
            }
            // Every word read below is "a", "an", "and" or a number word: one look-up passes
            // the others by.
            guard wordFilter.mayContain(w), w == "a" || w == "an" || w == "and" || FigurePrefilter.numberWords.contains(w) else { break }
            if let u = NumberWords.units[w] {
                let ok: Bool
                switch s.last {
                case .none, .hundred, .scale: ok = true
                case .tens: ok = u >= 1 && u <= 9 && !s.afterAnd
                default: ok = false
                }
                guard ok, !(u == 0 && s.last != .none) else { break }
                if s.afterAnd, u == 0 { break }
                s.current += u
                s.lastAtom = u
                s.last = u < 10 ? .unit : .teen
                s.end += 1
                s.afterAnd = false
                s.tensStart = nil
                // "zero", "nought" stand alone.
                if u == 0 { break }
                continue
            }
            if let t = NumberWords.tens[w] {
                guard s.last == .none || s.last == .hundred || s.last == .scale else { break }
                // "twenty-fifth": a compound ordinal, read by the fraction tail.
                if s.end + 2 < n, lx[s.end + 1].isSymbol("-"), let next = lx.indices.contains(s.end + 2) ? lx[s.end + 2].lower : nil,
                   let o = NumberWords.ordinals[next] ?? NumberWords.ordinals[String(next.dropLast())], o < 10 {
                    break
                }
                s.tensStart = (s.last == .hundred || s.last == .scale) && !s.afterAnd ? s.end : nil
                s.current += t
                s.lastAtom = t
                s.last = .tens
                s.end += 1
                s.afterAnd = false
                if s.end + 1 < n, lx[s.end].isSymbol("-"), !lx[s.end].spaced, let u = NumberWords.units[lx[s.end + 1].lower], u >= 1, u <= 9 {
                    s.addUnitAfterHyphen(u)
                }
                continue
            }
            if w == "a" || w == "an", s.last == .none, s.end + 1 < n, NumberWords.scales[lx[s.end + 1].lower] != nil || isDozen(lx[s.end + 1].lower)
                || (NumberWords.denominators[lx[s.end + 1].lower] != nil && lx[s.end + 1].lower != "halves")
                || NumberWords.tens[lx[s.end + 1].lower] != nil {
                s.current = 1
                s.lastAtom = 1
                s.last = .unit
                s.end += 1
                continue
            }
            if w == "hundred", s.last == .none, s.end + 1 < n, let scale = NumberWords.scales[lx[s.end + 1].lower], scale >= 1e3 {
                s.current = 100
                s.hasHundreds = true
                s.last = .hundred
                s.end += 1
                continue
            }
            if w == "hundred" {
                guard s.last == .unit || s.last == .teen || s.last == .tens || s.last == .digits, !s.hasHundreds else { break }
                s.current *= 100
                s.hasHundreds = true
                s.last = .hundred
                s.end += 1
                s.tensStart = nil
                continue
            }
            if let scale = NumberWords.scales[w] {
                guard s.last != .none, !s.afterAnd else { break }
                if s.last == .scale, scale > s.lastScale {
                    s.total = (s.total + s.current) * scale
                } else {
                    guard s.last != .scale else { break }
                    if s.lastScale > 0, scale >= s.lastScale { break }
                    s.total += s.current * scale
                }
                s.current = 0
                s.hasHundreds = false
                s.lastScale = scale
                s.last = .scale
                s.end += 1
                s.tensStart = nil
                checkpoint = s
                continue
            }
            if isDozen(w), s.last != .none, s.last != .scale, s.last != .hundred {
                s.current += s.lastAtom * 11
                s.last = .hundred
                s.end += 1
                continue
            }
            if w == "and", !s.afterAnd, s.last == .hundred || s.last == .scale, s.end + 1 < n {
                let next = lx[s.end + 1]
                guard next.isNumber || NumberWords.cardinal(next.lower) != nil, simpleFraction(lx, s.end + 1) == nil else { break }
                checkpoint = s
                s.afterAnd = true
                s.end += 1
                continue
            }
            break
        }
        if s.afterAnd { s = checkpoint }
        // "3 hundred and 2 hundred", "5bn and 3 billion": the words after "and" did not complete the number.
        if checkpoint.end < s.end, s.end < n, lx[s.end].lower == "hundred" || NumberWords.scales[lx[s.end].lower] != nil, checkpoint.last == .hundred || checkpoint.last == .scale {
            if lx[checkpoint.end].lower == "and" { s = checkpoint }
        }
    }

    private static func isDozen(_ w: String) -> Bool {
        NumberWords.dozens.contains(w)
    }

    /// Digits after "point", read one word at a time: "zero three" → 0.03, "seventy-one" → 0.71.
    private static func pointDigits(_ lx: [FigureLexeme], _ start: Int) -> (Double, Int)? {
        var digits = ""
        var k = start
        while k < lx.count, let v = NumberWords.cardinal(lx[k].lower) {
            var part = v
            k += 1
            if v >= 20, k + 1 < lx.count, lx[k].isSymbol("-"), let u = NumberWords.units[lx[k + 1].lower], u < 10 {
                part += u
                k += 2
            }
            digits += String(Int(part))
        }
        guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
        return (value, k)
    }

    // MARK: Fractions and ordinals

    /// A number made of an ordinal or fraction word alone: "first", "twenty-fifth", "half",
    /// "half a million".
    private static func standalone(_ lx: [FigureLexeme], at i: Int) -> ParsedNumber? {
        let w = lx[i].lower
        if let (ordinal, after) = compoundOrdinal(lx, i) {
            return ParsedNumber(value: ordinal, start: i, end: after, isOrdinal: true)
        }
        if w == "half" || w == "quarter" {
            let part = w == "half" ? 0.5 : 0.25
            if i + 1 < lx.count, let scale = NumberWords.scales[lx[i + 1].lower], scale >= 1e3 {
                return ParsedNumber(value: part * scale, start: i, end: i + 2)
            }
            // "a half-billion-dollar jackpot", "a quarter-million people".
            if let scale = hyphenScale(lx, at: i + 1) {
                return ParsedNumber(value: part * scale, start: i, end: i + 3)
            }
            // "half a million", "a quarter of a billion", "half-a-billion".
            var k = i + 1
            let hyphens = k < lx.count && lx[k].isSymbol("-") && !lx[k].spaced
            if hyphens { k += 1 }
            if w == "quarter", k < lx.count, lx[k].lower == "of" { k += 1 }
            if hyphens, k + 2 < lx.count, lx[k].lower == "a", lx[k + 1].isSymbol("-") {
                if let scale = NumberWords.scales[lx[k + 2].lower], scale >= 1e3 { return ParsedNumber(value: part * scale, start: i, end: k + 3) }
                if w == "half", isDozen(lx[k + 2].lower) { return ParsedNumber(value: 6, start: i, end: k + 3) }
            }
            if !hyphens, k + 1 < lx.count, lx[k].lower == "a", let scale = NumberWords.scales[lx[k + 1].lower], scale >= 1e3 {
                return ParsedNumber(value: part * scale, start: i, end: k + 2)
            }
            guard w == "half" else { return nil }
            if i + 2 < lx.count, lx[i + 1].lower == "a" || lx[i + 1].lower == "an" {
                if isDozen(lx[i + 2].lower) { return ParsedNumber(value: 6, start: i, end: i + 3) }
            }
            return ParsedNumber(value: 0.5, start: i, end: i + 1, isFraction: true)
        }
        if let ordinal = NumberWords.ordinals[w] {
            return ParsedNumber(value: ordinal, start: i, end: i + 1, isOrdinal: true)
        }
        return nil
    }

    /// "twenty-fifth", "twenty first", "thirty-fifths" → (25, end).
    private static func compoundOrdinal(_ lx: [FigureLexeme], _ i: Int) -> (Double, Int)? {
        guard let t = NumberWords.tens[lx[i].lower] else { return nil }
        var k = i + 1
        if k < lx.count, lx[k].isSymbol("-") { k += 1 }
        guard k < lx.count else { return nil }
        var w = lx[k].lower
        if w.hasSuffix("s"), NumberWords.ordinals[w] == nil { w.removeLast() }
        if let o = NumberWords.ordinals[w], o < 10 { return (t + o, k + 1) }
        return nil
    }

    /// "-and-a-half", "-and-a-quarter" glued after a whole number at lexeme `k`: the part and the
    /// lexeme after it.
    private static func hyphenatedHalf(_ lx: [FigureLexeme], _ k: Int) -> (Double, Int)? {
        guard k + 5 < lx.count, (k...(k + 5)).allSatisfy({ !lx[$0].spaced }), lx[k].isSymbol("-"), lx[k + 1].lower == "and",
              lx[k + 2].isSymbol("-"), lx[k + 3].lower == "a", lx[k + 4].isSymbol("-") else { return nil }
        switch lx[k + 5].lower {
        case "half": return (0.5, k + 6)
        case "quarter": return (0.25, k + 6)
        default: return nil
        }
    }

    /// What follows a whole number: "and a half", "thirds", "-eighths", "trillionth",
    /// "of a million", "out of three", "in five".
    private static func fractionTail(_ lx: [FigureLexeme], _ s: State, numerator: Double, start: Int, plainFraction: Bool) -> ParsedNumber? {
        let n = lx.count
        var k = s.end
        if plainFraction {
            return withScale(lx, ParsedNumber(value: numerator, start: start, end: k, isFraction: true))
        }
        var result = ParsedNumber(value: numerator, start: start, end: k)
        guard k < n else { return result }
        // Every tail below starts with "and", a hyphen, "out", "in" or a number word.
        let w = lx[k].lower
        guard lx[k].isWord ? w == "and" || w == "out" || w == "in" || wordFilter.mayContain(w) && FigurePrefilter.numberWords.contains(w) : lx[k].isSymbol("-") else { return result }
        // "three-and-a-half years": the same joined by hyphens.
        if let (part, end) = hyphenatedHalf(lx, k) {
            return ParsedNumber(value: s.value + part, start: start, end: end)
        }
        // "one and a half", "3 million and a half", "five and a quarter", "twenty and three fifths".
        if lx[k].lower == "and", let frac = simpleFraction(lx, k + 1) {
            var value = s.value
            var end = frac.end
            if end < n, let scale = NumberWords.scales[lx[end].lower], scale >= 1e3, s.last != .scale {
                value = (s.value + frac.value) * scale
                end += 1
            } else if end < n, let scale = NumberWords.scales[lx[end].lower], scale >= 1e3 {
                value = s.value + frac.value * scale
                end += 1
            } else if s.last == .scale, s.lastScale >= 1e6 {
                value = s.value + frac.value * s.lastScale
            } else {
                value += frac.value
            }
            return ParsedNumber(value: value, start: start, end: end)
        }
        // "one-eighth", "five - eighths", "ninety - five hundred-fifths".
        if lx[k].isSymbol("-"), k + 1 < n, NumberWords.denominators[lx[k + 1].lower] != nil || NumberWords.ordinals[lx[k + 1].lower] != nil {
            k += 1
        }
        // "one twenty-fifth", "three twenty firsts": a compound denominator.
        var denominator: Double?
        var denominatorWord = ""
        var compound = false
        var after = k
        if let (value, end) = compoundOrdinal(lx, k) {
            denominator = value
            denominatorWord = lx[end - 1].lower
            compound = true
            after = end
        } else if k < n, let d = NumberWords.denominators[lx[k].lower] ?? NumberWords.ordinals[lx[k].lower] {
            denominator = d
            denominatorWord = lx[k].lower
            after = k + 1
        }
        if let d = denominator {
            let plural = denominatorWord.hasSuffix("s") && denominatorWord != "halves" || denominatorWord == "halves"
            let isOne = numerator == 1 && s.last == .unit
            var num = numerator
            var den = d
            // "one hundred thirty fifths": the last tens word belongs to the denominator.
            if plural, let tensStart = s.tensStart, d < 10 {
                let t = NumberWords.tens[lx[tensStart].lower] ?? 0
                num -= t
                den += t
            }
            if plural || isOne || denominatorWord == "half" || denominatorWord == "quarter" {
                guard den != 2 || denominatorWord.hasPrefix("hal") || plural || isOne else { return result }
                // "a second", "one first" are no fractions.
                guard compound || (denominatorWord != "second" && denominatorWord != "first" && denominatorWord != "seconds") else { return result }
                result = ParsedNumber(value: num / den, start: start, end: after, isFraction: true)
                // "two thirds of a million", "a quarter million".
                return withScale(lx, result)
            }
            // An ordinal: "two hundredth", "one hundred twenty fifth", "three trillionth".
            if d >= 100, s.last != .scale {
                return ParsedNumber(value: s.value * d, start: start, end: after, isOrdinal: true)
            }
            if s.last == .tens || s.last == .hundred || s.last == .scale, d < 100 {
                return ParsedNumber(value: s.value + d, start: start, end: after, isOrdinal: true)
            }
            return result
        }
        // "one out of three", "two out of five hundred", "1 in twenty-one".
        if k < n, lx[k].lower == "out" || lx[k].lower == "in" {
            var m = k + 1
            if lx[k].lower == "out" {
                guard m < n, lx[m].lower == "of" else { return result }
                m += 1
            }
            guard m < n, var whole = NumberParser.parse(lx, at: m), !whole.isOrdinal, !whole.isFraction, whole.value > numerator, numerator > 0,
                  !(lx[m].isPlainInteger && lx[m].text.utf8.count == 4) else { return result }
            // "five hundreds": a plural scale closes the denominator.
            if whole.end < n, lx[whole.end].lower == "hundreds" { whole.value *= 100; whole.end += 1 }
            return ParsedNumber(value: numerator / whole.value, start: start, end: whole.end, isFraction: true)
        }
        return result
    }

    /// "a half", "one half", "a quarter", "three quarters", "two thirds", "a third", "one fourth".
    private static func simpleFraction(_ lx: [FigureLexeme], _ k: Int) -> (value: Double, end: Int)? {
        guard k + 1 < lx.count else { return nil }
        let first = lx[k].lower
        let numerator: Double
        if first == "a" || first == "an" { numerator = 1 } else if let u = NumberWords.units[first], u > 0 { numerator = u } else { return nil }
        var d = k + 1
        if lx[d].isSymbol("-"), d + 1 < lx.count { d += 1 }
        guard let den = NumberWords.denominators[lx[d].lower], numerator < den else { return nil }
        return (numerator / den, d + 1)
    }

    /// A scale word joined by a hyphen at lexeme `k` ("-million" of "half-million"), if one is.
    private static func hyphenScale(_ lx: [FigureLexeme], at k: Int) -> Double? {
        guard k + 1 < lx.count, lx[k].isSymbol("-"), !lx[k].spaced, !lx[k + 1].spaced,
              let scale = NumberWords.scales[lx[k + 1].lower], scale >= 1e3 else { return nil }
        return scale
    }

    /// A fraction of a scale: "two thirds of a million", "a quarter million"; "a half-billion"
    /// joined by a hyphen is an adjective of what follows, whose "a" is the article of the noun.
    private static func withScale(_ lx: [FigureLexeme], _ number: ParsedNumber) -> ParsedNumber {
        var result = number
        var k = number.end
        if let scale = hyphenScale(lx, at: k) {
            result.value *= scale
            result.end = k + 2
            result.isFraction = false
            if lx[result.start].lower == "a" || lx[result.start].lower == "an" { result.start += 1 }
            return result
        }
        if k + 1 < lx.count, lx[k].lower == "of", lx[k + 1].lower == "a" { k += 2 }
        if k < lx.count, let scale = NumberWords.scales[lx[k].lower], scale >= 1e3 {
            result.value *= scale
            result.end = k + 1
            result.isFraction = false
        }
        return result
    }
}
