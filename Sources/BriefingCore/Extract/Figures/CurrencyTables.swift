import Foundation

/// Currency codes, names and symbols taken from CLDR through Foundation (ICU), with the forms
/// news writes on top of them (`CurrencyNewsForms`). `build()` asks ICU; programs read the
/// tables it gave as `CurrencyTableSnapshot.swift` writes them out (`shared`).
///
/// Keys are lexemes as `FigureLexer` splits them, joined with spaces ("US$" → "US $"), so a
/// look-up is one dictionary hit on the lexemes next to a number.
struct CurrencyTables: Sendable, Equatable {
    /// ISO 4217 codes (and crypto tickers) accepted as written, upper case: "USD", "KES", "BTC".
    var codes: [String: String] = [:]
    /// Names after a number, lower-cased: "south korean won", "swiss francs", "euros".
    var names: [String: String] = [:]
    /// Bare names of one word ("dollars", "won", "guilders"): matched only when written in lower
    /// case, but for those that are currencies however written (`CurrencyNewsForms.capitalNames`).
    var bareNames: Set<String> = []
    /// Signs before a number, case kept: "$", "C $", "Rp", "₾", "GH ₵".
    var symbols: [String: String] = [:]
    /// "$" signs in lower case, as tokenized copy writes them ("hk $", "us $", "c $").
    var lowerSymbols: [String: String] = [:]
    /// Signs whose letters may stand apart from the "$" though they are one letter ("C $").
    var apartSigns: Set<String> = []
    /// Signs also written after a number ("4,40 zł", "280 billion Kč", "5 €").
    var suffixSymbols: [String: String] = [:]
    /// Bare names with every currency, current or old, that has them ("francs": CHF, FRF, BEF…).
    var families: [String: Set<String>] = [:]
    /// Places and their adjectives ("kenya", "norwegian", "south africa", "french") with their
    /// currencies, to tell which one a shared name means.
    var places: [String: Set<String>] = [:]
    /// Signs of letters several currencies share ("Rs": Pakistani, Sri Lankan, Nepalese,
    /// Mauritian rupees), keyed as `symbols`: the table's currency unless the sentence names a
    /// place of one of these.
    var sharedSigns: [String: Set<String>] = [:]
    /// Signs that are also words or abbreviations (`CurrencyNewsForms.notSymbols`: "Br", "MK",
    /// "Nu."), keyed as `symbols` and also without a final point, and lone capitals ("K"), with
    /// the currencies CLDR gives them: a currency only in a sentence that names a place paying
    /// in one of these.
    var placeSigns: [String: Set<String>] = [:]
    /// Signs of two letters or more in lower case ("ksh", "rs", "rm"), as tokenized lower-case
    /// copy writes them: read so only in a sentence with no capital letter.
    var lowerCopySigns: [String: String] = [:]
    /// Longest key, in lexemes.
    var longestName = 1
    var longestSymbol = 1

    /// The tables, as `build()` made them when `CurrencyTableSnapshot.swift` was written.
    static let shared = snapshot

    /// The lexemes of `text` joined with spaces, as keys are stored.
    static func key(_ text: String, lower: Bool) -> String {
        FigureLexer.lex(text, splittingCurrencies: false).map { lower ? $0.lower : $0.text }.joined(separator: " ")
    }

