/// Units of measure as written after a number, with the unit's name and what it measures.
enum UnitLexicon {
    /// A unit found after a number.
    struct Match: Sendable, Equatable {
        /// Canonical singular name: "kilometer", "square meter", "degree Celsius", "year".
        var name: String
        /// "length", "weight", "volume", "area", "speed", "temperature", "angle", "information",
        /// "energy", "power", "duration".
        var quantity: String
        /// Lexemes `start..<end` hold the unit.
        var end: Int
    }

    private static func entries(_ quantity: String, _ list: [(String, [String])]) -> [String: (String, String)] {
        var table: [String: (String, String)] = [:]
        for (name, forms) in list { for form in forms { table[form] = (name, quantity) } }
        return table
    }

    /// Forms written with their lexemes separated by single spaces ("km / h", "metric tons").
    static let table: LexiconMap<(name: String, quantity: String)> = LexiconMap({ () -> [String: (name: String, quantity: String)] in
        var t: [String: (String, String)] = [:]
        let groups: [[String: (String, String)]] = [
            entries("length", [
                ("millimeter", ["mm", "millimeter", "millimeters", "millimetre", "millimetres"]),
                ("centimeter", ["cm", "centimeter", "centimeters", "centimetre", "centimetres"]),
                ("decimeter", ["dm", "decimeter", "decimeters", "decimetre", "decimetres"]),
                ("meter", ["m", "meter", "meters", "metre", "metres"]),
                ("kilometer", ["km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"]),
                ("inch", ["inch", "inches", "\""]), ("foot", ["ft", "foot", "feet"]),
                ("yard", ["yd", "yds", "yard", "yards"]), ("mile", ["mi", "mile", "miles"]),
                ("nautical mile", ["nautical mile", "nautical miles"]),
                ("nanometer", ["nanometer", "nanometers", "nanometre", "nanometres"]),
                ("micrometer", ["micrometer", "micrometers", "micron", "microns"]),
                ("light year", ["light year", "light years", "light - year", "light - years"]),
            ]),
            entries("weight", [
                ("milligram", ["mg", "milligram", "milligrams", "milligramme", "milligrammes"]),
                ("microgram", ["μg", "µg", "mcg", "microgram", "micrograms", "microgramme", "microgrammes"]),
                ("gram", ["g", "gram", "grams", "gramme", "grammes"]),
                ("kilogram", ["kg", "kgs", "kilo", "kilos", "kilogram", "kilograms", "kilogramme", "kilogrammes"]),
                ("ton", ["t", "ton", "tons", "tonne", "tonnes"]),
                ("metric ton", ["metric ton", "metric tons", "metric tonne", "metric tonnes"]),
                ("pound", ["lb", "lbs", "pound", "pounds"]), ("ounce", ["oz", "ounce", "ounces"]),
                ("carat", ["carat", "carats"]), ("dram", ["dram", "drams", "drachma"]),
            ]),
            entries("volume", [
                ("milliliter", ["ml", "milliliter", "milliliters", "millilitre", "millilitres"]),
                ("liter", ["l", "liter", "liters", "litre", "litres"]),
                ("gallon", ["gal", "gallon", "gallons"]), ("barrel", ["barrel", "barrels", "bbl"]),
                ("cubic foot", ["cubic foot", "cubic feet"]),
                ("cubic meter", ["cubic meter", "cubic meters", "cubic metre", "cubic metres", "m3"]),
                ("cup", ["cup", "cups"]), ("tablespoon", ["tablespoon", "tablespoons", "tbsp"]),
                ("teaspoon", ["teaspoon", "teaspoons", "tsp"]), ("pint", ["pint", "pints"]),
                ("quart", ["quart", "quarts"]),
            ]),
            entries("area", [
                ("square meter", ["square meter", "square meters", "square metre", "square metres", "sq m", "m2", "sqm"]),
                ("square kilometer", ["square kilometer", "square kilometers", "square kilometre", "square kilometres", "sq km", "km2"]),
                ("square mile", ["square mile", "square miles", "sq mi"]),
                ("square foot", ["square foot", "square feet", "sq ft"]),
                ("acre", ["acre", "acres"]), ("hectare", ["hectare", "hectares", "ha"]),
            ]),
            entries("speed", [
                ("mile per hour", ["mph", "miles per hour", "mile per hour", "miles an hour", "mile an hour"]),
                ("kilometer per hour", ["kph", "kmph", "km / h", "km / hr", "kmh", "km / hour"]),
                ("knot", ["knot", "knots"]),
            ]),
            entries("temperature", [
                ("degree Celsius", ["celsius", "celcius", "centigrade", "centigrate", "°c", "° c", "degrees celsius", "degree celsius", "degrees c", "degree c", "deg c", "deg celsius", "degrees celcius", "degrees centigrade"]),
                ("degree Fahrenheit", ["fahrenheit", "farenheit", "°f", "° f", "degrees fahrenheit", "degree fahrenheit", "degrees f", "degree f", "deg f", "deg fahrenheit", "degrees farenheit"]),
                ("kelvin", ["kelvin", "kelvins"]),
            ]),
            entries("angle", [
                ("degree", ["degree", "degrees", "deg", "°"]), ("radian", ["rad", "radian", "radians"]),
                ("turn", ["turn", "turns"]),
            ]),
            entries("information", [
                ("bit", ["bit", "bits"]), ("byte", ["byte", "bytes"]),
                ("kilobyte", ["kilobyte", "kilobytes"]), ("megabyte", ["megabyte", "megabytes"]),
                ("gigabyte", ["gigabyte", "gigabytes"]), ("terabyte", ["terabyte", "terabytes"]),
                ("megabit", ["megabit", "megabits"]), ("gigabit", ["gigabit", "gigabits"]),
            ]),
            entries("energy", [
                ("kilowatt hour", ["kwh", "kilowatt hour", "kilowatt hours", "kilowatt - hour", "kilowatt - hours"]),
                ("megawatt hour", ["mwh", "megawatt hour", "megawatt hours"]), ("gigawatt hour", ["gwh"]),
                ("terawatt hour", ["twh"]),
            ]),
            entries("power", [
                ("watt", ["watt", "watts"]), ("kilowatt", ["kw", "kilowatt", "kilowatts"]),
                ("megawatt", ["mw", "megawatt", "megawatts"]), ("gigawatt", ["gw", "gigawatt", "gigawatts"]),
            ]),
            entries("duration", [
                ("second", ["seconds", "secs"]), ("minute", ["minute", "minutes", "mins"]),
                ("hour", ["hour", "hours", "hrs"]), ("day", ["day", "days"]), ("week", ["week", "weeks"]),
                ("month", ["month", "months"]), ("year", ["year", "years"]), ("decade", ["decade", "decades"]),
                ("century", ["century", "centuries"]),
            ]),
        ]
        for group in groups { t.merge(group) { first, _ in first } }
        return t.mapValues { (name: $0.0, quantity: $0.1) }
    }())

