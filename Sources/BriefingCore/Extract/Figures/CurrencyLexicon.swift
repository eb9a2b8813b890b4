/// Currencies written before a number ("$", "US$", "€", "USD", "Rp") or after it ("won",
/// "yuan", "euros", "Canadian dollars", "zł"), with their ISO 4217 codes, read from
/// `CurrencyTables` (CLDR through Foundation, plus the forms news writes).
enum CurrencyLexicon {
    /// A currency found next to a number; lexemes `start..<end`.
    struct Match: Sendable, Equatable {
        var code: String
        var start: Int
        var end: Int
        /// The amount is in hundredths of the currency ("50 cents", "20p").
        var isSubunit = false
        /// A scale glued to the code multiplies the amount ("12 MUSD").
        var scale: Double = 1
    }

    /// The tables, kept here: a stored copy shares their storage, and reading one of them does
    /// not copy (and retain) them all as a computed property's result does.
    static let tables = CurrencyTables.shared

    /// An ISO code in capitals ("USD") or, but for codes that are words ("try"), in lower case,
    /// with "RMB" and crypto tickers.
    /// Of lexeme `i` of `lx`, read in place: a copy of a lexeme retains its strings.
    static func code(_ lx: [FigureLexeme], at i: Int) -> String? {
        lx[i].isWord ? code(word: lx[i].text) : nil
    }

    /// `code` of a word lexeme's text.
    static func code(word text: String) -> String? {
        guard text.utf8.count <= 4, codeFilter.mayContain(text) else { return nil }
        return codeTable[text]
    }

    /// `tables.codes` in a byte-keyed table: codes are looked up at most words of a sentence
    /// with a number.
    private static let codeTable = LexiconMap(tables.codes)

    /// Rules out most words before the codes are searched.
    private static let codeFilter = WordLengthFilter(tables.codes.keys)

    /// A currency symbol or code ending just before lexeme `i` (the number), if any.
    static func prefix(_ lx: [FigureLexeme], before i: Int) -> Match? {
        let tables = tables
        for length in stride(from: min(tables.longestSymbol, i), through: 1, by: -1) {
            let range = (i - length)..<i
            if signStartFilter.mayContain(lx[i - length].lower), signStarts.contains(lx[i - length].lower) {
                let key = length == 1 ? lx[i - 1].text : range.map { lx[$0].text }.joined(separator: " ")
                let apart = length > 1 && range.dropFirst().contains(where: { lx[$0].spaced })
                // Parts of a sign are joined ("A$", "GH₵"); only the last may stand apart, after a word
                // of two letters or more or a point ("US $5", "U.S. $5"), as a word ("F CFA") or
                // where news writes it so ("C $5").
                if apart {
                    let before = lx[i - 2]
                    let allowed = !range.dropFirst().dropLast().contains(where: { lx[$0].spaced })
                        && ((before.isWord && (before.text.count >= 2 || lx[i - 1].isWord)) || before.isSymbol(".")
                            || tables.apartSigns.contains(key.uppercased()))
                    if !allowed { continue }
                }
                if var code = tables.symbols[key] ?? lowerSign(key, apart: apart) ?? lowerCopySign(key, lx) ?? placeSign(key, lx) {
                    // A lone letter ("R10 billion") is a sign only when glued to the digits and in capitals.
                    if length == 1, lx[i - 1].isWord, lx[i - 1].text.count == 1, lx[i].spaced { continue }
                    // "Pakistan's budget is Rs 14.4 trillion": a shared sign of letters is the place's.
                    if let codes = tables.sharedSigns[key], let place = placeCurrency(lx, among: codes) { code = place }
                    return Match(code: code, start: i - length, end: i)
                }
            }
            // "AUD$5", "CAD$ 40 million": a code with the dollar sign glued on.
            if length == 2, lx[i - 1].isSymbol("$"), !lx[i - 1].spaced, let code = code(lx, at: i - 2), lx[i - 2].text == code {
                return Match(code: code, start: i - 2, end: i)
            }
            if length == 1, let code = code(lx, at: i - 1) { return Match(code: code, start: i - 1, end: i) }
            if length == 1, let scaled = scaledCode(lx, at: i - 1) { return Match(code: scaled.code, start: i - 1, end: i, scale: scaled.scale) }
        }
        return nil
    }

