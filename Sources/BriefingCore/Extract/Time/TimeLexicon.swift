/// Word tables of the time tagger: calendar units, number words, seasons, parts of the day.
enum TimeLexicon {
    /// A calendar unit and its TIMEX3 duration letter ("Y", "M", "W", "D", "H"…).
    enum Unit: Sendable, CaseIterable {
        case second, minute, hour, day, week, month, quarter, year, decade, century

        /// Duration value for `n` units ("P3Y", "PT2H"); `nil` amount gives "X".
        func duration(_ n: Int?) -> String {
            let amount = n.map(String.init) ?? "X"
            switch self {
            case .second: return "PT\(amount)S"
            case .minute: return "PT\(amount)M"
            case .hour: return "PT\(amount)H"
            case .day: return "P\(amount)D"
            case .week: return "P\(amount)W"
            case .month: return "P\(amount)M"
            case .quarter: return "P\(amount)Q"
            case .year: return "P\(amount)Y"
            case .decade: return "P\(amount)DE"
            case .century: return "P\(amount)CE"
            }
        }
    }

    /// Unit named by a lowercase word, singular or plural ("years", "month").
    static func unit(_ word: String) -> (unit: Unit, plural: Bool)? {
        // Units are 3 to 9 letters long ("day", "centuries"): most words need no lookup.
        let n = word.utf8.count
        guard n >= 3, n <= 9 else { return nil }
        return unitForms[word]
    }

    /// The words `unit` names a unit for.
    static var unitWords: Dictionary<String, (unit: Unit, plural: Bool)>.Keys { unitForms.keys }

    /// Singular and plural unit words.
    private static let unitForms: LexiconMap<(unit: Unit, plural: Bool)> = LexiconMap({ () -> [String: (unit: Unit, plural: Bool)] in
        var forms: [String: (unit: Unit, plural: Bool)] = [:]
        for (word, unit) in units {
            forms[word] = (unit, false)
            forms[word + "s"] = (unit, true)
        }
        return forms
    }())

    private static let units: LexiconMap<Unit> = [
        "second": .second, "minute": .minute, "hour": .hour, "day": .day, "week": .week,
        "month": .month, "quarter": .quarter, "year": .year, "decade": .decade, "century": .century,
        "centurie": .century,
    ]

    /// Value of a cardinal number word ("three" → 3, "a" → 1), including "twenty-four".
    static func number(_ word: String) -> Int? {
        if numberFilter.mayContain(word), let n = numbers[word] { return n }
        // A compound needs a hyphen byte.
        guard UTF8Scan.containsByte(word, 0x2D) else { return nil }
        if let dash = word.firstIndex(of: "-"), let tens = numbers[String(word[..<dash])], tens >= 20, tens % 10 == 0,
           let ones = numbers[String(word[word.index(after: dash)...])], ones < 10 {
            return tens + ones
        }
        return nil
    }

    private static let numberFilter = WordLengthFilter(numbers.keys)

    private static let numbers: LexiconMap<Int> = LexiconMap({ () -> [String: Int] in
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                     "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        var t: [String: Int] = ["a": 1, "an": 1, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
                                "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100]
        for (i, w) in words.enumerated() { t[w] = i + 1 }
        return t
    }())

    /// Words for an unknown count of units ("several years" → PXY).
    static let vagueCounts: LexiconSet = ["several", "few", "many", "some", "couple"]

