/// TIMEX3 value arithmetic relative to a reference date.
enum TimeValues {
    static func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    static func year(_ y: Int) -> String { CalendarDate.iso(y) }

    /// `YYYY-MM` (a month is never negative, where `pad2` and `CalendarDate.pad` differ).
    static func month(_ y: Int, _ m: Int) -> String { CalendarDate.iso(y, m) }

    /// `YYYY-MM` of the month `shift` months from `date`'s month.
    static func month(of date: CalendarDate, shift: Int) -> String {
        let index = date.year * 12 + (date.month - 1) + shift
        let y = index >= 0 ? index / 12 : (index - 11) / 12
        return month(y, index - y * 12 + 1)
    }

    /// `YYYY-Www` of the ISO week of `date`.
    static func week(of date: CalendarDate) -> String {
        let w = date.isoWeek
        return "\(year(w.year))-W\(pad2(w.week))"
    }

    static func quarter(of month: Int) -> Int { (month - 1) / 3 + 1 }

    /// `YYYY-Qn` `shift` quarters from `date`'s quarter.
    static func quarter(of date: CalendarDate, shift: Int) -> String {
        let index = date.year * 4 + quarter(of: date.month) - 1 + shift
        let y = index >= 0 ? index / 4 : (index - 3) / 4
        return "\(year(y))-Q\(index - y * 4 + 1)"
    }

    /// The weekday `weekday` (ISO) nearest `dct` in the past (on or before) or the future (on or after).
    static func weekday(_ weekday: Int, from dct: CalendarDate, future: Bool) -> CalendarDate {
        if future { return dct.adding(days: (weekday - dct.weekday + 7) % 7) }
        return dct.adding(days: -((dct.weekday - weekday + 7) % 7))
    }

    /// The year of a month named without one: in a clause about the past, the latest such
    /// month on or before the DCT's (or at most two months ahead: "said it would close Dec. 7");
    /// about the future, the next one on or after it. Without a
    /// tense, news mostly reports the past, so the latest such month on or before the DCT's,
    /// unless it is at most two months ahead, or at most four months ahead across the new year.
    static func year(ofMonth m: Int, dct: CalendarDate, tense: TimeScanner.Tense) -> Int {
        switch tense {
        case .future: return m >= dct.month ? dct.year : dct.year + 1
        case .past: return m <= dct.month || m - dct.month <= 2 ? dct.year : dct.year - 1
        case .unknown:
            if dct.month - m >= 8 { return dct.year + 1 }
            if m <= dct.month || m - dct.month <= 2 { return dct.year }
            return dct.year - 1
        }
    }

    /// The value `years` years before or after `value` at the same granularity ("1989-Q3" → "1988-Q3"),
    /// or `nil` when `value` does not start with a year.
    static func shiftYear(_ value: String, by years: Int) -> String? {
        let head = value.utf8.prefix(4)
        guard head.count == 4, head.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let y = Int(value.prefix(4)) else { return nil }
        let rest = value.dropFirst(4)
        if rest.isEmpty || rest.hasPrefix("-Q") || rest.hasPrefix("-H") || (rest.count == 3 && rest.hasPrefix("-")) {
            return year(y + years) + rest
        }
        return year(y + years)
    }

    /// The day of a part-of-day or clock value ("1998-10-23TNI", "1998-10-23T13:00" →
    /// "1998-10-23"), or `nil` for other values.
    static func dayOfTime(_ value: String) -> String? {
        let utf8 = value.utf8
        guard utf8.count == 13 || utf8.count == 16, utf8.dropFirst(10).first == 0x54, CalendarDate(iso: String(value.prefix(10))) != nil,
              utf8.dropFirst(11).allSatisfy({ $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x30 && $0 <= 0x3A }) else { return nil }
        return String(value.prefix(10))
    }

    /// Whether `value` is a quarter of a year ("1989-Q3").
    static func isQuarter(_ value: String) -> Bool { isPart(value, letter: UInt8(ascii: "Q"), count: 4) }

    /// Whether `value` is a half of a year ("2013-H1").
    static func isHalf(_ value: String) -> Bool { isPart(value, letter: UInt8(ascii: "H"), count: 2) }

    /// Whether `value` has seven bytes, the sixth `letter` and the seventh a digit from 1 to
    /// `count`: a part of a year, read from the bytes at hand (a view of the bytes past the
    /// fifth is a substring's).
    private static func isPart(_ value: String, letter: UInt8, count: UInt8) -> Bool {
        UTF8Scan.withBytes(value) { b in b.count == 7 && b[5] == letter && b[6] &- 0x31 < count }
    }

    /// Two durations said one after the other ("P6Y" and "P8M"), as one value ("P6Y8M"), when
    /// both are counted and the second's unit is smaller; `nil` otherwise.
    static func joinedDuration(_ a: String, _ b: String) -> String? {
        let order: [Character] = ["Y", "M", "W", "D", "H", "m", "S"]
        func parts(_ v: String) -> [(Int, Character)]? {
            guard v.hasPrefix("P"), !v.contains("X"), !v.contains("E"), !v.contains("Q") else { return nil }
            var out: [(Int, Character)] = [], number = "", time = false
            for c in v.dropFirst() {
                if c == "T" { time = true; continue }
                if c.isNumber { number.append(c); continue }
                guard let n = Int(number) else { return nil }
                out.append((n, time && c == "M" ? "m" : c))
                number = ""
            }
            return out.isEmpty ? nil : out
        }
        guard let x = parts(a), let y = parts(b), let last = x.last, let next = y.first,
              let i = order.firstIndex(of: last.1), let j = order.firstIndex(of: next.1), j > i else { return nil }
        var value = "P", time = false
        for (n, unit) in x + y {
            if !time, unit == "H" || unit == "m" || unit == "S" { value += "T"; time = true }
            value += "\(n)\(unit == "m" ? "M" : unit)"
        }
        return value
    }
}
