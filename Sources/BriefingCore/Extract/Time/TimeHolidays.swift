/// Holidays with a fixed or computable date: "Christmas", "New Year's Day", "Thanksgiving",
/// "Election Day".
extension TimeScanner {
    /// Fixed-date holidays by their lowercase name.
    private static let fixedHolidays: [String: (month: Int, day: Int)] = [
        "christmas": (12, 25), "halloween": (10, 31),
    ]

    /// A holiday at `i`, in the year its month gives (see `TimeValues.year(ofMonth:)`); after
    /// "last" or "next", the year before or after the DCT's.
    func holiday(at i: Int) -> Match? {
        guard isCapitalized(i), let dct else { return nil }
        let w = lower[i]
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
        } else if w == "thanksgiving" {
            month = 11
            if at(i + 1) == "day" { end += 1 }
        } else {
            return nil
        }
        var y = TimeValues.year(ofMonth: month, dct: dct, tense: tense(around: i))
        if i > 0, let shift = yearShift(lower[i - 1]), shift != 0 { y = dct.year + shift }
        if let written = year(at: end) {
            y = written  // "Christmas 2009"
            end += 1
        } else if at(end) == "in" || at(end) == "of", let written = year(at: end + 1) {
            y = written  // "before Christmas in 2009": the year, tagged on its own, dates the holiday
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
