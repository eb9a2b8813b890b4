/// Holidays with a fixed or computable date: "Christmas", "New Year's Day", "Thanksgiving",
/// "Election Day".
extension TimeScanner {
    /// Fixed-date holidays by their lowercase name.
    private static let fixedHolidays: [String: (month: Int, day: Int)] = [
        "christmas": (12, 25), "halloween": (10, 31),
    ]

    /// Easter Sunday of year `y` (Gregorian computus, the anonymous algorithm).
    static func easterSunday(_ y: Int) -> CalendarDate {
        let a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDate(year: y, month: month, day: day)
    }

    /// Holidays named "<word> Day" on a fixed date ("Valentine's Day", "Veterans Day").
    private static let fixedDays: [String: (month: Int, day: Int)] = [
        "valentine": (2, 14), "patrick": (3, 17), "veterans": (11, 11), "armistice": (11, 11), "remembrance": (11, 11),
        "boxing": (12, 26), "bastille": (7, 14), "flag": (6, 14),
    ]

    /// U.S. holidays named "<word> Day" on the nth weekday of a month (n = -1 for the last):
    /// Labor Day, Memorial Day, Mother's Day, Father's Day, Columbus Day, Presidents' Day.
    private static let weekdayDays: [String: (month: Int, weekday: Int, n: Int)] = [
        "labor": (9, 1, 1), "memorial": (5, 1, -1), "mother": (5, 7, 2), "father": (6, 7, 3), "columbus": (10, 1, 2),
        "presidents": (2, 1, 3),
    ]

    /// The `n`th ISO `weekday` of month `m` in year `y` (the last when `n` is -1).
    static func nthWeekday(_ n: Int, _ weekday: Int, month m: Int, year y: Int) -> CalendarDate {
        if n < 0 {
            let next = m == 12 ? CalendarDate(year: y + 1, month: 1, day: 1) : CalendarDate(year: y, month: m + 1, day: 1)
            let last = next.adding(days: -1)
            return last.adding(days: -((last.weekday - weekday + 7) % 7))
        }
        let first = CalendarDate(year: y, month: m, day: 1)
        return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
    }

    /// "Valentine's Day", "St. Patrick's Day", "Labor Day": a holiday named with "Day", in the
    /// year its month gives, or the year written after it.
    private func namedDay(at i: Int, dct: CalendarDate) -> Match? {
        let w = lower[i]
        let dayAt = at(i + 1) == "'" || at(i + 1) == "’" ? i + 2 : i + 1  // "Presidents' Day"
        guard at(dayAt) == "day", isCapitalized(dayAt) else { return nil }
        if w == "patrick", i < 2 || lower[i - 1] != "." || lower[i - 2] != "st" { return nil }  // reached from "St."
        var end = dayAt + 1
        let month: Int
        let date: (Int) -> CalendarDate
        if let fixed = Self.fixedDays[w] {
            month = fixed.month
            date = { CalendarDate(year: $0, month: fixed.month, day: fixed.day) }
        } else if let rule = Self.weekdayDays[w] {
            month = rule.month
            date = { Self.nthWeekday(rule.n, rule.weekday, month: rule.month, year: $0) }
        } else {
            return nil
        }
        var y = TimeValues.year(ofMonth: month, dct: dct, tense: tense(around: i))
        let start = w == "patrick" ? i - 2 : i
        if start > 0, let shift = yearShift(at: start - 1), shift != 0 { y = dct.year + shift }
        if let written = year(at: end) { y = written; end += 1 }
        return Match(type: .date, value: date(y).description, end: end)
    }

    /// Nouns after a holiday's name that make it a kind of thing ("Christmas trees", "Easter eggs").
    private static let thingsOfHolidays: LexiconSet = [
        "tree", "trees", "card", "cards", "light", "lights", "decorations", "ornaments", "carol", "carols", "gift", "gifts",
        "present", "presents", "pudding", "cake", "market", "markets", "song", "songs", "music", "movie", "movies", "film",
        "special", "sweater", "sweaters", "egg", "eggs", "bunny", "candy", "costume", "costumes", "island",
    ]

