/// Rules for expressions resolved against the DCT: "last week", "next month", "two days ago",
/// "a year earlier", "yesterday", durations ("three years") and sets ("every week").
extension TimeScanner {
    /// Words before "a year", "a week" that make it a rate ("$1 billion a year", "twice a week").
    private static let beforeRate: LexiconSet = ["%", "times", "twice", "once", "thousand", "million", "billion", "trillion", "percent"]

    /// "last/this/next/past/coming" + unit, weekday, month or season.
    func relative(at i: Int) -> Match? {
        let w = lower[i]
        guard let shift = yearShift(at: i), let next = at(i + 1) else { return nil }
        // The word is one of `yearShift`'s seven, told by its shift and first byte rather than
        // compared: "past" and "previous" (-1, "p"), "last" (-1), "this" (0, "t"), "current"
        // (0), "next" and "coming" (+1).
        let lead = facts[i].firstByte
        let pastOrPrevious = shift == -1 && lead == 0x70, isThis = shift == 0 && lead == 0x74
        if next == "week", isCapitalized(i + 1) { return nil }  // "ABC's This Week": a title
        if shift != 0 {
            if let m = twoQuartersOfYear(at: i) { return m }
            if let c = count(at: i + 1), let u = unit(at: c.end), u.plural || c.n == 1 {
                if lower[c.end - 1] != "a" && lower[c.end - 1] != "an" || !u.plural {
                    // "the past few weeks", "the next several days": a stretch of unknown length.
                    if c.n == nil { return Match(type: .duration, value: u.unit.duration(nil), end: c.end + 1) }
                    return Match(type: .duration, value: u.unit.duration(c.n), end: c.end + 1)
                }
            }
            if let u = unit(at: i + 1), u.plural { return Match(type: .duration, value: u.unit.duration(nil), end: i + 2) }
            // "the past three summers": seasons counted in the plural recur, a set.
            let seasonAt = count(at: i + 1)?.end ?? i + 1
            if let code = at(seasonAt).flatMap({ TimeLexicon.seasonPlurals[$0] }) {
                return Match(type: .set, value: "XXXX-\(code)", end: seasonAt + 1)
            }
        }
        if pastOrPrevious && i > 0 && lower[i - 1] == "the", let u = unit(at: i + 1), !u.plural {
            // TimeBank dates "the past year" as the year before the DCT's, as it does "last year".
            if w == "past", u.unit == .year, let dct { return Match(type: .date, value: TimeValues.year(dct.year - 1), end: i + 2) }
            return Match(type: .duration, value: u.unit.duration(1), end: i + 2)
        }
        guard let dct, !pastOrPrevious else { return nil }
        if isThis, next == "past", let after = at(i + 2), let code = TimeLexicon.seasons[after] {
            // "this past spring": the latest such season that has ended.
            let ends = ["SP": 5, "SU": 8, "FA": 11, "WI": 2]
            let y = (ends[code] ?? 12) < dct.month ? dct.year : dct.year - 1
            return Match(type: .date, value: "\(TimeValues.year(y))-\(code)", end: i + 3)
        }
        if isThis, next == "past", at(i + 2) == "weekend" {  // "this past weekend": the one just gone
            return Match(type: .date, value: TimeValues.week(of: TimeValues.weekday(6, from: dct, future: false)) + "-WE", end: i + 3)
        }
        let unitAt = next == "fiscal" ? i + 2 : i + 1
        if let u = unit(at: unitAt), !u.plural {
            let i = unitAt - 1
            switch u.unit {
            case .week: return Match(type: .date, value: TimeValues.week(of: dct.adding(days: 7 * shift)), end: i + 2)
            case .month: return Match(type: .date, value: TimeValues.month(of: dct, shift: shift), end: i + 2)
            case .year:
                if let q = quarter(inYear: dct.year + shift, at: i + 2) { return q }
                return Match(type: .date, value: TimeValues.year(dct.year + shift), end: i + 2)
            case .quarter: return Match(type: .date, value: TimeValues.quarter(of: dct, shift: shift), end: i + 2)
            case .decade: return Match(type: .date, value: String((dct.year + 10 * shift) / 10), end: i + 2)
            case .century: return Match(type: .date, value: String((dct.year + 100 * shift) / 100), end: i + 2)
            case .day, .hour, .minute, .second: return nil
            }
        }
        if shift == 0, !isThis { return nil }  // "current"
        if next == "weekend" {
            let saturday = shift == 0 ? TimeValues.weekday(6, from: dct, future: isFuture(around: i)) : dct.adding(days: 7 * shift)
            return Match(type: .date, value: TimeValues.week(of: saturday) + "-WE", end: i + 2)
        }
        if let day = weekdayNumber(at: i + 1) {
            if shift == 0 { return weekday(day, end: i + 2, future: isFuture(around: i)) }
            let base = dct.adding(days: shift)
            let date = TimeValues.weekday(day, from: base, future: shift > 0)
            return Match(type: .date, value: date.description, end: i + 2)
        }
        if let m = month(at: i + 1), isCapitalized(i + 1), next.count > 3 || next == "may" {
            // "in this March 24, 2015 file photo": the determiner is the photo's; the date is written in full.
            if let written = explicitDate(at: i + 1), CalendarDate(iso: written.value) != nil { return nil }
            var y = dct.year
            if shift < 0 { y = m < dct.month ? dct.year : dct.year - 1 }
            if shift > 0 { y = m > dct.month ? dct.year : dct.year + 1 }
            return Match(type: .date, value: TimeValues.month(y, m), end: i + 2)
        }
        if let code = TimeLexicon.seasons[next] {
            let ends = ["SP": 5, "SU": 8, "FA": 11, "WI": 2]
            var y = dct.year
            if shift < 0 { y = (ends[code] ?? 12) < dct.month ? dct.year : dct.year - 1 }
            // "next spring" said in April is the spring after the one under way.
            let starts = ["SP": 3, "SU": 6, "FA": 9, "WI": 12]
            if shift > 0 { y = (starts[code] ?? 12) <= dct.month ? dct.year + 1 : dct.year }
            return Match(type: .date, value: "\(TimeValues.year(y))-\(code)", end: i + 2)
        }
        if let part = TimeLexicon.dayParts[next], isThis || (w == "last" && next == "night") {
            let day = w == "last" ? dct.adding(days: -1) : dct
            return Match(type: .time, value: "\(day)T\(part)", end: i + 2)
        }
        return nil
    }

