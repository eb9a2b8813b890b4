/// The rules of `TimeScanner.core` that may match at a word, one bit for each rule (or for
/// each group of word tests in `core`), told once for each word of `TimeWordFacts.vocabulary`
/// from what the rule asks of the token it starts at: `core` skips the rules whose bit is clear.
///
/// Each test below must hold for every word at which its rule can match: it may say yes too
/// often, never too seldom. A word starting with a digit may start every rule that reads digits.
struct TimeRuleStarts: OptionSet, Sendable {
    let rawValue: UInt32

    static let halfCount = Self(rawValue: 1 << 0)
    static let ordinalCentury = Self(rawValue: 1 << 1)
    static let namedHour = Self(rawValue: 1 << 2)
    static let numeric = Self(rawValue: 1 << 3)
    static let gameClock = Self(rawValue: 1 << 4)
    static let yearAgoPeriod = Self(rawValue: 1 << 5)
    static let anaphoric = Self(rawValue: 1 << 6)
    static let relative = Self(rawValue: 1 << 7)
    static let counted = Self(rawValue: 1 << 8)
    static let quarterOrHalf = Self(rawValue: 1 << 9)
    static let ordinalDay = Self(rawValue: 1 << 10)
    static let weekday = Self(rawValue: 1 << 11)
    static let recurringWeekday = Self(rawValue: 1 << 12)
    static let deictic = Self(rawValue: 1 << 13)
    static let holiday = Self(rawValue: 1 << 14)
    /// The tests of `core` for "year", "fiscal" and "year-end".
    static let yearWords = Self(rawValue: 1 << 15)
    static let unitBeforeOrAfter = Self(rawValue: 1 << 16)
    static let barePlural = Self(rawValue: 1 << 17)
    static let partOf = Self(rawValue: 1 << 18)
    static let fullYear = Self(rawValue: 1 << 19)
    /// The tests of `core` for "recent", "current", "present", "future" and "past".
    static let presentWords = Self(rawValue: 1 << 20)
    static let officeTerm = Self(rawValue: 1 << 21)
    static let anaphoricDay = Self(rawValue: 1 << 22)
    static let overnight = Self(rawValue: 1 << 23)
    static let dayOfMonth = Self(rawValue: 1 << 24)

    /// Every rule: the words outside the vocabulary that may start an expression (hyphenated
    /// compounds, words of digits and other bytes) try them all.
    static let all = Self(rawValue: .max)

    /// The rules that may start at a word of ASCII digits.
    static let digits = of("0", facts: TimeWordFacts(flags: [.starts, .opens], integer: 0))

    /// The first words of `anaphoric`, `quarterOrHalf` (but ordinals), `deictic` and the tests of `presentWords`.
    private static let anaphoricWords: LexiconSet = ["that", "following", "next", "previous", "prior", "same"]
    private static let quarterWords: LexiconSet = ["last", "latter", "latest", "quarter"]
    private static let deicticWords: LexiconSet = ["today", "yesterday", "tomorrow", "tonight", "weekend"]
    private static let presentWordList: LexiconSet = ["recent", "current", "present", "future", "past"]

    /// The rules that may match at `word` (lowercase), whose other facts are `facts`.
    static func of(_ word: String, facts: TimeWordFacts) -> Self {
        let digit = word.utf8.first.map { $0 &- 0x30 < 10 } ?? false
        let hyphen = word.utf8.contains(0x2D)
        // `count(at:)` reads a count with a value at a number word, a vague count ("couple")
        // or an integer.
        let count = digit || facts.number >= 0 || facts.isVagueCount || facts.integer != nil
        var rules: Self = []
        if count || word.hasPrefix("half") { rules.insert(.halfCount) }
        if digit || word.hasSuffix("-century") || TimeLexicon.centuryOrdinals[word] != nil { rules.insert(.ordinalCentury) }
        if word == "noon" || word == "midnight" || word == "midday" { rules.insert(.namedHour) }
        if digit { rules.formUnion([.numeric, .dayOfMonth]) }
        if digit || TimeScanner.beforeGameClock.contains(word) { rules.insert(.gameClock) }
        if TimeScanner.comparingPeriod.contains(word) || word == "quarter" || word == "period" { rules.insert(.yearAgoPeriod) }
        if anaphoricWords.contains(word) { rules.insert(.anaphoric) }
        if facts.shift != TimeWordFacts.noShift { rules.insert(.relative) }
        if count || word.utf8.last == 0x67 || hyphen || TimeScanner.countedLeads.contains(word) { rules.insert(.counted) }
        if hyphen || TimeLexicon.ordinals[word] != nil || quarterWords.contains(word)
            || word.utf8.count == 2 && word.utf8.first == 0x71 { rules.insert(.quarterOrHalf) }
        if digit || TimeLexicon.dayOrdinals[word] != nil { rules.insert(.ordinalDay) }
        if facts.weekday != 0 { rules.insert(.weekday) }
        if word == "weekends" || word.hasSuffix("days") { rules.insert(.recurringWeekday) }
        if deicticWords.contains(word) { rules.insert(.deictic) }
        if TimeScanner.isHolidayStart(word) { rules.insert(.holiday) }
        if word == "year" || word == "fiscal" || word == "year-end" { rules.insert(.yearWords) }
        if facts.unitCode != 0 { rules.insert(.unitBeforeOrAfter) }
        if word == "these" || facts.unit?.plural == true { rules.insert(.barePlural) }
        if TimeLexicon.periodParts.contains(word) { rules.insert(.partOf) }
        if word == "full" || word == "whole" || word == "entire" { rules.insert(.fullYear) }
        if presentWordList.contains(word) { rules.insert(.presentWords) }
        if facts.number >= 0 || TimeScanner.termStarts.contains(word) { rules.insert(.officeTerm) }
        if word == "day" || TimeLexicon.dayParts[word] != nil { rules.insert(.anaphoricDay) }
        if word == "overnight" { rules.insert(.overnight) }
        return rules
    }
}
