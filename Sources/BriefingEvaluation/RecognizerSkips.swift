/// Recognizers-Text cases outside the scope of figures in news prose, each with the reason it
/// is left out of the score. Kept short: everything else counts.
enum RecognizerSkips {
    static let spokenArithmetic = "spoken arithmetic 'X over Y': in news 'over' before a number means 'more than' ('over 3 years')"
    static let spokenFraction = "dictated compound fraction whose split is ambiguous ('two hundred and fifty-four hundredths', 'one one hundred fifth')"

    /// Inputs skipped, with why.
    static let inputs: [String: String] = [
        "192.168.1.2": "an IP address is no quantity",
        "Any time to meet on 5/17/2018?": "a date: dates belong to the time stage, not to figures",
        "My phone number is +1-222-2222/2222": "a phone number is no quantity",
        "SCP-173": "a model number is no quantity",
        "10G": "'G' as a billion suffix clashes with '5G' networks in news",
        "1,674.5 G": "'G' as a billion suffix clashes with '5G' networks in news",
        " two millionth": "Recognizers reports only the cardinal 'two'; Briefing reads the ordinal 2,000,000th",
        " 100 millionths": "Recognizers reports only the cardinal '100'; Briefing reads the fraction 100/1,000,000",
        "He said: 2 pm is 2 picometer": "'2 pm' is a clock time in news, never picometers",
        "one over three": spokenArithmetic, "1 over twenty-one": spokenArithmetic,
        "1 over one hundred and twenty one": spokenArithmetic, "1 over three": spokenArithmetic,
        "1 over 3": spokenArithmetic, "one over 3": spokenArithmetic, "one over 20": spokenArithmetic,
        "one over twenty": spokenArithmetic, "one over one hundred": spokenArithmetic,
        "one over one hundred and twenty five": spokenArithmetic, "The answer is negative one over 20": spokenArithmetic,
        "2000 over 3": spokenArithmetic,
        "twenty and three and three fifths": spokenFraction, "two and fifty-four hundredths": spokenFraction,
        "two hundred and fifty-four hundredths": spokenFraction, "one one hundred fifth": spokenFraction,
        "one one hundred and fifth": spokenFraction, "one hundred one thousand fifths": spokenFraction,
        "He ranks between the tenth and the fifteenth.": "a range of ranks (ordinals) is no quantity",
        "He ranks higher than the tenth but lower than the fifteenth.": "a range of ranks (ordinals) is no quantity",
        "How about more than 2 in 5": "'2 in 5' reads as the share 2/5; the case's own comment calls it ambiguous",
        "The number is from 200 to 300 in 2008": "Recognizers expects nothing here (it reads a time span) while 'from 200 to 3000000 in 2008' is a range; Briefing reads both as ranges",
        "The measurement has a value of forty two and a third": "the ordinal model reads the fraction's 'third' as an ordinal; Briefing reads 42 1/3 (the number file scores it)",
        "The measurement has a value of two hundred thirty two and a thirtieth": "the ordinal model reads the fraction's 'thirtieth' as an ordinal; Briefing reads 232 1/30 (the number file scores it)",
    ]

    /// Why a case is skipped, or nil when it is scored.
    static func reason(input: String, model: RecognizerModel, types: [String], valueless: Bool) -> String? {
        if let reason = inputs[input] { return reason }
        if types.contains("ordinal.relative") {
            return "relative positions (last, next, previous, current) are no quantities"
        }
        if valueless { return "a unit named without a number ('convert to fahrenheit', 'the symbol is mcg') is no figure" }
        return nil
    }
}