    /// Reads the tables from Foundation: codes, English names and plurals, signs of every locale.
    static func build() -> CurrencyTables {
        var tables = CurrencyTables()
        let common = Set(Locale.commonISOCurrencyCodes)
        let all = Locale.Currency.isoCurrencies.map(\.identifier).filter { code in
            code.count == 3 && code.allSatisfy { $0.isASCII && $0.isUppercase }
        }
        // Current currencies first, so that a name shared with an old one ("mark") is theirs.
        let ordered = all.filter { common.contains($0) }.sorted() + all.filter { !common.contains($0) }.sorted()
        for code in ordered where !CurrencyNewsForms.notCodes.contains(code) {
            tables.codes[code] = code
        }
        for (code, value) in CurrencyNewsForms.codes { tables.codes[code] = value }
        // "200 million usd", "eur 30": codes of current currencies and news codes in lower case,
        // but those that are words or units of measure ("600 kgs" are kilograms, not soms).
        for code in common.union(CurrencyNewsForms.codes.keys).sorted() {
            guard let value = tables.codes[code], !CurrencyNewsForms.notLowerCodes.contains(code.lowercased()),
                  UnitLexicon.table[code.lowercased()] == nil else { continue }
            tables.codes[code.lowercased()] = value
        }

        // Names: "South Korean Won" gives "south korean won" and its plural; the bare name "won"
        // is kept when one current currency has it, or when news prefers one ("dollars" → USD).
        let english = Locale(identifier: "en")
        var bare: [String: Set<String>] = [:]
        var adjectives: [String: Set<String>] = [:]
        var family: [String: Set<String>] = [:]
        // "175 convertible pesos", "5 new shekels": the last two words of a current currency's name of
        // three words or more, read below without its place.
        var tails: [String: Set<String>] = [:]
        for code in ordered {
            guard !CurrencyNewsForms.notCurrencies.contains(code), let name = english.localizedString(forCurrencyCode: code),
                  !name.contains("(") else { continue }
            let words = name.lowercased().split(separator: " ").map(String.init)
            if common.contains(code), words.count >= 3 { tails[words.suffix(2).joined(separator: " "), default: []].insert(code) }
            guard !name.contains(where: \.isNumber), !words.isEmpty else { continue }
            for variant in nameVariants(words) {
                for form in CurrencyNewsForms.forms(of: variant.last!) {
                    tables.addName((variant.dropLast() + [form]).joined(separator: " "), code)
                }
            }
            // "Kenyan" of "Kenyan Shilling", "South African" of "South African Rand", "French" of "French Franc".
            if words.count > 1 { adjectives[words.dropLast().joined(separator: " "), default: []].insert(code) }
            for variant in nameVariants(words) {
                family[variant.last!, default: []].insert(code)
                if common.contains(code) { bare[variant.last!, default: []].insert(code) }
            }
        }
        // A name's tail counts when no other currency's name ends so; after the full names, which
        // keep theirs ("Sudanese pound" of "South Sudanese Pound" is the Sudanese one).
        for (tail, codes) in tails.sorted(by: { $0.key < $1.key }) where codes.count == 1 {
            let words = tail.split(separator: " ").map(String.init)
            for form in CurrencyNewsForms.forms(of: words[1]) { tables.addName(words[0] + " " + form, codes.first!) }
        }
        for (head, codes) in family {
            for form in CurrencyNewsForms.forms(of: head) { tables.families[form] = codes }
        }
        for (adjective, codes) in adjectives { tables.places[Self.key(adjective, lower: true)] = codes }
        var regions: [String: Set<String>] = [:]
        for region in Locale.Region.isoRegions.map(\.identifier) where region.count == 2 {
            guard let code = Locale(identifier: "und_" + region).currency?.identifier, common.contains(code),
                  let name = english.localizedString(forRegionCode: region) else { continue }
            regions[code, default: []].insert(region)
            let place = name.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? name
            // "Trinidad & Tobago" is also written "Trinidad and Tobago".
            for spelling in Set([place, place.replacingOccurrences(of: " & ", with: " and ")]) {
                tables.places[Self.key(spelling, lower: true), default: []].insert(code)
            }
        }
        // Sorted, so that the tables do not depend on the order of a dictionary.
        for (head, codes) in bare.sorted(by: { $0.key < $1.key }) where codes.count == 1 && CurrencyNewsForms.preferred[head] == nil && !CurrencyNewsForms.notBare.contains(head) {
            for form in CurrencyNewsForms.forms(of: head) { tables.addBare(form, codes.first!) }
        }
        for (head, code) in CurrencyNewsForms.preferred.merging(CurrencyNewsForms.slangNames, uniquingKeysWith: { a, _ in a }).sorted(by: { $0.key < $1.key }) {
            for form in CurrencyNewsForms.forms(of: head) { tables.addBare(form, code) }
        }
        for (name, code) in CurrencyNewsForms.adjectiveNames.sorted(by: { $0.key < $1.key }) {
            let words = name.split(separator: " ").map(String.init)
            for form in CurrencyNewsForms.forms(of: words.last!) { tables.addName((words.dropLast() + [form]).joined(separator: " "), code) }
        }
        for (name, code) in CurrencyNewsForms.names.sorted(by: { $0.key < $1.key }) {
            tables.names[Self.key(name, lower: true)] = code
            tables.bareNames.remove(name)
        }

        // Symbols: each currency's sign in English ("CA$", "€") and in every locale that uses it
        // ("R$" in pt_BR, "₾" in ka_GE, "Rp" in id_ID); a sign several currencies share goes to
        // the one news prefers ("$" → USD) or to none ("kr").
        // A sign is asked as the display name of a currency code in a locale (ICU's symbol name
        // of the currency): the sign a currency formatter of that locale writes, without making a
        // number formatter for each locale as `Locale.currencySymbol` and `NumberFormatter` do
        // (0.1 s of ICU set-up at first use).
        let americanEnglish = NSLocale(localeIdentifier: "en_US")
        var englishSigns: [String: String] = [:]
        for code in common.sorted() {
            if let symbol = americanEnglish.displayName(forKey: .currencySymbol, value: code), symbol != code { englishSigns[symbol] = code }
        }
        let narrow = narrowSigns(common)
        let seen = localeSigns(common)
        for (symbol, codes) in seen.sorted(by: { $0.key < $1.key }) where codes.count == 1 { tables.addSymbol(symbol, codes.first!) }
        for (symbol, code) in englishSigns.sorted(by: { $0.key < $1.key }) where seen[symbol].map({ $0.count == 1 }) ?? true { tables.addSymbol(symbol, code) }
        // CLDR's narrow signs ("E£", "L£", "T$", "ZK"), where no locale's own sign is already the
        // key and one currency has the sign.
        for (symbol, codes) in narrow.sorted(by: { $0.key < $1.key }) where codes.count == 1 {
            if tables.symbols[Self.key(symbol, lower: false)] == nil { tables.addSymbol(symbol, codes.first!) }
        }
        // Each sign of a locale or a narrow one, with every currency that has it.
        let localeOrNarrow = seen.merging(narrow, uniquingKeysWith: { $0.union($1) })
        for (symbol, codes) in localeOrNarrow where codes.count > 1 && symbol.allSatisfy({ $0.isLetter || $0 == "." }) {
            tables.sharedSigns[Self.key(symbol, lower: false), default: []].formUnion(codes)
        }
        // "TT$50", "BZ$ 300", "FJ$3.2 million": the dollar of one region written with the region's
        // code (shared dollars, "EC$" and one-letter signs are news forms).
        for (code, owners) in regions.sorted(by: { $0.key < $1.key }) where owners.count == 1 {
            guard english.localizedString(forCurrencyCode: code)?.hasSuffix(" Dollar") == true else { continue }
            let sign = owners.first! + "$"
            if tables.symbols[Self.key(sign, lower: false)] == nil { tables.addSymbol(sign, code) }
        }
        for (symbol, code) in CurrencyNewsForms.symbols.sorted(by: { $0.key < $1.key }) { tables.addSymbol(symbol, code) }
        // "$A195,900", "$US5 billion": a dollar of a place written with its letters after the "$".
        for (symbol, code) in CurrencyNewsForms.symbols.sorted(by: { $0.key < $1.key }) where symbol.hasSuffix("$") && symbol.count > 1 {
            let letters = symbol.dropLast()
            guard letters.allSatisfy({ $0.isASCII && $0.isUppercase }) else { continue }
            if tables.symbols[Self.key("$" + letters, lower: false)] == nil { tables.addSymbol("$" + letters, code) }
        }
        // "Ush 5,000", "Tsh 2,000": a sign of capitals and small letters ("USh", "TSh") is also
        // written with its first letter alone in capitals, as "Ksh" and "Sfr" are.
        for (key, code) in tables.symbols.sorted(by: { $0.key < $1.key }) where !key.contains(" ") && key.allSatisfy(\.isLetter) {
            guard key.filter(\.isUppercase).count >= 2, key.contains(where: \.isLowercase) else { continue }
            let variant = String(key.prefix(1)) + key.dropFirst().lowercased()
            if tables.symbols[variant] == nil { tables.addSymbol(variant, code) }
        }
        for symbol in CurrencyNewsForms.symbols.keys where symbol.contains(" ") { tables.apartSigns.insert(Self.key(symbol, lower: false)) }
        // "Ethiopia's exports earned Br 45 billion", "Nu 8,000" in Bhutan: signs that are also words,
        // with and without a final point, kept for sentences that name a place paying in them.
        let signOwners = localeOrNarrow.merging(englishSigns.mapValues { [$0] }, uniquingKeysWith: { $0.union($1) })
        for sign in CurrencyNewsForms.notSymbols.words.sorted() {
            guard let codes = signOwners[sign], sign.allSatisfy({ $0.isLetter || $0 == "." }) else { continue }
            for spelling in Set([sign, sign.hasSuffix(".") ? String(sign.dropLast()) : sign]) {
                tables.placeSigns[Self.key(spelling, lower: false), default: []].formUnion(codes)
            }
        }
        // "Papua New Guinea budgeted K2.5 billion": a lone capital CLDR gives as a sign, which the
        // sign table leaves out but where news uses it ("R"); glued to the amount, as a lone letter must be.
        for (sign, codes) in signOwners.sorted(by: { $0.key < $1.key }) where sign.count == 1 && sign.allSatisfy({ $0.isASCII && $0.isUppercase }) {
            if tables.symbols[sign] == nil { tables.placeSigns[sign, default: []].formUnion(codes) }
        }
        for (sign, codes) in CurrencyNewsForms.placeSigns { tables.placeSigns[Self.key(sign, lower: false), default: []].formUnion(codes) }
        // "ksh 60 billion" in lower-case copy: a sign of letters with a capital, but no unit's symbol.
        for (key, code) in tables.symbols.sorted(by: { $0.key < $1.key }) where key.count >= 2 && key.allSatisfy(\.isLetter) {
            let lower = key.lowercased()
            guard lower != key, tables.symbols[lower] == nil, UnitLexicon.table[lower] == nil,
                  !CurrencyNewsForms.wordSignLetters.contains(lower) else { continue }
            if tables.lowerCopySigns[lower] == nil { tables.lowerCopySigns[lower] = code }
        }
        // "hk $ 300 million", "us$ 5": letters and "$" in lower case.
        for (key, code) in tables.symbols.sorted(by: { $0.key < $1.key }) where key.hasSuffix(" $") {
            let lower = key.lowercased()
            if lower != key, tables.lowerSymbols[lower] == nil { tables.lowerSymbols[lower] = code }
        }
        return tables
    }

