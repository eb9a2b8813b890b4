/// Chronological order for events of mixed precision: a month comes before the days of that
/// month, a year before its months.
public enum TimelineOrder {
    public static func precedes(_ a: Event, _ b: Event) -> Bool {
        precedes(key(a.date), a.paragraph, key(b.date), b.paragraph)
    }

    /// The same order on keys computed beforehand (`key(_:)`), for sorting many events.
    public static func precedes(_ a: (day: Int, span: Int), _ paragraphA: Int, _ b: (day: Int, span: Int), _ paragraphB: Int) -> Bool {
        if a.day != b.day { return a.day < b.day }
        if a.span != b.span { return a.span > b.span }
        return paragraphA < paragraphB
    }

    /// First day the value covers (days since 1970) and how many days it spans.
    public static func key(_ value: String) -> (day: Int, span: Int) {
        let parts = value.split(separator: "-")
        guard let first = parts.first, let year = Int(first) else { return (Int.max, 0) }
        // "202" is the 2020s, "20" the 21st century.
        if parts.count == 1, first.count == 3 { return (CalendarDate(year: year * 10, month: 1, day: 1).dayNumber, 3652) }
        if parts.count == 1, first.count == 2 { return (CalendarDate(year: year * 100, month: 1, day: 1).dayNumber, 36524) }
        if parts.count >= 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()) {
            let jan4 = CalendarDate(year: year, month: 1, day: 4)
            return (jan4.adding(days: 1 - jan4.weekday + 7 * (week - 1)).dayNumber, 7)
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
