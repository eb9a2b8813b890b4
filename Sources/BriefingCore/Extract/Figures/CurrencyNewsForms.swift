/// What news writes about money beyond CLDR: prefixed dollars, the preferred currency of a
/// bare name ("dollars", "francs"), old European names, crypto units and plural forms.
enum CurrencyNewsForms {
    /// Signs before a number, as written.
    static let symbols: [String: String] = [
        "$": "USD", "US$": "USD", "U.S.$": "USD", "US $": "USD", "U.S. $": "USD", "C$": "CAD", "CA$": "CAD", "Can$": "CAD",
        "A$": "AUD", "AU$": "AUD", "Mex$": "MXN", "MX$": "MXN", "HK$": "HKD", "HK $": "HKD", "R$": "BRL",
        "NZ$": "NZD", "NZ $": "NZD", "S$": "SGD", "NT$": "TWD", "€": "EUR", "£": "GBP", "¥": "JPY", "￥": "JPY",
        "CN¥": "CNY", "RMB": "CNY", "Rs": "INR", "Rs.": "INR", "Re": "INR", "Re.": "INR", "R": "ZAR", "RM": "MYR", "Rp": "IDR", "Ksh": "KES",
        "KSh": "KES", "Sh": "KES", "₿": "XBT", "NIS": "ILS", "Dh": "AED", "Dhs": "AED", "QR": "QAR", "KD": "KWD", "BD": "BHD",
        "Tk": "BDT", "SFr": "CHF", "Sfr": "CHF", "FFr": "FRF", "DM": "DEM", "Pta": "ESP", "Ptas": "ESP", "Dfl": "NLG",
        "Fl": "NLG", "BFr": "BEF", "Esc": "PTE", "IR£": "IEP", "SKr": "SEK", "Skr": "SEK", "NKr": "NOK", "Nkr": "NOK",
        "DKr": "DKK", "Dkr": "DKK", "C $": "CAD", "₵": "GHS", "₨": "INR", "TL": "TRY", "Php": "PHP", "GH¢": "GHS",
        // Dollars of smaller economies with letters of their own: "J$2,500", "N$200", "EC$5".
        "J$": "JMD", "N$": "NAD", "EC$": "XCD", "Bds$": "BBD", "CI$": "KYD", "SI$": "SBD", "G$": "GYD", "L$": "LRD",
        // Wire-service abbreviations: "(dlrs 305,000)", "US dlrs 5 million".
        "dlrs": "USD", "Dlrs": "USD", "US dlrs": "USD", "U.S. dlrs": "USD",
    ]
    /// Signs news writes that are also letters or words, beyond CLDR's, read as `CurrencyTables.placeSigns`
    /// are: the Philippine press's "P13.50", the Saudi press's "SR 500".
    static let placeSigns: [String: [String]] = ["P": ["PHP"], "SR": ["SAR"]]
    /// Signs several currencies share, written after the number ("89 kr"): the currency of the
    /// place the sentence names, else the first.
    static let sharedSuffixSigns: [String: [String]] = ["kr": ["SEK", "NOK", "DKK", "ISK"], "Kr": ["SEK", "NOK", "DKK", "ISK"]]
    /// Codes that are also English words or abbreviations in lower case ("try", "cad", "npr"):
    /// every other code is also read in lower case, as tokenized copy writes it ("200 million usd").
    static let notLowerCodes: LexiconSet = [
        "ang", "ars", "cad", "cop", "dop", "mad", "php", "rub", "try", "npr", "btn", "scr", "ils", "ron", "ssp", "sar",
        "nad", "mur", "ern", "kes", "gip", "jod", "pab", "bif", "doge", "cnh", "ton", "std", "ves", "mga", "ugx", "tnd",
    ]
    /// Letters of a "$" sign that are English words, so that in lower case and apart from the
    /// sign they are no currency ("gave us $5", "can $5").
    static let wordSignLetters: LexiconSet = ["us", "can", "a", "s", "i", "t", "d", "m"]
    /// Codes written in news that ISO lacks.
    static let codes: [String: String] = [
        "RMB": "CNY", "CNH": "CNY", "NIS": "ILS", "BTC": "XBT", "XBT": "XBT", "ETH": "ETH", "DOGE": "DOGE", "XRP": "XRP",
        "LTC": "LTC", "USDT": "USDT", "USDC": "USDC",
    ]
    /// Test, metal and fund codes, and codes of units that are no money of their own: neither
    /// their codes nor their names ("Gold", "WIR Euro") are currencies.
    static let notCurrencies = LexiconSet(notCurrencyCodes)
    private static let notCurrencyCodes = [
        "XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "USN", "USS", "CHE", "SUR",
    ]
    /// ISO codes that are English words or names in capitals more often than money ("ALL",
    /// "TOP", "CUP"), and the codes of `notCurrencies`; the names of the first are currencies
    /// ("30 soles", "4,000 lekë").
    static let notCodes = LexiconSet([
        "ALL", "TOP", "CUP", "PEN", "MOP", "BOB", "SOS", "AMD", "GEL", "BAM", "BAD", "BAN", "ARM", "NIC",
        "BEL", "PES", "TPE", "MAF", "CVE", "NAD", "HNL",
    ] + notCurrencyCodes)
    /// Signs that are English words or abbreviations before numbers ("den", "DA", "VT") or units
    /// after them ("kn", the kuna's narrow sign, is knots).
    static let notSymbols: LexiconSet = ["den", "Br", "Ar", "Le", "DA", "VT", "UM", "SR", "LS", "KM", "MK", "CF", "FG", "DT", "RF", "Db", "Rf", "kr", "kr.", "Nu.", "Bs", "Bs.", "kn"]
    /// The currency a bare name means in news when several have it.
    static let preferred: [String: String] = [
        "dollar": "USD", "pound": "GBP", "franc": "CHF", "peso": "MXN", "rupee": "INR", "yen": "JPY", "yuan": "CNY",
        "krona": "SEK", "krone": "NOK", "real": "BRL", "lira": "TRY", "riyal": "SAR", "dirham": "AED",
        "shekel": "ILS", "mark": "DEM", "guilder": "NLG", "escudo": "PTE", "peseta": "ESP", "drachma": "GRD",
        "markka": "FIM", "schilling": "ATS", "punt": "IEP", "ruble": "RUB", "rouble": "RUB", "rand": "ZAR",
        "won": "KRW", "renminbi": "CNY", "dinar": "IQD", "kwacha": "ZMW", "leu": "RON", "manat": "AZN", "rial": "IRR",
    ]
    /// The currency a bare name meant in news before euro notes and coins (2002), where it
    /// differs from today's preferred one: "francs" in a 1989 story are French francs, "lira"
    /// in 1995 Italian lire.
    static let preferredBeforeEuro: [String: String] = {
        var table: [String: String] = [:]
        for (head, code) in ["franc": "FRF", "lira": "ITL"] {
            for form in forms(of: head) { table[form] = code }
        }
        return table
    }()
    /// Names an article counts as one ("a dollar a day", "a penny more"): no weights, grades
    /// or other words.
    static let articleNames: LexiconSet = ["dollar", "euro", "penny", "cent", "rupee", "peso", "ruble", "rouble"]
    /// Words after "a dollar" that leave it an amount: "a dollar a day", "a penny more", "a
    /// euro per litre"; any other word makes the name an adjective ("a dollar store").
    static let afterArticleAmount: LexiconSet = [
        "a", "an", "per", "each", "apiece", "more", "less", "extra", "cheaper", "dearer", "for", "to", "in", "on", "from",
        "or", "and", "off", "at", "was", "is", "will", "would", "than", "short", "back", "bill", "coin", "note",
    ]
    /// Bare names that are currencies however they are written ("10 Dollars", "500 YEN"); the
    /// others are names or words in capitals ("Won", "Real", "Rand", "Dong").
    static let capitalNames: Set<String> = Set([
        "dollar", "pound", "franc", "peso", "rupee", "yen", "yuan", "krona", "krone", "lira", "riyal", "dirham", "shekel",
        "guilder", "escudo", "peseta", "drachma", "ruble", "rouble", "renminbi", "naira", "baht", "ringgit", "rupiah",
    ].flatMap(forms(of:)))
    /// Bare names whose preferred currency holds whatever place the sentence names: US dollars
    /// in a story about Canada, South Korean won in one about North Korea.
    static let placeless: LexiconSet = ["dollar", "dollars", "won", "wons"]
    /// Slang names of one currency, read as bare names are, in lower case only: "50 bucks", not
    /// the Milwaukee Bucks.
    static let slangNames: [String: String] = ["buck": "USD"]
    /// Names news uses that CLDR spells otherwise.
    static let names: [String: String] = [
        "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP", "deutsche mark": "DEM", "deutsche marks": "DEM",
        "deutschmark": "DEM", "deutschmarks": "DEM", "d-mark": "DEM", "d-marks": "DEM", "lire": "ITL",
        "bitcoin": "XBT", "bitcoins": "XBT", "ether": "ETH", "dogecoin": "DOGE", "dogecoins": "DOGE", "litecoin": "LTC",
        "litecoins": "LTC", "ecu": "XEU", "ecus": "XEU",
        "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "greenbacks": "USD",
        "złoty": "PLN", "złotys": "PLN", "złotych": "PLN", "quid": "GBP",
        "dlr": "USD", "dlrs": "USD", "us dlrs": "USD", "u.s. dlrs": "USD",
    ]
    /// Adjectives news puts before a currency where CLDR has another ("Korean won", CLDR "South
    /// Korean Won"); each takes the plural forms of its name.
    static let adjectiveNames: [String: String] = [
        "korean won": "KRW", "chinese renminbi": "CNY", "taiwanese dollar": "TWD", "taiwan dollar": "TWD",
        "emirati dirham": "AED", "kazakh tenge": "KZT", "uzbek som": "UZS", "kyrgyz som": "KGS", "tajik somoni": "TJS",
        "turkmen manat": "TMT", "nepali rupee": "NPR", "burmese kyat": "MMK", "luxembourg franc": "LUF",
        "australian cent": "AUD", "canadian cent": "CAD", "us cent": "USD", "u.s. cent": "USD",
    ]
    /// Heads of names that are no currency alone ("nine gold" medals, not Zimbabwe gold).
    static let notBare: LexiconSet = ["gold"]
    /// Bare names that are also English words ("pounds" of weight, "marks" of an exam): money
    /// only after a scale word or before a minor unit ("two pounds 20 pence").
    static let needsScale: LexiconSet = [
        "pound", "pounds", "mark", "marks", "real", "dram", "drams", "sol", "sols", "soles", "som", "sum", "kip", "kips",
    ]
    /// Words of currencies: in a sentence with one, "marks" and "pounds" after a number are money.
    static let currencyWords: LexiconSet = [
        "dollar", "dollars", "euro", "euros", "yen", "yuan", "sterling", "currency", "currencies", "exchange",
    ]
    /// Words of payment or a prize: shortly before the amount, they make "marks" and "pounds"
    /// money ("the best garden wins 50 pounds and a cup").
    static let moneyWords: LexiconSet = [
        "paid", "pay", "pays", "paying", "fine", "fined", "fines", "cost", "costs", "price", "prices", "priced", "salary", "wage", "wages",
        "prize", "bonus", "spent", "spend", "earn", "earned", "earns", "charge", "charged", "fee", "fees", "donated",
        "owed", "owes", "compensation", "pence", "cents", "worth", "win", "wins", "won", "winning", "winner", "winners", "awarded",
    ]
    /// Things that are money, after a hyphenated amount: "a 5-pound note", "a 10-mark fine";
    /// but for the coins, notes and bills, which also weigh, also shortly before an amount
    /// ("the ticket is 30 pounds").
    static let moneyNouns: LexiconSet = [
        "note", "notes", "coin", "coins", "bill", "bills", "ticket", "tickets", "bet", "loan", "debt", "tax", "fine", "fee",
        "prize", "bonus", "charge", "price", "salary", "wage", "payment", "donation", "reward", "voucher",
    ]
    /// Hundredths of a currency written after the amount.
    static let minorUnits: [String: String?] = [
        "cent": "USD", "cents": "USD", "pence": "GBP", "penny": "GBP", "pennies": "GBP", "¢": "USD", "centimes": nil, "centavos": nil,
        "centime": nil, "centavo": nil, "céntimos": nil, "centimos": nil, "sen": nil,
        "kopecks": "RUB", "kopeks": "RUB", "kopeck": "RUB", "kopek": "RUB", "paise": "INR", "paisa": "INR", "kobo": "NGN",
        "pesewas": "GHS", "agorot": "ILS", "satang": "THB", "rappen": "CHF", "groszy": "PLN", "grosz": "PLN",
        "halalas": "SAR", "stotinki": "BGN", "tetri": "GEL", "jiao": "CNY", "haléřů": "CZK", "øre": "NOK",
    ]

    /// Irregular plurals; every name also takes "-s" ("dollars") and stays as it is ("won").
    static let plurals: [String: [String]] = [
        "real": ["reais"], "lira": ["lire", "liras"], "leu": ["lei"], "lev": ["leva"], "krona": ["kronor"], "krone": ["kroner"],
        "koruna": ["koruny"], "markka": ["markkaa"], "loti": ["maloti"], "metical": ["meticais"], "colón": ["colones"],
        "quetzal": ["quetzales"], "bolívar": ["bolívares"], "sol": ["soles"], "guarani": ["guaranies"], "króna": ["krónur"],
        "lek": ["lekë"], "lilangeni": ["emalangeni"],
    ]

    /// The singular and plural forms of a currency's head word.
    static func forms(of head: String) -> [String] {
        [head, head + "s"] + (plurals[head] ?? [])
    }
}
