/// Rules for periods named without a count or a calendar date: "for years", "these days",
/// "the 20th century", "the end of the year", "the full year", "2 1/2 years".
extension TimeScanner {
    /// "for years", "within weeks", "months of talks", "months ago": a plural unit with no
    /// count is a duration of unknown length; "these days" is the present.
    func barePlural(at i: Int) -> Match? {
        if lower[i] == "these", at(i + 1) == "days" { return Match(type: .date, value: "PRESENT_REF", end: i + 2) }
        guard let u = TimeLexicon.unit(lower[i]), u.plural, u.unit != .second, u.unit != .quarter else { return nil }
        let next = at(i + 1)
        if next == "ago" { return Match(type: .duration, value: u.unit.duration(nil), end: i + 2) }
        // "in the weeks before the shooting", "the years that followed", "over the years", "days after":
        // a stretch of unknown length next to an event.
        if let next, Self.afterStretch.contains(next) || (next == "to" && at(i + 2) == "come"), u.unit != .century,
           i > 0, lower[i - 1] == "the" || !TimeLexicon.yearLeads.contains(lower[i - 1]) && lower[i - 1].utf8.first.map({ $0 >= 0x61 && $0 <= 0x7A }) == true {
            return Match(type: .duration, value: u.unit.duration(nil), end: next == "ahead" ? i + 2 : next == "to" ? i + 3 : i + 1)
        }
        if i > 1, lower[i - 1] == "the", ["over", "in", "through", "for", "during"].contains(lower[i - 2]), u.unit == .year || u.unit == .decade || u.unit == .century {
            return Match(type: .duration, value: u.unit.duration(nil), end: i + 1)
        }
        guard (next == "of" && u.unit != .hour) || next == "or" || (i > 0 && TimeLexicon.beforeBarePlural.contains(lower[i - 1])) else { return nil }
        // "weeks or months": one expression, in the first unit.
        if next == "or", let other = at(i + 2).flatMap(TimeLexicon.unit), other.plural { return Match(type: .duration, value: u.unit.duration(nil), end: i + 3) }
        return Match(type: .duration, value: u.unit.duration(nil), end: i + 1)
    }

    /// Words after a plural unit that make it a stretch of time next to an event ("the weeks before").
    private static let afterStretch: Set<String> = ["before", "after", "ahead", "that", "following", "leading", "since", "later"]

    /// "the 20th century", "the nineteenth century": the century's two leading digits.
    func ordinalCentury(at i: Int) -> Match? {
        guard at(i + 1) == "century" || at(i + 1) == "centuries" else { return nil }
        let w = lower[i]
        var n: Int?
        if w.utf8.count >= 3, w.hasSuffix("th") || w.hasSuffix("st") || w.hasSuffix("nd") || w.hasSuffix("rd") {
            n = Int(w.dropLast(2))
        } else {
            n = TimeLexicon.centuryOrdinals[w]
        }
        guard let century = n, (1...30).contains(century) else { return nil }
        return Match(type: .date, value: TimeValues.pad2(century - 1), end: i + 2)
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

    /// "2 1/2 years", "5 1/2 hours": a count and a half.
    func halfCount(at i: Int) -> Match? {
        guard let n = Int(lower[i]), n < 1000, at(i + 1) == "1", at(i + 2) == "/", at(i + 3) == "2",
              let u = at(i + 4).flatMap(TimeLexicon.unit) else { return nil }
        let value: String
        switch u.unit {
        case .year: value = "P\(n)Y6M"
        case .day: value = "P\(n)DT12H"
        case .hour: value = "PT\(n)H30M"
        case .minute: value = "PT\(n)M30S"
        case .week, .month, .quarter, .decade, .century, .second: return nil
        }
        return Match(type: .duration, value: value, end: i + 5)
    }
}
