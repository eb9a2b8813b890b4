/// Rules for expressions that point back into the narrative ("that day", "the following
/// year", "the next morning", "the previous Friday"): they are resolved against the last date
/// the text mentioned, not the DCT, as HeidelTime does for narratives.
extension TimeScanner {
    /// The units `anaphoric` reads after its word ("that day", "the following quarter").
    private static let anaphoricUnits: LexiconSet = ["day", "morning", "afternoon", "evening", "night", "week", "month", "year", "quarter"]

    /// An anaphoric expression at `i`: "that"/"that same" + unit, or after "the",
    /// "following"/"next"/"previous"/"same" + unit or weekday.
    func anaphoric(at i: Int) -> Match? {
        let w = lower[i]
        var shift: Int
        var j = i + 1
        switch w {
        case "that":
            shift = 0
            if at(j) == "same" { j += 1 }
        case "following", "next", "previous", "prior", "same":
            guard i > 0, lower[i - 1] == "the" else { return nil }
            shift = w == "previous" || w == "prior" ? -1 : w == "same" ? 0 : 1
        default:
            return nil
        }
        // Only a weekday or a unit of the switch below can follow: told before the reference is read.
        guard let unit = at(j), weekdayNumber(at: j) != nil || Self.anaphoricUnits.contains(unit) else { return nil }
        // Without an earlier date in the text, "the following day" counts from the DCT; "that day" has no referent.
        let reference = lastDate ?? (shift != 0 ? dct?.description : nil)
        guard let anchor = reference.flatMap(AnchorDate.init) else { return nil }
        if let day = weekdayNumber(at: j), shift != 0, isCapitalized(j), let date = anchor.date {
            // "the previous Friday": the weekday before (or after) the narrative's day.
            let from = date.adding(days: shift)
            return Match(type: .date, value: TimeValues.weekday(day, from: from, future: shift > 0).description, end: j + 1)
        }
        switch unit {
        case "day", "morning", "afternoon", "evening", "night":
            // "the next day" and "the following morning" move a day; only a narrative day anchors them.
            guard let date = anchor.date, w != "next" || unit != "day" || at(j + 1) != "or" else { return nil }
            return Match(type: .date, value: date.adding(days: shift).description, end: j + 1)
        case "week":
            guard let date = anchor.date else { return nil }
            return Match(type: .date, value: TimeValues.week(of: date.adding(days: 7 * shift)), end: j + 1)
        case "month":
            guard let month = anchor.month, w != "next" else { return nil }
            return Match(type: .date, value: TimeValues.month(of: CalendarDate(year: anchor.year, month: month, day: 1), shift: shift), end: j + 1)
        case "year":
            guard w != "next" else { return nil }  // "the next year" is mostly a duration ahead of the DCT
            return Match(type: .date, value: TimeValues.year(anchor.year + shift), end: j + 1)
        case "quarter":
            guard shift == 0, let last = lastQuarterMentioned else { return nil }
            return Match(type: .date, value: last, end: j + 1)
        default:
            return nil
        }
    }
}

extension TimeScanner {
    /// Words before "period" or "quarter" that compare it with the same stretch of another year.
    static let comparingPeriod: LexiconSet = ["same", "corresponding", "comparable"]

    /// "the same period last year", "the corresponding quarter a year earlier", "the quarter a
    /// year ago": the period a report just named (a quarter, a half or a month), a year before —
    /// one DATE, as TimeML tags the whole phrase; `nil` when the text named no such period.
    func yearAgoPeriod(at i: Int) -> Match? {
        let w = lower[i]
        let unitAt = Self.comparingPeriod.contains(w) ? i + 1 : i
        guard i > 0, lower[i - 1] == "the", let unit = at(unitAt), unit == "quarter" || unit == "period",
              let end = yearAgoEnd(at: unitAt + 1), let dct else { return nil }
        var base: String?
        if let last = lastDate, TimeValues.isQuarter(last) || TimeValues.isHalf(last) || (unit == "period" && AnchorDate(last)?.month != nil && last.utf8.count == 7) {
            base = last
        }
        if unit == "quarter", base.map(TimeValues.isQuarter) != true { base = lastQuarter ?? TimeValues.quarter(of: dct, shift: -1) }
        if base == nil { base = lastQuarter }
        guard let value = base.flatMap({ TimeValues.shiftYear($0, by: -1) }) else { return nil }
        return Match(type: .date, value: value, end: end, anaphoric: true)
    }

    /// The token after "a year ago", "a year earlier", "a year before", "last year", "the
    /// previous year" or "the prior year" starting at `k`.
    private func yearAgoEnd(at k: Int) -> Int? {
        switch at(k) {
        case "a", "one":
            guard at(k + 1) == "year", let side = at(k + 2), side == "ago" || side == "earlier" || side == "before" else { return nil }
            return k + 3
        case "last":
            return at(k + 1) == "year" ? k + 2 : nil
        case "the":
            guard let which = at(k + 1), which == "previous" || which == "prior", at(k + 2) == "year" else { return nil }
            return k + 3
        default:
            return nil
        }
    }

