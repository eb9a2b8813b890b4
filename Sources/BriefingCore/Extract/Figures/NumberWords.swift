/// English number words: cardinals, ordinals, fraction denominators, scales and suffixes.
enum NumberWords {
    /// "zero" … "nineteen".
    static let units: LexiconMap<Double> = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
        "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19,
    ]
    /// "twenty" … "ninety".
    static let tens: LexiconMap<Double> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    /// Words that multiply what precedes them ("three hundred", "28.7 trillion", "13 lakh").
    static let scales: LexiconMap<Double> = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    ]
    /// Abbreviated scales written after a number: "$5bn", "€40m", "10 bln", "2mil", "100k".
    static let scaleAbbreviations: LexiconMap<Double> = [
        "k": 1e3, "thousand": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "mm": 1e6, "bn": 1e9, "bln": 1e9,
        "b": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12,
    ]
    /// Plural scales read as rough counts: "hundreds", "tens of thousands", "dozens".
    static let roughPlurals: LexiconMap<Double> = [
        "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
        "billions": 1e9, "trillions": 1e12,
    ]
    /// Ordinal words with their values; the plural forms name fraction denominators.
    static let ordinals: LexiconMap<Double> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
        "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
        "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
        "hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
    ]
    /// Denominators of fractions: "half", "quarter", "thirds", "fifths"…
    static let denominators: LexiconMap<Double> = LexiconMap({ () -> [String: Double] in
        var table: [String: Double] = ["half": 2, "halves": 2, "quarter": 4, "quarters": 4]
        for (word, value) in ordinals where word != "first" && word != "second" {
            table[word] = value
            table[word + "s"] = value
        }
        return table
    }())
    /// "dozen" and its abbreviations, singular and plural: "a dozen", "3 doz".
    static let dozens: LexiconSet = ["dozen", "dozens", "dz", "dzs", "doz", "dozs"]
    /// Digit suffixes of ordinals: "21st", "57th".
    static let ordinalSuffixes: LexiconSet = ["st", "nd", "rd", "th"]
    /// Unicode vulgar fractions by scalar value.
    static let vulgarFractions: [UInt32: Double] = [
        0xBD: 1.0 / 2, 0xBC: 1.0 / 4, 0xBE: 3.0 / 4, 0x2153: 1.0 / 3, 0x2154: 2.0 / 3, 0x2155: 1.0 / 5,
        0x2156: 2.0 / 5, 0x2157: 3.0 / 5, 0x2158: 4.0 / 5, 0x2159: 1.0 / 6, 0x215A: 5.0 / 6,
        0x2150: 1.0 / 7, 0x215B: 1.0 / 8, 0x215C: 3.0 / 8, 0x215D: 5.0 / 8, 0x215E: 7.0 / 8,
        0x2151: 1.0 / 9, 0x2152: 1.0 / 10,
    ]

    /// Whether scalar `v` is one of `vulgarFractions` (U+00BC–U+00BE, U+2150–U+215E), told
    /// by its ranges without a look-up.
    @inline(__always)
    static func isVulgarFraction(_ v: UInt32) -> Bool {
        (v &- 0xBC < 3) || (v &- 0x2150 < 15)
    }

    /// The value of a single cardinal word ("seven" → 7, "forty" → 40).
    static func cardinal(_ word: String) -> Double? { units[word] ?? tens[word] }
}
