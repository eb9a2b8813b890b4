/// Currencies written before a number ("$", "US$", "€", "USD") or after it ("won", "yuan",
/// "euros", "Canadian dollars"), with their ISO 4217 codes.
enum CurrencyLexicon {
    /// A currency found next to a number; lexemes `start..<end`.
    struct Match: Sendable, Equatable {
        var code: String
        var start: Int
        var end: Int
        /// The amount is in hundredths of the currency ("50 cents", "20p").
        var isSubunit = false
    }

    /// Symbols and codes written before the amount, keyed by lexemes joined with spaces.
    static let prefixes: [String: String] = [
        "$": "USD", "us $": "USD", "u.s. $": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW",
        "₹": "INR", "₽": "RUB", "₺": "TRY", "₪": "ILS", "₦": "NGN", "₫": "VND", "₱": "PHP", "₴": "UAH",
        "c $": "CAD", "ca $": "CAD", "a $": "AUD", "au $": "AUD", "hk $": "HKD", "nz $": "NZD",
        "s $": "SGD", "r $": "BRL", "nt $": "TWD", "rs": "INR", "rs .": "INR",
    ]
    /// ISO 4217 codes accepted before or after an amount ("USD 3 million", "2mil SEK").
    static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "KRW", "INR", "RUB", "CHF", "CAD", "AUD", "HKD", "NZD",
        "SGD", "SEK", "NOK", "DKK", "PLN", "TRY", "BRL", "MXN", "ZAR", "ILS", "AED", "SAR", "UAH", "TWD",
        "THB", "IDR", "MYR", "PHP", "VND", "NGN", "EGP", "PKR", "BDT", "CZK", "HUF", "KES",
    ]
    /// Names written after the amount, keyed by lexemes joined with spaces.
    static let suffixes: [String: String] = [
        "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD", "usd": "USD",
        "euro": "EUR", "euros": "EUR", "pounds sterling": "GBP", "pound sterling": "GBP", "sterling": "GBP",
        "british pounds": "GBP", "yuan": "CNY", "renminbi": "CNY", "chinese yuan": "CNY", "yen": "JPY",
        "japanese yen": "JPY", "won": "KRW", "south korean won": "KRW", "korean won": "KRW",
        "rupee": "INR", "rupees": "INR", "indian rupees": "INR", "rouble": "RUB", "roubles": "RUB",
        "ruble": "RUB", "rubles": "RUB", "swiss francs": "CHF", "francs": "CHF", "lira": "TRY",
        "liras": "TRY", "rand": "ZAR", "reais": "BRL", "real": "BRL", "pesos": "MXN", "shekels": "ILS",
        "shekel": "ILS", "dirhams": "AED", "riyals": "SAR", "baht": "THB", "dong": "VND", "ringgit": "MYR",
        "rupiah": "IDR", "naira": "NGN", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnias.": "UAH",
        "zloty": "PLN", "zlotys": "PLN", "kronor": "SEK", "krona": "SEK", "kroner": "NOK",
        "canadian dollars": "CAD", "canadian dollar": "CAD", "australian dollars": "AUD",
        "australian dollar": "AUD", "hong kong dollars": "HKD", "singapore dollars": "SGD",
        "new zealand dollars": "NZD", "taiwan dollars": "TWD", "new taiwan dollars": "TWD",
        "finnish markka": "FIM", "bitcoin": "XBT", "bitcoins": "XBT",
    ]
    /// Hundredths written after the amount, with the currency they belong to.
    static let subunits: [String: String] = ["cent": "USD", "cents": "USD", "pence": "GBP", "p": "GBP", "penny": "GBP"]

    /// A currency symbol or code ending just before lexeme `i` (the number), if any.
    static func prefix(_ lx: [FigureLexeme], before i: Int) -> Match? {
        for length in stride(from: min(3, i), through: 1, by: -1) {
            let range = (i - length)..<i
            let key = range.map { lx[$0].lower }.joined(separator: " ")
            if let code = prefixes[key] {
                // "A$5" is Australian; "a $5 bill" is not.
                if key == "a $", lx[i - 2].text != "A" || lx[i - 1].spaced { continue }
                return Match(code: code, start: i - length, end: i)
            }
            if length == 1, lx[i - 1].isWord, codes.contains(lx[i - 1].text) {
                return Match(code: lx[i - 1].text == "RMB" ? "CNY" : lx[i - 1].text, start: i - 1, end: i)
            }
        }
        return nil
    }

    /// A currency name or code starting at lexeme `i` (after the amount), if any.
    /// - Parameter scaled: the amount ends with a scale word, so "pounds" is money.
    static func suffix(_ lx: [FigureLexeme], at i: Int, scaled: Bool) -> Match? {
        guard i < lx.count else { return nil }
        for length in stride(from: min(3, lx.count - i), through: 1, by: -1) {
            let key = (i..<(i + length)).map { lx[$0].lower }.joined(separator: " ")
            if let code = suffixes[key] { return Match(code: code, start: i, end: i + length) }
        }
        let word = lx[i]
        if word.isWord, codes.contains(word.text) {
            return Match(code: word.text == "RMB" ? "CNY" : word.text, start: i, end: i + 1)
        }
        if scaled, word.lower == "pounds" || word.lower == "pound" { return Match(code: "GBP", start: i, end: i + 1) }
        if let code = subunits[word.lower], word.lower != "p" || !word.spaced {
            return Match(code: code, start: i, end: i + 1, isSubunit: true)
        }
        return nil
    }
}