    /// Whether `holiday` may match at `word` (lowercase): the first word of a holiday's name.
    static func isHolidayStart(_ word: String) -> Bool {
        fixedHolidays[word] != nil || fixedDays[word] != nil || weekdayDays[word] != nil
            || ["st", "new", "independence", "election", "easter", "good", "thanksgiving"].contains(word)
    }

    /// A holiday at `i`, in the year its month gives (see `TimeValues.year(ofMonth:)`); after
    /// "last" or "next", the year before or after the DCT's.
    func holiday(at i: Int) -> Match? {
        guard isCapitalized(i), let dct else { return nil }
        let w = lower[i]
        if w == "st", at(i + 1) == ".", at(i + 2) == "patrick", isCapitalized(i + 2) { return namedDay(at: i + 2, dct: dct) }  // "St. Patrick's Day"
        var month = 0, day = 0, end = i + 1
        if let fixed = Self.fixedHolidays[w] {
            (month, day) = fixed
            if w == "christmas", at(i + 1) == "eve" { day = 24; end += 1 } else if w == "christmas", at(i + 1) == "day" { end += 1 }
        } else if w == "new", at(i + 1) == "year", at(i + 2) == "day" || at(i + 2) == "eve" {
            (month, day) = at(i + 2) == "day" ? (1, 1) : (12, 31)
            end = i + 3
        } else if w == "independence", at(i + 1) == "day" {
            (month, day, end) = (7, 4, i + 2)
        } else if w == "election", at(i + 1) == "day", isCapitalized(i + 1) {
            (month, end) = (11, i + 2)  // U.S. Election Day: the Tuesday after the first Monday of November.
        } else if w == "easter" || (w == "good" && at(i + 1) == "friday") {
            // Easter and the days around it move with the moon: computed below.
            month = 4
            if w == "good" { end = i + 2 } else if let next = at(i + 1), ["sunday", "monday", "day", "week"].contains(next) { end = i + 2 }
        } else if let named = namedDay(at: i, dct: dct) {
            return named
        } else if w == "thanksgiving" {
            month = 11
            if at(i + 1) == "day" { end += 1 }
        } else {
            return nil
        }
        // "Christmas trees", "Easter eggs", "Halloween costumes": things of the holiday, not its day.
        if end == i + 1, let next = at(end), Self.thingsOfHolidays.contains(next) { return nil }
        // "Easter Sunday, April 8, 2012": the date written after it is the holiday's, one expression as "Sunday, April 8".
        if at(end) == ",", end + 1 < lower.count, let written = explicitDate(at: end + 1), CalendarDate(iso: written.value) != nil {
            return Match(type: .date, value: written.value, end: written.end)
        }
        var y = TimeValues.year(ofMonth: month, dct: dct, tense: tense(around: i))
        if i > 0, let shift = yearShift(at: i - 1), shift != 0 { y = dct.year + shift }
        if let written = year(at: end) {
            y = written  // "Christmas 2009"
            end += 1
        } else if at(end) == "in" || at(end) == "of", let written = year(at: end + 1) {
            y = written  // "before Christmas in 2009": the year, tagged on its own, dates the holiday
        }
        if w == "easter" || w == "good" {
            let sunday = Self.easterSunday(y)
            if w == "good" { return Match(type: .date, value: sunday.adding(days: -2).description, end: end) }
            if end == i + 2, at(i + 1) == "week" { return Match(type: .date, value: TimeValues.week(of: sunday), end: end) }
            return Match(type: .date, value: sunday.adding(days: at(i + 1) == "monday" && end == i + 2 ? 1 : 0).description, end: end)
        }
        if day == 0 {
            let first = CalendarDate(year: y, month: 11, day: 1)
            if w == "election" {  // The Tuesday after the first Monday.
                day = 1 + (1 - first.weekday + 7) % 7 + 1
            } else {  // Thanksgiving: the fourth Thursday of November.
                day = 1 + (4 - first.weekday + 7) % 7 + 21
            }
        }
        return Match(type: .date, value: CalendarDate(year: y, month: month, day: day).description, end: end)
    }
}