    /// A "$" sign written in lower case ("hk $", "us$", "c $"), unless its letters are a word
    /// that stands apart from the "$" ("gave us $5") or a lone letter of the kind ("a $5 fee").
    private static func lowerSign(_ key: String, apart: Bool) -> String? {
        guard let code = tables.lowerSymbols[key] else { return nil }
        let letters = String(key.dropLast(2).filter { $0 != " " })
        if CurrencyNewsForms.wordSignLetters.contains(letters), apart || letters.count == 1 { return nil }
        return code
    }

    /// A sign of letters in lower case ("ksh 60 billion") in a sentence with no capital letter,
    /// as tokenized lower-case copy writes it.
    private static func lowerCopySign(_ key: String, _ lx: [FigureLexeme]) -> String? {
        guard let code = tables.lowerCopySigns[key] else { return nil }
        return lx.contains(where: { $0.isWord && $0.text != $0.lower }) ? nil : code
    }

    /// A sign that is also a word ("Br", "MK", "Nu") as the currency of the place the sentence
    /// names, when one of its currencies is that place's ("Ethiopia's exports earned Br 45 billion").
    private static func placeSign(_ key: String, _ lx: [FigureLexeme]) -> String? {
        guard let codes = tables.placeSigns[key] else { return nil }
        return placeCurrency(lx, among: codes)
    }

    /// The sentence names a year from 1900 to 2001 ("in 1995", "1989 profit"), when the
    /// currencies the euro replaced were still paid.
    static func namesYearBeforeEuro(_ lx: [FigureLexeme]) -> Bool {
        lx.contains { $0.isPlainInteger && $0.text.utf8.count == 4 && $0.value >= 1900 && $0.value < 2002 }
    }