    /// "the first two quarters of 1990", "the last two quarters of 2019": a half of that year, a DATE.
    private func twoQuartersOfYear(at i: Int) -> Match? {
        let w = lower[i]
        guard w == "first" || w == "last", let c = count(at: i + 1), c.n == 2, let u = unit(at: c.end), u.unit == .quarter, u.plural,
              at(c.end + 1) == "of", let y = year(at: c.end + 2) else { return nil }
        return Match(type: .date, value: "\(TimeValues.year(y))-H\(w == "first" ? 1 : 2)", end: c.end + 3)
    }

    /// "today", "yesterday", "tomorrow", "tonight", with an optional part of the day.
    func deictic(at i: Int) -> Match? {
        let w = lower[i]
        guard let dct else { return nil }
        let day: CalendarDate
        switch w {
        case "today":
            // "USA TODAY", "Russia Today": after a capitalized word inside a sentence, a name.
            if isCapitalized(i), i > 0, isCapitalized(i - 1), lower[i - 1].utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true { return nil }
            day = dct
        case "yesterday": day = dct.adding(days: -1)
        case "tomorrow": day = dct.adding(days: 1)
        case "tonight": return Match(type: .time, value: "\(dct)TNI", end: i + 1)
        case "weekend":
            guard i > 0, lower[i - 1] == "the" else { return nil }
            let saturday = TimeValues.weekday(6, from: dct, future: isFuture(around: i))
            return Match(type: .date, value: TimeValues.week(of: saturday) + "-WE", end: i + 1)
        default: return nil
        }
        if let part = at(i + 1).flatMap({ TimeLexicon.dayParts[$0] }) {
            return Match(type: .time, value: "\(day)T\(part)", end: i + 2)
        }
        return Match(type: .date, value: day.description, end: i + 1)
    }

