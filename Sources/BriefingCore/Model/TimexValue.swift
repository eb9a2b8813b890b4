/// A TIMEX3 date value, read by the one type that knows its forms: "2025-12-29" (a day, maybe
/// with a time or a part of the day after "T"), "2025-W15", "2025-03", "2025-Q1", "2025-H2",
/// "2025-SU", "2025", "202" (the 2020s) and "20" (a century). Values that name no calendar
/// period ("PAST_REF", "XXXX-WXX-1") have no precision and sort after every date.
public struct TimexValue: Sendable, Hashable {
    /// The value as written.
    public let text: String
    /// How precise the value is; nil when it names no calendar period.
    public let precision: Event.Precision?
    /// The first day the value covers (days since 1970-01-01; `Int.max` without a year).
    public let firstDay: Int
    /// How many days the value covers, from `firstDay` (0 without a year).
    public let span: Int

    public init(_ text: String) {
        self.text = text
        precision = Self.precision(of: text)
        (firstDay, span) = Self.coverage(of: text)
    }

    /// The first day the value covers, nil without a year.
    public var firstDate: CalendarDate? {
        firstDay == Int.max ? nil : CalendarDate(dayNumber: firstDay)
    }

    /// The calendar part of a value with a time ("2025-12-29TNI" → "2025-12-29"); other values as written.
    public var day: String { Self.day(of: text) }

    /// `day` of the value written `text`, told without reading the days it covers.
    static func day(of text: String) -> String {
        guard text.utf8.count > 10, text.utf8.dropFirst(10).first == UInt8(ascii: "T") else { return text }
        return String(text.prefix(10))
    }

    /// A label for readers: "December 29, 2025", "March 2025", "Week of April 7, 2025", "Q3 2025",
    /// "Summer 2025", "2025", "The 2020s".
    public var label: String {
        Self.writtenLabel(text) ?? labelFromParts
    }

    /// `TimexValue(text).label`, the value made only for a label read from its parts: most
    /// values (`writtenLabel`) are labelled without reading the days they cover.
    static func label(of text: String) -> String {
        writtenLabel(text) ?? TimexValue(text).labelFromParts
    }

