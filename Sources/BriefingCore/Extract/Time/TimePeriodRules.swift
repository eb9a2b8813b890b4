/// Rules for periods named without a count or a calendar date: "for years", "these days",
/// "the 20th century", "the end of the year", "the full year", "2 1/2 years".
extension TimeScanner {
    /// "for years", "within weeks", "months of talks", "months ago": a plural unit with no
    /// count is a duration of unknown length; "these days" is the present.
    func barePlural(at i: Int) -> Match? {
        if lower[i] == "these", at(i + 1) == "days" { return Match(type: .date, value: "PRESENT_REF", end: i + 2) }
        guard let u = unit(at: i), u.plural, u.unit != .second, u.unit != .quarter else { return nil }
        // "during Asian trading hours", "after business hours": the hours a thing is open, no stretch.
        if u.unit == .hour, i > 0, Self.hoursOfActivity.contains(lower[i - 1]) { return nil }
        let next = at(i + 1)
        if next == "ago" { return Match(type: .duration, value: u.unit.duration(nil), end: i + 2) }
        // "in the weeks before the shooting", "the years that followed", "over the years", "days after":
        // a stretch of unknown length next to an event.
        // ("Hours later, the ceasefire collapsed": a clause may open with the stretch.)
        if let next, Self.afterStretch.contains(next) || (next == "to" && at(i + 2) == "come"), u.unit != .century,
           i == 0 || Self.opensClause.contains(lower[i - 1]) || lower[i - 1] == "the"
            || !TimeLexicon.yearLeads.contains(lower[i - 1]) && lower[i - 1].utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true {
            return Match(type: .duration, value: u.unit.duration(nil), end: next == "ahead" ? i + 2 : next == "to" ? i + 3 : i + 1)
        }
        if i > 1, lower[i - 1] == "the", ["over", "in", "through", "for", "during"].contains(lower[i - 2]), u.unit == .year || u.unit == .decade || u.unit == .century {
            return Match(type: .duration, value: u.unit.duration(nil), end: i + 1)
        }
        // "the minutes of the Fed's meeting" are its record.
        if u.unit == .minute, next == "of", i > 0, lower[i - 1] == "the" { return nil }
        guard (next == "of" && u.unit != .hour) || next == "or" || (i > 0 && TimeLexicon.beforeBarePlural.contains(lower[i - 1])) else { return nil }
        // "weeks or months": one expression, in the first unit.
        if next == "or", let other = unit(at: i + 2), other.plural { return Match(type: .duration, value: u.unit.duration(nil), end: i + 3) }
        return Match(type: .duration, value: u.unit.duration(nil), end: i + 1)
    }

    /// Nouns before "hours" that make them the hours a thing is open or done ("trading hours").
    private static let hoursOfActivity: LexiconSet = [
        "trading", "business", "working", "opening", "office", "visiting", "school", "peak", "waking", "operating",
    ]

    /// Marks after which a clause opens.
    private static let opensClause: LexiconSet = [".", ",", ";", ":", "\"", "“", "(", "—", "–"]

    /// Words after a plural unit that make it a stretch of time next to an event ("the weeks before").
    private static let afterStretch: LexiconSet = ["before", "after", "ahead", "that", "following", "leading", "since", "later"]