    /// A currency name, code or sign starting at lexeme `i` (after the amount), if any.
    /// - Parameter scaled: the amount ends with a scale word, so "pounds" is money.
    static func suffix(_ lx: [FigureLexeme], at i: Int, scaled: Bool) -> Match? {
        guard i < lx.count else { return nil }
        let tables = tables
        // Every name starts with a word most lexemes are not: told once, before keys are joined.
        let startsName = nameStartFilter.mayContain(lx[i].lower) && nameStarts.contains(lx[i].lower)
        // Names of several words start with a word of `phraseStarts`.
        let longest = startsName && phraseStarts.contains(lx[i].lower) ? min(tables.longestName, lx.count - i) : 1
        for length in stride(from: longest, through: 1, by: -1) where startsName {
            let key = FigureLexeme.key(lx, i..<(i + length))
            // "Kenya Airways lost 22.7 billion shillings": a shared name is the currency of the
            // place the sentence names, else the one news prefers ("pesos" → MXN), else none;
            // "dollars" and "won" keep their preferred currency.
            var code = tables.names[key]
            var named: String?
            if length == 1, let codes = tables.families[key], codes.count > 1, !CurrencyNewsForms.placeless.contains(key), lx[i].text == key {
                named = placeCurrency(lx, among: codes)
                code = named ?? (namesYearBeforeEuro(lx) ? CurrencyNewsForms.preferredBeforeEuro[key] : nil) ?? code
            }
            guard let code else { continue }
            if length == 1 {
                if tables.bareNames.contains(key), lx[i].text != lx[i].lower, !CurrencyNewsForms.capitalNames.contains(key) { continue }
                // "pounds" and "drachmas" are also weights, "marks" grades: money after a scale
                // word, before pence, in a sentence of money or (but pounds) in one naming a
                // place that used them.
                let measure = CurrencyNewsForms.needsScale.contains(key) || UnitLexicon.unit(lx, at: i) != nil
                if measure, !scaled, minorAfter(lx, at: i + 1) == nil, named == nil || key.hasPrefix("pound"), !speaksOfMoney(lx, besides: i) { continue }
            }
            // "4.5 euro cents", "50 Australian cents": hundredths of the named currency.
            let end = i + length
            if length > 1, CurrencyNewsForms.minorUnits[lx[end - 1].lower] != nil {
                return Match(code: code, start: i, end: end, isSubunit: true)
            }
            if end < lx.count, CurrencyNewsForms.minorUnits[lx[end].lower] != nil {
                return Match(code: code, start: i, end: end + 1, isSubunit: true)
            }
            return Match(code: code, start: i, end: end)
        }
        if let named = placeName(lx, at: i) { return named }
        // The lexeme is read in place: a copy retains its strings.
        if let code = code(lx, at: i) { return Match(code: code, start: i, end: i + 1) }
        if let scaled = scaledCode(lx, at: i) { return Match(code: scaled.code, start: i, end: i + 1, scale: scaled.scale) }
        if suffixSymbolFilter.mayContain(lx[i].text), let code = tables.suffixSymbols[lx[i].text], !(i + 1 < lx.count && lx[i + 1].isNumber) {
            return Match(code: code, start: i, end: i + 1)
        }
        // "fined 3,000 BD (nearly $8,000)": a sign of capitals news writes before amounts, written
        // after one in a sentence that names other money.
        if lx[i].isWord, lx[i].text.utf8.count <= 3, lx[i].text.utf8.allSatisfy({ $0 &- 0x41 < 26 }), lx[i].text.utf8.count >= 2,
           let code = CurrencyNewsForms.symbols[lx[i].text], !(i + 1 < lx.count && lx[i + 1].isNumber), speaksOfMoney(lx, besides: i) {
            return Match(code: code, start: i, end: i + 1)
        }
        // "89 kr": a sign several currencies share is the one of the place the sentence names.
        if lx[i].isWord, lx[i].text.utf8.count == 2, let codes = CurrencyNewsForms.sharedSuffixSigns[lx[i].text], !(i + 1 < lx.count && lx[i + 1].isNumber) {
            return Match(code: placeCurrency(lx, among: Set(codes)) ?? codes[0], start: i, end: i + 1)
        }
        // "50 sen", not "2 Sen staffers": hundredths are written in small letters.
        if minorUnitFilter.mayContain(lx[i].lower), lx[i].text == lx[i].lower, let minor = CurrencyNewsForms.minorUnits[lx[i].lower] {
            return Match(code: minor ?? "USD", start: i, end: i + 1, isSubunit: true)
        }
        // "20p": pence glued to the digits.
        if lx[i].isWord, lx[i].lower == "p", !lx[i].spaced { return Match(code: "GBP", start: i, end: i + 1, isSubunit: true) }
        return nil
    }

    /// "3 billion Kenya shillings", "500 Sri Lanka rupees": a place's name (not its adjective,
    /// which CLDR's names hold) before the head of a currency's name, when one currency of the
    /// place has that head; a place of up to three words, written with a capital.
    static func placeName(_ lx: [FigureLexeme], at i: Int) -> Match? {
        guard lx[i].isWord, lx[i].text.startsWithUppercase else { return nil }
        let tables = tables
        for h in (i + 1)..<min(i + 4, lx.count) {
            // A place's words hold no number or sign; the head follows them at once.
            guard lx[h].isWord else { return nil }
            guard nameStartFilter.mayContain(lx[h].lower), let codes = tables.families[lx[h].lower] else { continue }
            // A head may be part of the place's name: "Sierra Leone leones".
            let place = (i..<h).map { lx[$0].lower }.joined(separator: " ")
            guard let own = tables.places[place]?.intersection(codes), own.count == 1 else { continue }
            return Match(code: own.first!, start: i, end: h + 1)
        }
        return nil
    }

    /// "the dollar was quoted at 1.8470 marks", "fined 50 pounds": the sentence names another
    /// currency, or a payment comes shortly before the amount at `i`, so a name that is also a
    /// weight or a grade is money ("220 pounds) has spent time" stays a weight).
    static func speaksOfMoney(_ lx: [FigureLexeme], besides i: Int) -> Bool {
        lx.indices.contains { k in
            guard k != i else { return false }
            let l = lx[k]
            if l.kind == .symbol { return l.text != "-" && tables.symbols[l.text] != nil }
            guard l.isWord, moneyWordFilter.mayContain(l.lower) || code(word: l.text) != nil else { return false }
            if CurrencyNewsForms.currencyWords.contains(l.lower) || code(word: l.text) != nil { return true }
            return k < i && k >= i - 6 && (CurrencyNewsForms.moneyWords.contains(l.lower) || paymentNouns.contains(l.lower))
        }
    }