    /// `label`, read from the value's parts between dashes (for any value).
    var labelFromParts: String {
        let parts = text.split(atASCII: 0x2D)
        guard let first = parts.first, let year = Int(first) else { return text }
        if parts.count == 1, first.count == 3 { return "The \(year * 10)s" }
        if parts.count == 1, first.count == 2 { return "The \(year * 100)s" }
        if parts.count == 2, let period = Self.periods[String(parts[1])] { return "\(period.label) \(year)" }
        if parts.count >= 2, parts[1].hasPrefix("W"), Int(parts[1].dropFirst()) != nil, let monday = firstDate {
            return "Week of \(MonthNames.full[monday.month - 1]) \(monday.day), \(monday.year)"
        }
        guard parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) else { return String(year) }
        if parts.count >= 3, let day = Int(parts[2]) { return "\(MonthNames.full[month - 1]) \(day), \(year)" }
        return "\(MonthNames.full[month - 1]) \(year)"
    }

    /// Whether the value is also a valid HTML `datetime` (a year, month, day or week, in ASCII
    /// digits as HTML asks); decades, seasons and quarters are not. Read from the bytes.
    public var isHTMLDatetime: Bool { Self.isHTMLDatetime(text) }

    /// `isHTMLDatetime` of the value written `text`, told without reading the days it covers
    /// (for a page that shows the value's date and needs no more).
    static func isHTMLDatetime(_ text: String) -> Bool {
        let shape = UTF8Scan.withBytes(text) { u -> (digitYear: Bool, dashes: Int, tail: Bool) in
            func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { u[$0] &- 0x30 < 10 } }
            let dashes = u.reduce(0) { $0 + ($1 == 0x2D ? 1 : 0) }
            let digitYear = (u.count == 4 || u.count > 4 && u[4] == 0x2D) && digits(0..<4)
            // One dash: a two-digit month ("2025-03") or a week ("2025-W15").
            let rest = min(5, u.count)..<u.count
            let tail = dashes == 1 && (rest.count == 2 && digits(rest) || rest.count == 3 && u[5] == UInt8(ascii: "W") && digits(6..<u.count))
            return (digitYear, dashes, tail)
        }
        guard shape.digitYear else { return false }
        switch shape.dashes {
        case 0: return true
        case 1: return shape.tail
        case 2: return CalendarDate(iso: text) != nil
        default: return false
        }
    }

    /// The parts of a year that are neither months nor weeks: where each starts, how many
    /// months it lasts and what readers call it. Seasons are the meteorological ones, and a
    /// winter is named by the year it starts in.
    private static let periods: [String: (month: Int, months: Int, label: String)] = [
        "Q1": (1, 3, "Q1"), "Q2": (4, 3, "Q2"), "Q3": (7, 3, "Q3"), "Q4": (10, 3, "Q4"),
        "H1": (1, 6, "First half of"), "H2": (7, 6, "Second half of"),
        "SP": (3, 3, "Spring"), "SU": (6, 3, "Summer"), "FA": (9, 3, "Fall"), "AU": (9, 3, "Autumn"), "WI": (12, 3, "Winter"),
    ]

    /// `precision` of the value written `value`, told without reading the days it covers (for
    /// a reader that needs no more, as the event extractor at every date).
    static func precision(of value: String) -> Event.Precision? {
        UTF8Scan.withBytes(value) { precision(of: value, bytes: $0) }
    }

    private static func precision(of value: String, bytes u: UnsafeBufferPointer<UInt8>) -> Event.Precision? {
        guard u.count >= 3, u[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if u.count == 3 || (u.count == 4 && u[3] == UInt8(ascii: "X")) { return .decade }
        guard u.count >= 4, (u[3] >= 0x30 && u[3] <= 0x39) else { return nil }
        if u.count == 4 { return .year }
        if u.contains(UInt8(ascii: "X")), value.contains("X") { return nil }
        if u.count >= 7, u[5] == UInt8(ascii: "W"), u[6] >= 0x30 && u[6] <= 0x39 { return .week }
        if u.count == 7, u[5] == UInt8(ascii: "Q") { return .quarter }
        if u.count == 7, u[5] == UInt8(ascii: "H") { return .quarter }
        if u.count == 7, u[5] >= 0x41 { return .season }
        if u.count == 7 { return .month }
        if u.count >= 10 { return .day }
        return nil
    }

    /// The Monday that opens ISO week `week` of `year` (week 0 is the week before week 1).
    static func monday(ofWeek week: Int, in year: Int) -> CalendarDate {
        let jan4 = CalendarDate(year: year, month: 1, day: 4)
        return jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1))
    }

    private static func coverage(of value: String) -> (day: Int, span: Int) {
        // A year, a month or a day in ASCII digits is read from the bytes; split, it reads the same.
        if let (year, month, day) = CalendarDate.isoNumbers(value) {
            guard let month else { return (CalendarDate(year: year, month: 1, day: 1).dayNumber, 365) }
            guard let day else { return (CalendarDate(year: year, month: month, day: 1).dayNumber, CalendarDate.daysIn(month: month, year: year)) }
            return (CalendarDate(year: year, month: month, day: day).dayNumber, 1)
        }
        let parts = value.split(atASCII: 0x2D)
        guard let first = parts.first, let year = Int(first) else { return (Int.max, 0) }
        // "202" is the 2020s, "20" the 21st century.
        if parts.count == 1, first.count == 3 { return (CalendarDate(year: year * 10, month: 1, day: 1).dayNumber, 3652) }
        if parts.count == 1, first.count == 2 { return (CalendarDate(year: year * 100, month: 1, day: 1).dayNumber, 36524) }
        if parts.count >= 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) {
            return (monday(ofWeek: week, in: year).dayNumber, 7)
        }
        if parts.count == 2, let period = periods[String(parts[1])] {
            let start = CalendarDate(year: year, month: period.month, day: 1)
            let endMonth = period.month + period.months
            let end = CalendarDate(year: year + (endMonth - 1) / 12, month: (endMonth - 1) % 12 + 1, day: 1)
            return (start.dayNumber, end.dayNumber - start.dayNumber)
        }
        if parts.count >= 2, let month = Int(parts[1]) {
            let first = CalendarDate(year: year, month: month, day: 1)
            if parts.count >= 3, let day = Int(parts[2].prefix(2)) {
                return (CalendarDate(year: year, month: month, day: day).dayNumber, 1)
            }
            return (first.dayNumber, CalendarDate.daysIn(month: month, year: year))
        }
        return (CalendarDate(year: year, month: 1, day: 1).dayNumber, 365)
    }
}