    /// "the 20th century", "the nineteenth century": the century's two leading digits.
    func ordinalCentury(at i: Int) -> Match? {
        var w = lower[i]
        var end = i + 2
        if facts[i].lastByte == 0x79, w.hasSuffix("-century") {
            w.removeLast(8)  // "the 15th-century church"
            end = i + 1
        } else if at(i + 1) != "century" && at(i + 1) != "centuries" {
            return nil
        }
        var n: Int?
        if w.utf8.count >= 3, w.hasSuffix("th") || w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd") {
            n = Int(w.dropLast(2))
        } else {
            n = TimeLexicon.centuryOrdinals[w]
        }
        guard let century = n, (1...30).contains(century) else { return nil }
        return Match(type: .date, value: TimeValues.pad2(century - 1), end: end)
    }

    /// "the end of the year", "the beginning of next month", "the middle of 1998": the period
    /// itself (TimeML keeps the part in a modifier, not in the value).
    func partOf(at i: Int) -> Match? {
        guard TimeLexicon.periodParts.contains(lower[i]), at(i + 1) == "of", i + 2 < lower.count else { return nil }
        if at(i + 2) == "the", let unit = at(i + 3), let dct {
            let value: String?
            switch unit {
            case "year": value = TimeValues.year(dct.year)
            case "month": value = TimeValues.month(of: dct, shift: 0)
            case "week": value = TimeValues.week(of: dct)
            case "decade": value = String(dct.year / 10)  // "by the end of the decade"
            case "century": value = String(dct.year / 100)
            default: value = nil
            }
            if let value { return Match(type: .date, value: value, end: i + 4) }
        }
        guard let inner = core(at: i + 2), inner.type == .date else { return nil }
        return Match(type: .date, value: inner.value, end: inner.end)
    }

    /// "the full year", "the whole year" in a report: the DCT's year.
    func fullYear(at i: Int) -> Match? {
        guard lower[i] == "full" || lower[i] == "whole" || lower[i] == "entire", at(i + 1) == "year", i > 0, lower[i - 1] == "the", let dct else { return nil }
        return Match(type: .date, value: TimeValues.year(dct.year), end: i + 2)
    }

    /// A count and a half of a unit: "2 1/2 years", "two and a half years", "a year and a half",
    /// "an hour and a half"; and half of one: "half an hour", "half a century".
    func halfCount(at i: Int) -> Match? {
        let w = lower[i]
        // "a half-century", "the half-hour drive".
        if facts[i].firstByte == 0x68, w.hasPrefix("half-"), let u = TimeLexicon.unit(String(w.dropFirst(5))), !u.plural, let value = Self.halfValue(whole: 0, u.unit) {
            return Match(type: .duration, value: value, end: i + 1)
        }
        if facts[i].firstByte == 0x68, w == "half", at(i + 1) == "a" || at(i + 1) == "an", let u = unit(at: i + 2), !u.plural,
           let value = Self.halfValue(whole: 0, u.unit) {
            return Match(type: .duration, value: value, end: i + 3)
        }
        // The count (one token or two) is followed by "1/2", "and a half" or a unit.
        guard (i + 1..<min(i + 3, lower.count)).contains(where: { k in
            let f = facts[k]
            return f.unitCode != 0 || f.firstByte == 0x31 && lower[k] == "1" || f.firstByte == 0x61 && lower[k] == "and"
        }) else { return nil }
        guard let c = count(at: i), let n = c.n, n < 1000 else { return nil }
        var j = c.end
        if at(j) == "1", at(j + 1) == "/", at(j + 2) == "2" {
            j += 3  // "2 1/2 years"
        } else if at(j) == "and", at(j + 1) == "a", at(j + 2) == "half" {
            j += 3  // "two and a half years"
        } else if n == 1, let u = unit(at: j), !u.plural, at(j + 1) == "and", at(j + 2) == "a", at(j + 3) == "half",
                  let value = Self.halfValue(whole: 1, u.unit) {
            if u.unit == .year, let ago = yearsAndAHalfAgo(1, end: j + 4) { return ago }  // "a year and a half ago"
            return Match(type: .duration, value: value, end: j + 4)  // "a year and a half"
        } else {
            return nil
        }
        guard let u = unit(at: j), let value = Self.halfValue(whole: n, u.unit) else { return nil }
        if u.unit == .year, let ago = yearsAndAHalfAgo(n, end: j + 1) { return ago }  // "four and a half years ago"
        return Match(type: .duration, value: value, end: j + 1)
    }

    /// "four and a half years ago" (`end` after the unit): the year the DCT less that many
    /// years and six months falls in, a DATE as TimeBank writes "nearly four years ago".
    private func yearsAndAHalfAgo(_ n: Int, end: Int) -> Match? {
        guard at(end) == "ago", let dct else { return nil }
        let y = dct.month > 6 ? dct.year - n : dct.year - n - 1
        return Match(type: .date, value: TimeValues.year(y), end: end + 1)
    }

    /// The duration of `whole` and a half units, written in whole smaller units ("P2Y6M"), or
    /// `nil` for units without an exact half in the next one down.
    private static func halfValue(whole n: Int, _ unit: TimeLexicon.Unit) -> String? {
        let head = n == 0 ? "" : String(n)
        switch unit {
        case .year: return n == 0 ? "P6M" : "P\(head)Y6M"
        case .day: return n == 0 ? "PT12H" : "P\(head)DT12H"
        case .hour: return "PT\(head)\(n == 0 ? "" : "H")30M"
        case .minute: return "PT\(head)\(n == 0 ? "" : "M")30S"
        case .decade: return "P\(n * 10 + 5)Y"
        case .century: return "P\(n * 100 + 50)Y"
        case .week, .month, .quarter, .second: return nil
        }
    }
}