    /// Each locale's own sign for its currency (a current one), with the currencies that have
    /// it, among the `common` ones: "R$" of pt_BR, "₾" of ka_GE, "Rp" of id_ID.
    private static func localeSigns(_ common: Set<String>) -> [String: Set<String>] {
        var seen: [String: Set<String>] = [:]
        for identifier in Locale.availableIdentifiers {
            guard let code = Locale(identifier: identifier).currency?.identifier, common.contains(code) else { continue }
            if let symbol = NSLocale(localeIdentifier: identifier).displayName(forKey: .currencySymbol, value: code), symbol != code {
                seen[symbol, default: []].insert(code)
            }
        }
        return seen
    }

    /// The narrow sign CLDR gives each currency, as English writes it before an amount, with the
    /// currencies that have it; a sign that is the code itself is left out.
    private static func narrowSigns(_ codes: Set<String>) -> [String: Set<String>] {
        var owners: [String: Set<String>] = [:]
        let english = Locale(identifier: "en")
        for code in codes {
            let written = Decimal(5).formatted(.currency(code: code).presentation(.narrow).locale(english))
            let sign = written.filter { !$0.isNumber && !$0.isWhitespace && $0 != "." && $0 != "," }
            if !sign.isEmpty, sign != code { owners[sign, default: []].insert(code) }
        }
        return owners
    }