    /// Units read only when glued to the digits ("100t", "1.8m", "75ml"): alone they are words.
    static let gluedOnly: LexiconSet = ["t", "g", "l", "in", "ha", "mi", "rad"]
    /// Units of information, whose case tells bits from bytes ("100 mb" vs "100 MB").
    static let informationSymbols: LexiconMap<String> = [
        "kb": "kilobit", "KB": "kilobyte", "mb": "megabit", "MB": "megabyte", "Mb": "megabit",
        "gb": "gigabit", "GB": "gigabyte", "Gb": "gigabit", "tb": "terabit", "TB": "terabyte",
        "kB": "kilobyte",
    ]
    /// Time units that follow "per", "/" or "an" in a speed: "meters per millisecond", "km/ms".
    static let speedTimes: [String: String] = [
        "hour": "hour", "hr": "hour", "h": "hour", "second": "second", "sec": "second", "s": "second",
        "minute": "minute", "min": "minute", "millisecond": "millisecond", "ms": "millisecond",
    ]

    /// The first words of the forms in `table`.
    private static let firstWords = WordLengthFilter(firstWordsOf: table.keys)
    /// The first words of the forms of two lexemes or more ("square", "km", "miles"): a unit
    /// starting with another word is one lexeme.
    private static let phraseStarts = LexiconSet(firstWordsOfPhrases: table.keys)

    /// The unit starting at lexeme `i`, longest form first.
    static func unit(_ lx: [FigureLexeme], at i: Int) -> Match? {
        guard i < lx.count else { return nil }
        if lx[i].isWord, let info = informationSymbols[lx[i].text] {
            return Match(name: info, quantity: "information", end: i + 1)
        }
        // Every form starts with the lexeme at `i`: most lexemes start none.
        guard firstWords.mayContain(lx[i].lower) else { return nil }
        let longest = phraseStarts.contains(lx[i].lower) ? min(4, lx.count - i) : 1
        for length in stride(from: longest, through: 1, by: -1) {
            let key = FigureLexeme.key(lx, i..<(i + length))
            guard let entry = table[key] else { continue }
            // Joined symbols must be glued: "km/h", not "km / h" across words.
            if length > 1, key.contains("/"), (i + 1..<(i + length)).contains(where: { lx[$0].spaced }) { continue }
            if length == 1, gluedOnly.contains(key), lx[i].spaced { continue }
            var match = Match(name: entry.name, quantity: entry.quantity, end: i + length)
            if entry.quantity == "length", let speed = speed(lx, after: match) { match = speed }
            return match
        }
        return nil
    }

    /// "50 meters per millisecond", "50 km/ms", "188 miles an hour" after a length unit.
    private static func speed(_ lx: [FigureLexeme], after length: Match) -> Match? {
        var k = length.end
        guard k + 1 < lx.count else { return nil }
        let joiner = lx[k].lower
        guard joiner == "per" || joiner == "/" || joiner == "an" || joiner == "a" else { return nil }
        if joiner == "/", lx[k].spaced || lx[k + 1].spaced { return nil }
        k += 1
        guard let time = speedTimes[lx[k].lower] ?? speedTimes[String(lx[k].lower.dropLast())] else { return nil }
        if joiner == "a" || joiner == "an", time != "hour" { return nil }
        return Match(name: "\(length.name) per \(time)", quantity: "speed", end: k + 1)
    }
}