    /// Counted units: "three years" (duration), "two days ago" (date), "a year earlier",
    /// "two-year", "year-earlier", "every week" (set).
    func counted(at i: Int) -> Match? {
        let w = lower[i]
        // The rules below start at a count (`count(at:)`: a number word, a vague count or an
        // integer from 1 to 999), a hyphenated word, a word ending in "g" ("yearlong") or a
        // word of `countedLeads`.
        let f = facts[i]
        guard f.number >= 0 || f.isVagueCount || f.integer.map({ $0 > 0 && $0 < 1000 }) == true || f.lastByte == 0x67
            || UTF8Scan.containsByte(w, 0x2D) || Self.countedLeads.contains(w) else { return nil }
        // The words compared below are ruled out first by their first byte, told in `facts`.
        let lead = f.firstByte
        if lead == 0x65 || lead == 0x70, w == "every" || w == "each" || w == "per" {
            if let u = unit(at: i + 1), !u.plural { return Match(type: .set, value: u.unit.duration(1), end: i + 2) }
            if w != "per", let next = at(i + 1), let m = month(at: i + 1), next.count > 3, isCapitalized(i + 1) {
                return Match(type: .set, value: "XXXX-\(TimeValues.pad2(m))", end: i + 2)
            }
            if w != "per", let day = weekdayNumber(at: i + 1) {
                return Match(type: .set, value: "XXXX-WXX-\(day)", end: i + 2)
            }
            // "every summer", "each morning": a season or a part of the day that recurs.
            if w != "per", let next = at(i + 1), let code = TimeLexicon.seasons[next] {
                return Match(type: .set, value: "XXXX-\(code)", end: i + 2)
            }
            if w != "per", let next = at(i + 1), let part = TimeLexicon.dayParts[next] {
                return Match(type: .set, value: "XXXX-XX-XXT\(part)", end: i + 2)
            }
            if w == "every", let c = count(at: i + 1), let u = unit(at: c.end) {
                return Match(type: .set, value: u.unit.duration(c.n), end: c.end + 1)
            }
            return nil
        }
        if lead == 0x79, w == "year-earlier" || w == "year-ago" {
            // "the year-earlier nine months": a stretch counted the year before, one DURATION as TimeBank tags it.
            if let c = count(at: i + 1), let n = c.n, n > 1, let u = unit(at: c.end), u.plural {
                return Match(type: .duration, value: u.unit.duration(n), end: c.end + 1)
            }
            if let dct, let q = quarter(inYear: dct.year - 1, at: i + 1) { return Match(type: .date, value: q.value, end: q.end, anaphoric: true) }
            return Match(type: .date, value: yearBefore(), end: i + 1, anaphoric: true)
        }
        // "a yearlong inquiry", "the weeklong strike": one unit, written as one word.
        if f.lastByte == 0x67, w.hasSuffix("long"), let u = TimeLexicon.unit(String(w.dropLast(4))), !u.plural {
            return Match(type: .duration, value: u.unit.duration(1), end: i + 1)
        }
        // ("twenty-five years" is a count with its unit after it, below.)
        if UTF8Scan.containsByte(w, 0x2D), let dash = w.firstIndex(of: "-"), number(at: i) == nil {
            let head = String(w[..<dash])
            var tail = String(w[w.index(after: dash)...])
            // "two-year-long": the length is the duration (ages such as "6-year-old" are not times).
            if tail.hasSuffix("-long") { tail.removeLast(5) }
            if let n = Int(head) ?? TimeLexicon.number(head), head != "a", let u = TimeLexicon.unit(tail), !u.plural {
                return Match(type: .duration, value: u.unit.duration(n), end: i + 1)
            }
            // "a several-year effort", "a few-week delay": a stretch of units of unknown count.
            if Self.vagueCountHeads.contains(head), let u = TimeLexicon.unit(tail), !u.plural {
                return Match(type: .duration, value: u.unit.duration(nil), end: i + 1)
            }
            // "day-long", "week-long".
            if tail == "long", let u = TimeLexicon.unit(head), !u.plural { return Match(type: .duration, value: u.unit.duration(1), end: i + 1) }
            // "decades-long", "years-old": a stretch of unknown length.
            if tail == "long" || tail == "old", let u = TimeLexicon.unit(head), u.plural { return Match(type: .duration, value: u.unit.duration(nil), end: i + 1) }
            return nil
        }
        // "the first hours of the war", "the early years": the opening stretch, of unknown length.
        if lead == 0x66 || lead == 0x65 || lead == 0x6C, w == "first" || w == "early" || w == "final" || w == "last", i > 0, lower[i - 1] == "the", let u = unit(at: i + 1), u.plural,
           u.unit != .quarter, u.unit != .second, at(i + 2) == "of" || w == "early", w != "early" || u.unit != .hour {
            // ("the early hours" of a night are a time of day, not a stretch.)
            return Match(type: .duration, value: u.unit.duration(nil), end: i + 2)
        }
        if lead == 0x66 || lead == 0x6C, w == "first" || w == "last", let c = count(at: i + 1), c.n != nil, c.n! > 1, let u = unit(at: c.end), u.plural {
            if let m = twoQuartersOfYear(at: i) { return m }
            return Match(type: .duration, value: u.unit.duration(c.n), end: c.end + 1)
        }
        guard var c = count(at: i) else { return nil }
        // "two more weeks", "an additional year": the extra time is a duration. (The unit is
        // read before the word is compared: most counts have neither.)
        if let u = unit(at: c.end + 1), let more = at(c.end), more == "more" || more == "additional" || more == "extra",
           u.plural == (c.n != 1) {
            return Match(type: .duration, value: u.unit.duration(c.n), end: c.end + 2)
        }
        // "eight trading days", "five straight months": a count of units with a word between.
        // (The unit is read before the word is looked up: most counts have neither.)
        if let unit = unit(at: c.end + 1), let kind = at(c.end), Self.betweenCountAndUnit.contains(kind),
           kind != "trading" && kind != "business" && kind != "working" || unit.unit == .day {
            c.end += 1
        }
        guard let u = unit(at: c.end) else { return nil }
        // "the 12 Years A Slave star": a capitalized unit inside a sentence is part of a title;
        // so it is right after a quotation mark ("CBS's ''60 Minutes''"), where a quoted
        // sentence would write the unit in lower case.
        if isCapitalized(c.end), i > 0, !TimeScanner.opensSentence.contains(lower[i - 1]) || Self.quoteMarks.contains(lower[i - 1]) { return nil }
        let isArticle = w == "a" || w == "an"
        if c.n == 1, u.plural { return nil }
        if u.unit == .quarter, !u.plural, at(c.end + 1) == "of" || at(c.end + 1) == "percent" { return nil }  // "a quarter of the market"
        if c.n != nil, c.n! > 1, !u.plural, at(c.end + 1) != "old" { return Match(type: .duration, value: u.unit.duration(c.n), end: c.end + 1) }
        // "a week or so ago": the hedge stays inside the span.
        let hedged = at(c.end + 1) == "or" && at(c.end + 2) == "so" && ["ago", "earlier", "later"].contains(at(c.end + 3) ?? "")
        let after = at(hedged ? c.end + 3 : c.end + 1)
        // "three days later", "30 days before the deadline": the length, the word after it a signal.
        if after == "later" || after == "before" || after == "after" { return Match(type: .duration, value: u.unit.duration(c.n), end: c.end + 1) }
        if after == "ago" || after == "earlier" || (after == "from" && at(c.end + 2) == "now") {
            let end = after == "from" ? c.end + 3 : hedged ? c.end + 4 : c.end + 2
            guard let n = c.n else { return Match(type: .date, value: after == "from" ? "FUTURE_REF" : "PAST_REF", end: end) }
            let sign = after == "from" ? 1 : -1
            return Match(type: .date, value: shifted(u.unit, by: sign * n, fromLastDate: after == "earlier"), end: end, anaphoric: true)
        }
        if isArticle, u.unit != .second, u.unit != .minute, !u.plural, isCountedNoun(at: i - 1), !["ago", "earlier", "later", "after", "before"].contains(after ?? "") {
            return Match(type: .set, value: u.unit.duration(1), end: c.end + 1)  // "hundreds of interviews a day"
        }
        if isArticle {
            // "a second term", "a second round": the ordinal, not a unit of time.
            if u.unit == .second, let after, after.utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true,
               !["ago", "later", "earlier", "or", "and"].contains(after) { return nil }
            // "three hours a day", "five days a week": a length of time per unit is a rate too.
            if i > 0, let p = lower[i - 1].utf8.first, (p >= 0x30 && p <= 0x39) || Self.beforeRate.contains(lower[i - 1])
                || unit(at: i - 1)?.plural == true {
                return Match(type: .set, value: u.unit.duration(1), end: c.end + 1)
            }
            if i > 0, Self.beforeArticleDuration.contains(lower[i - 1]) {
                return Match(type: .duration, value: u.unit.duration(c.n), end: c.end + 1)  // "for a year", "for a few days"
            }
            return nil
        }
        if after == "old" { return nil }
        // "Islam will one day be", "he hopes to lead it one day.": some day ahead, not a day's length.
        if w == "one", u.unit == .day, !u.plural, let vague = someDay(at: i, after: after) { return vague }
        return Match(type: .duration, value: u.unit.duration(c.n), end: c.end + 1)
    }