    /// Things of money that weigh nothing: "the ticket is 30 pounds", not "a coin weighing one drachma".
    private static let paymentNouns = LexiconSet(CurrencyNewsForms.moneyNouns.words.subtracting(["note", "notes", "coin", "coins", "bill", "bills"]))

    private static let moneyWordFilter = WordLengthFilter(CurrencyNewsForms.moneyWords.words.union(CurrencyNewsForms.currencyWords).union(CurrencyNewsForms.moneyNouns))

    /// The currency of the first place the sentence names among `codes` ("Norway's" → NOK).
    static func placeCurrency(_ lx: [FigureLexeme], among codes: Set<String>) -> String? {
        let places = tables.places
        for k in lx.indices where lx[k].isWord && lx[k].text.startsWithUppercase {
            for length in stride(from: min(3, lx.count - k), through: 1, by: -1) {
                var key = (k..<(k + length)).map { lx[$0].lower }.joined(separator: " ")
                if key.endsWithPossessiveS { key = String(key.dropLast(2)) }
                if let code = places[key]?.intersection(codes).sorted().first { return code }
            }
        }
        return nil
    }

    /// A code with a scale glued on, as company reports write it: "MUSD", "kEUR", "SEKm", "USDbn".
    /// Of lexeme `i` of `lx`, read in place as `code(_:at:)` reads it.
    static func scaledCode(_ lx: [FigureLexeme], at i: Int) -> (code: String, scale: Double)? {
        lx[i].isWord ? scaledCode(word: lx[i].text) : nil
    }