    /// Ordinal words up to four (quarters, halves).
    static let ordinals: LexiconMap<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4]

    /// Ordinal words that count days of an event ("the second day", "its tenth day").
    static let dayOrdinals: LexiconMap<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "final": 0, "last": 0,
    ]

    /// TIMEX3 season codes.
    static let seasons: LexiconMap<String> = ["spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"]

    /// Seasons in the plural ("summers"), which name recurring seasons: TIMEX3 sets.
    static let seasonPlurals: LexiconMap<String> = ["summers": "SU", "winters": "WI", "autumns": "FA"]

    /// TIMEX3 codes of parts of the day.
    static let dayParts: LexiconMap<String> = ["morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"]

    /// Parts of the day in the plural ("Sunday mornings"), which recur.
    static let dayPartPlurals: LexiconMap<String> = ["mornings": "MO", "afternoons": "AF", "evenings": "EV", "nights": "NI"]

    /// Adverbs of frequency and their TIMEX3 SET values.
    static let frequencies: LexiconMap<String> = [
        "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
        "nightly": "XXXX-XX-XXTNI",
    ]

    /// Decades of the twentieth century said in words ("the nineties"), as TimeML writes them.
    static let spelledDecades: LexiconMap<String> = [
        "twenties": "192", "thirties": "193", "forties": "194", "fifties": "195", "sixties": "196",
        "seventies": "197", "eighties": "198", "nineties": "199",
    ]

    /// Vague references to the present, past and future.
    static let references: LexiconMap<String> = [
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF",
        "lately": "PAST_REF", "formerly": "PAST_REF",
    ]

    /// Prepositions and determiners that lead time expressions ("in 1990", "since 2022").
    static let yearLeads: LexiconSet = [
        "in", "since", "of", "by", "until", "till", "through", "during", "from", "to", "before", "after", "fiscal",
        "early", "late", "mid", "and", "or", "between", "for", "year", "the", "around", "about", "throughout",
    ]

    /// Every word that can start an expression (digits and hyphenated compounds aside): the
    /// tagger skips other tokens without trying its rules.
    static let starters: LexiconSet = LexiconSet({ () -> Set<String> in
        var words: Set<String> = [
            "last", "this", "next", "past", "previous", "coming", "current", "every", "each", "per", "year-earlier",
            "year-ago", "today", "yesterday", "tomorrow", "tonight", "weekend", "quarter", "latest", "recent", "present",
            "future", "sept", "year", "fiscal", "mid", "christmas", "halloween", "new", "independence", "thanksgiving",
            "that", "following", "same", "corresponding", "comparable", "day", "week", "month", "hour", "early", "late", "election", "noon", "midnight", "midday", "these", "years", "months", "weeks", "days", "decades", "hours", "minutes", "full", "whole", "entire",
            "his", "her", "their", "tenure", "decade", "century", "centuries", "near", "short", "long", "longer", "term", "summers", "winters", "autumns", "overnight",
            "easter", "good", "prior", "valentine", "patrick", "veterans", "armistice", "remembrance", "boxing", "bastille",
            "flag", "labor", "memorial", "mother", "father", "columbus", "presidents", "st",
            "daylong", "weeklong", "monthlong", "yearlong", "decadelong", "hourlong", "midmorning", "midafternoon",
            "multi", "multiyear", "multiday", "multiweek", "multimonth", "multidecade",
        ]
        words.formUnion(centuryOrdinals.keys)
        words.formUnion(periodParts)
        words.formUnion(numbers.keys)
        words.formUnion(vagueCounts)
        words.formUnion(ordinals.keys)
        words.formUnion(dayOrdinals.keys)
        words.formUnion(seasons.keys)
        words.formUnion(dayParts.keys)
        words.formUnion(frequencies.keys)
        words.formUnion(references.keys)
        words.formUnion(spelledDecades.keys)
        for name in MonthNames.full { words.insert(name.lowercased()); words.insert(String(name.prefix(3)).lowercased()) }
        for name in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] { words.insert(name); words.insert(name + "s") }
        words.formUnion(["half", "weekends", "q1", "q2", "q3", "q4"])
        return words
    }())

    /// For each lowercase first letter, a bit for each length (1–63) of a starter, or of the
    /// part of a starter before a hyphen: rules out most words without hashing them.
    private static let starterLengths: [UInt64] = {
        var table = [UInt64](repeating: 0, count: 26)
        for word in starters {
            guard let first = word.utf8.first, first >= 0x61 && first <= 0x7A, word.utf8.count < 64 else { continue }
            table[Int(first - 0x61)] |= 1 << UInt64(word.utf8.count)
        }
        return table
    }()

    /// Rules out more whole words, by their first two bytes and length.
    private static let starterFilter = WordLengthFilter(starters)

    /// Whether the token `word` (lowercase) may start an expression.
    static func mayStart(_ word: String) -> Bool {
        UTF8Scan.withBytes(word) { bytes in
            guard let first = bytes.first else { return false }
            if first >= 0x30 && first <= 0x39 { return true }
            guard first >= 0x61 && first <= 0x7A else { return false }
            let lengths = starterLengths[Int(first - 0x61)]
            let n = bytes.count
            if n < 64, lengths & (1 << UInt64(n)) != 0, starterFilter.mayContain(word), starters.contains(word) { return true }
            // A hyphenated compound whose first part starts expressions ("two-year", "mid-1990s").
            var k = 0
            while k < n, bytes[k] != 0x2D { k += 1 }
            guard k < n, k < 64, lengths & (1 << UInt64(k)) != 0 else { return false }
            return starters.contains(UTF8Scan.string(bytes, 0..<k))
        }
    }

    /// Words in the sentence before an expression that put it in the future.
    static let futureCues: LexiconSet = [
        "will", "'ll", "shall", "next", "scheduled", "upcoming", "coming", "plans", "planned", "planning", "intend",
        "expected", "expects", "expect", "intends", "due", "set", "payable", "effective", "must", "would", "should",
    ]

    /// Prepositions before a plural unit without a count ("for years", "within weeks").
    static let beforeBarePlural: LexiconSet = [
        "for", "within", "in", "over", "after",
        "face", "faces", "facing", "serve", "serves", "serving",  // "could face decades in prison"
    ]

    /// Ordinal words of centuries ("the nineteenth century").
    static let centuryOrdinals: LexiconMap<Int> = [
        "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    ]

    /// Parts of a period that lead "of" and a date ("the end of the year").
    static let periodParts: LexiconSet = ["end", "beginning", "start", "middle"]

    /// Modal verbs of the future.
    static let modals: LexiconSet = ["will", "'ll", "shall"]

    /// Present-tense words of plans that put a weekday before them in the future too
    /// ("On Tuesday, the league plans to hold a rally").
    static let plansAfter: LexiconSet = ["plans", "expects", "intends"]

    /// Present forms of preparing and aiming that, before "to", put the verb after them ahead
    /// ("the president prepares to mark his 100th day in office on Wednesday").
    static let plansBeforeTo: LexiconSet = [
        "prepares", "prepare", "preparing", "aims", "aiming", "hopes", "hoping", "seeks", "seeking", "intending",
    ]

    /// Present-tense verbs of a timetable: news tells past events in the past tense, so a
    /// weekday with one of these lies ahead ("the summit starts Sunday", "Obama visits Berlin on Monday").
    static let scheduleVerbs: LexiconSet = [
        "starts", "begins", "opens", "resumes", "meets", "arrives", "visits", "travels", "convenes",
        "start", "begin", "open", "resume", "meet", "arrive", "visit", "travel", "convene",
        "hosts", "heads", "leaves", "host", "head", "leave",
        "plays", "faces",  // a fixture: "New Orleans plays at Seattle on Saturday"
    ]

    /// Past forms that do not end in "ed", and words that put a clause in the past.
    static let pastCues: LexiconSet = [
        "was", "were", "had", "did", "said", "told", "began", "took", "came", "went", "made", "met", "left", "got", "gave",
        "rose", "fell", "won", "lost", "sold", "bought", "paid", "held", "ran", "saw", "grew", "became", "brought", "spent",
        "sent", "struck", "wrote", "found", "knew", "thought", "led", "fled", "shot", "broke", "stood", "ago", "since",
        "earlier", "slid", "sank", "hit", "fought", "flew", "drew", "chose", "spoke", "swore", "taught", "caught",
    ]

    /// Words ending in "ed" that are not past forms.
    static let notPastInEd: LexiconSet = [
        "hundred", "indeed", "proceed", "succeed", "exceed", "speed", "breed", "greed", "based", "related", "limited",
        "united", "detailed", "advanced", "supposed", "needed", "proposed", "expected", "scheduled", "planned", "embed",
    ]

    /// Time-zone abbreviations after a clock time.
    static let zones: LexiconSet = ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "bst", "cet", "kst"]
}