    /// The words other than counts and hyphenated words at which `counted` can match.
    static let countedLeads: LexiconSet = ["every", "each", "per", "first", "early", "final", "last"]

    /// Words before "one day" that make it some day in the future ("will one day", "he one day").
    private static let beforeSomeDay: LexiconSet = [
        "will", "would", "could", "might", "may", "can", "shall", "should", "must", "'d", "he", "she", "they", "we", "i", "you", "it",
    ]

    /// "one day" at `i` meaning some day ahead (DATE FUTURE_REF): after a modal or a subject,
    /// or ending a clause about the future; `nil` when it is a day's length.
    private func someDay(at i: Int, after: String?) -> Match? {
        let prev = i > 0 ? lower[i - 1] : "."
        if Self.beforeSomeDay.contains(prev) || prev.hasSuffix("'d") || prev.hasSuffix("’d")
            || ([".", ",", ";", "!", "?", nil].contains(after) && !TimeScanner.opensSentence.contains(prev) && isFuture(around: i)) {
            return Match(type: .date, value: "FUTURE_REF", end: i + 2)
        }
        return nil
    }

    /// Words before "a year", "a decade" that make it a length of time: prepositions and hedges
    /// ("for a year", "nearly a decade"), and verbs of spending or lasting ("has been a year
    /// since", "took a decade", "spent a year in prison").
    private static let beforeArticleDuration: LexiconSet = [
        "for", "in", "within", "than", "about", "nearly", "almost", "over", "after", "only", "just", "least", "roughly",
        "been", "took", "take", "takes", "taking", "spent", "spend", "spends", "spending", "waited", "wait", "lasted", "lasts",
    ]

