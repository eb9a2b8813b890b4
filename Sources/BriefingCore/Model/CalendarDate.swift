/// A proleptic Gregorian calendar day with no time zone, the unit of publication dates.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; returns `nil` for anything else or an impossible day.
    public init?(iso: String) {
        // The usual form, ten ASCII bytes, is read from the bytes; split, it reads the same.
        if let (y, month, day) = Self.isoNumbers(iso), let m = month, let d = day {
            guard CalendarDate.isValid(year: y, month: m, day: d) else { return nil }
            self.init(year: y, month: m, day: d)
            return
        }
        let parts = iso.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              CalendarDate.isValid(year: y, month: m, day: d) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The numbers of a text written `DDDD`, `DDDD-DD` or `DDDD-DD-DD` in ASCII digits (a year,
    /// a month or a day, as ISO dates and TIMEX values write them); nil for other text.
    static func isoNumbers(_ text: String) -> (year: Int, month: Int?, day: Int?)? {
        UTF8Scan.withBytes(text) { b -> (year: Int, month: Int?, day: Int?)? in
            guard b.count == 4 || b.count == 7 || b.count == 10 else { return nil }
            guard let year = UTF8Scan.decimal(b, 0..<4) else { return nil }
            if b.count == 4 { return (year, nil, nil) }
            guard b[4] == 0x2D, let month = UTF8Scan.decimal(b, 5..<7) else { return nil }
            if b.count == 7 { return (year, month, nil) }
            guard b[7] == 0x2D, let day = UTF8Scan.decimal(b, 8..<10) else { return nil }
            return (year, month, day)
        }
    }

    /// `YYYY-MM-DD`.
    public var description: String { CalendarDate.iso(year, month, day) }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date `dayNumber` days after 1970-01-01.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: dayNumber + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week.
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let jan1 = CalendarDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, (thursday.dayNumber - jan1.dayNumber) / 7 + 1)
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `pad(year, 4)`, then "-" and `pad(month, 2)` when a month is given, then "-" and
    /// `pad(day, 2)` when a day is: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Numbers that fit their
    /// widths (every date read from text) are written digit by digit into one string, not
    /// padded and joined as strings.
    static func iso(_ year: Int, _ month: Int? = nil, _ day: Int? = nil) -> String {
        let m = month ?? 0, d = day ?? 0
        guard year >= 0, year <= 9999, m >= 0, m <= 99, d >= 0, d <= 99 else {
            var text = pad(year, 4)
            if let month {
                text += "-" + pad(month, 2)
                if let day { text += "-" + pad(day, 2) }
            }
            return text
        }
        let count = month == nil ? 4 : day == nil ? 7 : 10
        return String(unsafeUninitializedCapacity: count) { bytes in
            func write(_ n: Int, width: Int, at start: Int) {
                var n = n
                for k in (start..<start + width).reversed() {
                    bytes[k] = 0x30 &+ UInt8(truncatingIfNeeded: n % 10)
                    n /= 10
                }
            }
            write(year, width: 4, at: 0)
            if count > 4 {
                bytes[4] = 0x2D
                write(m, width: 2, at: 5)
            }
            if count > 7 {
                bytes[7] = 0x2D
                write(d, width: 2, at: 8)
            }
            return count
        }
    }
}