    /// "Israeli New Shekel" is also "Israeli Shekel"; "US Dollar" also "U.S. Dollar"; a krona
    /// or koruna is a crown ("Czech crowns"), a markka a mark ("Finnish marks").
    private static func nameVariants(_ words: [String]) -> [[String]] {
        var out = [words]
        if words.count > 2, let new = words.firstIndex(of: "new") { out.append(words.enumerated().filter { $0.offset != new }.map(\.element)) }
        if words.first == "us" { out.append(["u.s."] + words.dropFirst()) }
        if ["krona", "krone", "koruna", "króna"].contains(words.last!) { out.append(words.dropLast() + ["crown"]) }
        // A markka is a mark in English: "Finnish marks".
        if words.last == "markka" { out.append(words.dropLast() + ["mark"]) }
        if words.last == "ruble" { out.append(words.dropLast() + ["rouble"]) }
        // "Tongan pa'anga": the ʻokina CLDR writes is an apostrophe in news.
        // (Scalars and bytes are read, not characters through Foundation's search: no mark joins the ʻokina.)
        for variant in out where variant.contains(where: { $0.unicodeScalars.contains("\u{02BB}") }) {
            out.append(variant.map { $0.replacingOccurrences(of: "\u{02BB}", with: "'") })
            out.append(variant.map { $0.replacingOccurrences(of: "\u{02BB}", with: "\u{2019}") })
        }
        // "Venezuelan bolivars", "Costa Rican colones": the name without its accents too.
        for variant in out where variant.contains(where: { !$0.utf8.allSatisfy { $0 < 0x80 } }) {
            out.append(variant.map { $0.folding(options: .diacriticInsensitive, locale: nil) })
        }
        return out
    }