    /// Quotation marks, before which a capitalized unit belongs to a title.
    private static let quoteMarks: LexiconSet = ["\"", "“", "‘", "'", "''", "``", "`"]

    /// Vague counts before a hyphen and a unit ("several-year").
    private static let vagueCountHeads: LexiconSet = ["several", "few", "many"]

    /// Words between a count and its unit: "eight trading days", "three straight years".
    private static let betweenCountAndUnit: LexiconSet = ["trading", "business", "working", "straight", "consecutive", "successive"]

    /// Words before a plural noun that make it a count of things ("hundreds of calls", "50 cars").
    private static let countsBeforeNoun: LexiconSet = [
        "of", "many", "more", "fewer", "few", "than", "several", "dozen", "dozens", "hundreds", "thousands", "millions", "million", "billion",
    ]

    /// Plural-looking words that are no counted nouns.
    private static let notCountedNouns: LexiconSet = ["was", "has", "this", "does", "thus", "less", "unless", "always", "perhaps", "its", "his", "hers", "ours", "yours", "theirs", "across", "towards", "afterwards", "besides", "whereas", "is", "as", "us", "years", "months", "weeks", "days", "hours", "times", "cents", "percent"]

    /// Whether token `k` is a plural noun counted by the word before it ("interviews" in
    /// "hundreds of interviews"), the things a rate "a day" counts.
    private func isCountedNoun(at k: Int) -> Bool {
        guard k >= 1, let w = at(k), w.utf8.count >= 4, w.hasSuffix("s"), !w.hasSuffix("ss"), !isCapitalized(k),
              w.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), !Self.notCountedNouns.contains(w) else { return false }
        let before = lower[k - 1]
        return Self.countsBeforeNoun.contains(before) || before.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true
            || (before != "a" && before != "an" && number(at: k - 1) != nil)
    }

    /// "a year earlier": the same quarter a year before when a reported quarter was last
    /// mentioned (`quarterJustNamed`), else the year before the DCT.
    private func yearBefore() -> String {
        if let last = quarterJustNamed, let v = TimeValues.shiftYear(last, by: -1) {
            // A quarter more than a year before the DCT is already the year-ago one ("the 1988 period").
            if let dct, last < TimeValues.quarter(of: dct, shift: -4) { return last }
            return v
        }
        return dct.map { TimeValues.year($0.year - 1) } ?? "XXXX"
    }

    /// The date `n` units from the DCT (or from the last explicit date for "earlier"/"later").
    private func shifted(_ unit: TimeLexicon.Unit, by n: Int, fromLastDate: Bool) -> String {
        guard let dct else { return "XXXX" }
        switch unit {
        case .year:
            // "For the six months ended Aug. 12, net was ... a year earlier": "earlier" counts from
            // the end of the period just reported, the same day a year before.
            if n == -1, fromLastDate, let last = lastDate, last == lastPeriodEnd, let day = CalendarDate(iso: last) {
                let valid = CalendarDate.isValid(year: day.year - 1, month: day.month, day: day.day)
                return CalendarDate(year: day.year - 1, month: day.month, day: valid ? day.day : day.day - 1).description
            }
            if n == -1 { return yearBefore() }
            if fromLastDate, let last = lastDate, let v = TimeValues.shiftYear(last, by: n) { return v }
            return TimeValues.year(dct.year + n)
        case .month: return TimeValues.month(of: dct, shift: n)
        case .week: return TimeValues.week(of: dct.adding(days: 7 * n))
        case .day: return dct.adding(days: n).description
        case .quarter: return TimeValues.quarter(of: dct, shift: n)
        case .decade: return String((dct.year + 10 * n) / 10)
        case .century: return String((dct.year + 100 * n) / 100)
        case .hour, .minute, .second: return dct.description
        }
    }
}