    /// Words before "the day" that make it the narrative's day ("later in the day", "during
    /// the day", "Oct. 12, the day before the crash").
    private static let beforeTheDay: LexiconSet = ["in", "during", "on", "for", ",", "through", "throughout"]

    /// "the day": the day the text last dated, or the DCT's day when the text has named none
    /// ("later in the day"); not "to the day", "the day of ...", "the day he died".
    func anaphoricDay(at i: Int) -> Match? {
        if let part = TimeLexicon.dayParts[lower[i]], i > 1, lower[i - 1] == "the", ["in", "during", "through", "throughout"].contains(lower[i - 2]),
           at(i + 1) != "of", let date = lastDate.flatMap(AnchorDate.init)?.date ?? dct {
            // "orders poured in in the morning": that part of the narrative's day.
            return Match(type: .time, value: "\(date)T\(part)", end: i + 1)
        }
        guard lower[i] == "day", i > 0, lower[i - 1] == "the", !isPossessive(i) else { return nil }
        let lead = i > 1 ? lower[i - 2] : "."
        if lead == "in", i > 2, lower[i - 3] == "back" { return nil }  // "back in the day": long ago, no day
        let opensSentence = lead == "." || lead == "\"" || lead == "“"
        let next = at(i + 1) ?? "."
        if next == "before" || next == "after", let after = at(i + 2), Self.afterTheDay.contains(after),
           let date = lastDate.flatMap(AnchorDate.init)?.date {
            // "The day before, negotiators had seemed close": a day from the narrative's day.
            return Match(type: .date, value: date.adding(days: next == "before" ? -1 : 1).description, end: i + 2)
        }
        if Self.verbsAfterTheDay.contains(next) {
            // "the day began", "as the day wore on": the day of the narrative whatever comes before.
        } else {
            guard Self.beforeTheDay.contains(lead) || opensSentence else { return nil }
            guard lead == "," || Self.afterTheDay.contains(next) else { return nil }
        }
        // ("rose 2 percent on the day": a market report's day is the DCT's.)
        let anchor = lastDate.flatMap(AnchorDate.init)?.date ?? (["in", "during", "on", "through", "throughout"].contains(lead) ? dct : nil)
        guard let date = anchor else { return nil }
        return Match(type: .date, value: date.description, end: i + 1)
    }

    /// "the year before", "the week after" closing a phrase: a unit from the narrative's date
    /// (the last date the text gave), else from the DCT.
    func unitBeforeOrAfter(at i: Int) -> Match? {
        guard let unit = self.unit(at: i), !unit.plural, [.week, .month, .year].contains(unit.unit), i > 0, lower[i - 1] == "the",
              let side = at(i + 1), side == "before" || side == "after", let after = at(i + 2), Self.afterTheDay.contains(after) else { return nil }
        let shift = side == "before" ? -1 : 1
        let anchor = lastDate.flatMap(AnchorDate.init)
        guard let dct else { return nil }
        let value: String
        switch unit.unit {
        case .year: value = TimeValues.year((anchor?.year ?? dct.year) + shift)
        case .month:
            let base = anchor.flatMap { a in a.month.map { CalendarDate(year: a.year, month: $0, day: 1) } } ?? dct
            value = TimeValues.month(of: base, shift: shift)
        default: value = TimeValues.week(of: (anchor?.date ?? dct).adding(days: 7 * shift))
        }
        return Match(type: .date, value: value, end: i + 2, anaphoric: anchor != nil)
    }

    /// Words that may follow "the day" when it is the narrative's day (not a relative clause).
    private static let afterTheDay: LexiconSet = [".", ",", ";", ":", "\"", "”", ")", "and", "but", "as", "was", "had"]

    /// Verbs whose subject "the day" is the narrative's day.
    private static let verbsAfterTheDay: LexiconSet = ["began", "ended", "wore", "started", "brought", "saw", "dawned", "closed"]
}

/// The parts of a last-mentioned date value ("1998-10-23", "1998-10", "1998", "1989-Q3").
struct AnchorDate {
    var year: Int
    var month: Int?
    var date: CalendarDate?

    init?(_ value: String) {
        let utf8 = Array(value.utf8)
        guard utf8.count >= 4, utf8[0..<4].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        year = utf8[0..<4].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard utf8.count >= 7, utf8[4] == 0x2D, utf8[5...6].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return }
        let m = Int(utf8[5] - 0x30) * 10 + Int(utf8[6] - 0x30)
        guard (1...12).contains(m) else { return }
        month = m
        if utf8.count >= 10, utf8[7] == 0x2D, utf8[8...9].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let d = Int(utf8[8] - 0x30) * 10 + Int(utf8[9] - 0x30)
            if CalendarDate.isValid(year: year, month: m, day: d) { date = CalendarDate(year: year, month: m, day: d) }
        }
    }
}