    private mutating func addName(_ name: String, _ code: String) {
        let key = Self.key(name, lower: true)
        guard names[key] == nil else { return }
        names[key] = code
        longestName = max(longestName, key.split(separator: " ").count)
    }

    private mutating func addBare(_ name: String, _ code: String) {
        // A full name of one word ("euro") is matched however it is written.
        if names[name] != nil, !bareNames.contains(name) { return }
        names[name] = code
        bareNames.insert(name)
    }

    private mutating func addSymbol(_ symbol: String, _ code: String) {
        let lexemes = FigureLexer.lex(symbol, splittingCurrencies: false)
        guard !lexemes.isEmpty, !CurrencyNewsForms.notSymbols.contains(symbol) else { return }
        // A lone letter ("K", "L", "P") is a sign only where news uses it ("R10 billion").
        if lexemes.count == 1, lexemes[0].isWord, lexemes[0].text.count == 1, CurrencyNewsForms.symbols[symbol] == nil { return }
        let key = lexemes.map(\.text).joined(separator: " ")
        symbols[key] = code
        longestSymbol = max(longestSymbol, lexemes.count)
        // Signs that are words of two or more letters with a small letter ("zł", "Kč", "Ft")
        // and signs of one symbol ("€", "$") are written after the number as well.
        let letters = lexemes.count == 1 && lexemes[0].isWord && lexemes[0].text.count >= 2 && lexemes[0].text != lexemes[0].text.uppercased()
        let sign = lexemes.count == 1 && lexemes[0].kind == .symbol
        if letters || sign { suffixSymbols[key] = code }
    }
}