    /// `scaledCode` of a word lexeme's text.
    static func scaledCode(word text: String) -> (code: String, scale: Double)? {
        guard text.utf8.count >= 4, text.utf8.count <= 6, let first = text.utf8.first, let last = text.utf8.last,
              mayBeScaled(first: first, second: text.utf8[text.utf8.index(after: text.utf8.startIndex)], last: last) else { return nil }
        // The code in capitals: "Birr" is no billion Iranian rials.
        func capitals(_ part: Substring) -> Bool { part.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
        if text.utf8.count == 4, let scale = scalePrefixes[String(text.prefix(1))], capitals(text.dropFirst()),
           let code = codeTable[String(text.dropFirst())] { return (code, scale) }
        for (suffix, scale) in scaleSuffixes where text.hasSuffix(suffix) {
            let part = text.dropLast(suffix.count)
            if capitals(part), let code = codeTable[String(part)], code.count == 3 { return (code, scale) }
        }
        return nil
    }

    /// Whether a word of four to six bytes with these first, second and last bytes may be a
    /// scaled code; most words are ruled out by them.
    @inline(__always)
    private static func mayBeScaled(first: UInt8, second: UInt8, last: UInt8) -> Bool {
        // The code is in capitals, so the second byte is one, and so is the first unless it is
        // "k" ("kEUR"). Only a scale letter first ("MUSD") or last ("USDm", "EURbn") can make
        // one: ruled out by the bytes at the ends, unless they are past ASCII.
        second &- 0x41 < 26 && (first &- 0x41 < 26 || first == 0x6B)
            && (first >= 0x80 || last >= 0x80 || "MkKB".utf8.contains(first) || "mnk".utf8.contains(last))
    }

    /// False only when `code(word:)` and `scaledCode(word:)` find no code in an ASCII word of
    /// `count` bytes (case kept) with these first, second (0 for one byte) and last bytes.
    static func mayBeCode(count: Int, first: UInt8, second: UInt8, last: UInt8) -> Bool {
        mayBeCode(count: count, first: first, second: second, last: last, codes: codeBytes)
    }

    /// `mayBeCode` with `codeBytes` at hand (`codes`): read once by a caller that asks at
    /// every word, as a static read is a call.
    @inline(__always)
    static func mayBeCode(count: Int, first: UInt8, second: UInt8, last: UInt8, codes: ExactWordFilter) -> Bool {
        if count <= 4, codes.mayContain(first: first, second: second, count: count) { return true }
        return count >= 4 && count <= 6 && mayBeScaled(first: first, second: second, last: last)
    }

    /// `codeFilter` with the case of the codes kept: a word in small letters is no "USD".
    static let codeBytes = ExactWordFilter(tables.codes.keys)

    /// Scale letters written before a code ("MUSD", "kEUR").
    private static let scalePrefixes: [String: Double] = ["M": 1e6, "k": 1e3, "K": 1e3, "B": 1e9]
    /// Scale letters written after a code ("USDm", "EURbn").
    private static let scaleSuffixes: [(String, Double)] = [("m", 1e6), ("bn", 1e9), ("mn", 1e6), ("k", 1e3)]

    /// "and 50 cents", "20 pence" after a whole amount: the hundredths and the lexeme after them.
    static func minorAfter(_ lx: [FigureLexeme], at i: Int) -> (value: Double, end: Int)? {
        var j = i
        if j < lx.count, lx[j].lower == "and" { j += 1 }
        guard j < lx.count, let number = NumberParser.parse(lx, at: j), !number.isOrdinal, number.value < 100,
              number.end < lx.count, CurrencyNewsForms.minorUnits[lx[number.end].lower] != nil else { return nil }
        return (number.value / 100, number.end + 1)
    }

    /// A lexeme that can begin a currency sign: "$", "US", "Rp", "₾".
    static let signStarts: LexiconSet = LexiconSet({ () -> Set<String> in
        var out: Set<String> = []
        for key in Array(tables.symbols.keys) + Array(tables.placeSigns.keys) { out.insert(String(key.split(separator: " ").first ?? "").lowercased()) }
        return out
    }())

    /// Rule out most lexemes before signs after numbers and minor units are looked up.
    private static let suffixSymbolFilter = WordLengthFilter(tables.suffixSymbols.keys)
    private static let minorUnitFilter = WordLengthFilter(CurrencyNewsForms.minorUnits.keys)

    /// Whether a currency sign or code found by `prefix` can start at `l`: a sign's first
    /// lexeme, a code or a scaled code.
    static func mayStartSign(_ l: FigureLexeme) -> Bool {
        signStartFilter.mayContain(l.lower) && signStarts.contains(l.lower) || l.isWord && (code(word: l.text) != nil || scaledCode(word: l.text) != nil)
    }

    /// The second lexemes of signs, in lower case ("$" of "US $", "." of "U . S . $"): a sign
    /// goes on past its first lexeme only into one of them.
    static let signSeconds = LexiconSet(tables.symbols.keys.compactMap { key in
        key.split(separator: " ").dropFirst().first.map { $0.lowercased() }
    })

    /// Rules out most lexemes before `signStarts` is searched.
    private static let signStartFilter = WordLengthFilter(signStarts)
    /// The first words of names and families.
    private static let nameStartFilter = WordLengthFilter(firstWordsOf: Array(tables.names.keys) + Array(tables.families.keys))
    /// The first words (up to the first space) of names and families: a key joined from
    /// lexemes, which hold no space, equals a name only when its first lexeme equals the
    /// name's first word.
    private static let nameStarts = LexiconSet((Array(tables.names.keys) + Array(tables.families.keys)).map(\.firstWord))
    /// The first words of the names of two words or more (`families` has one word each).
    private static let phraseStarts = LexiconSet(firstWordsOfPhrases: tables.names.keys)

    /// A currency sign as written ("Rs.", "B/.", "HK$"), or a sign that is also a word ("Nu.").
    static func isSign(_ text: String) -> Bool {
        let key = CurrencyTables.key(text, lower: false)
        return tables.symbols[key] != nil || tables.placeSigns[key] != nil
    }

    /// Letters of a sign that is also a word ("MK"), which split from digits glued to them only
    /// where those read as an amount ("MK1,250", not "LS1").
    static func isPlaceSign(_ letters: String) -> Bool {
        tables.placeSigns[letters] != nil
    }

    /// Letters written glued before digits that are a currency ("USD3m", "Rs500", "Ksh5bn").
    static func isGluedPrefix(_ letters: String) -> Bool {
        codeTable[letters] != nil || (letters.count >= 2 && !letters.contains(" ") && tables.symbols[letters] != nil) || letters == "R"
    }
}
