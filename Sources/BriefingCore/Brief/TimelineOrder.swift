/// Chronological order for events of mixed precision: a month comes before the days of that
/// month, a year before its months.
public enum TimelineOrder {
    public static func precedes(_ a: Event, _ b: Event) -> Bool {
        precedes(key(a.date), a.paragraph, key(b.date), b.paragraph)
    }

    /// `events` in this order, events in the same place in the order given: each date's key is
    /// read once, not at every comparison of the sort.
    public static func sorted(_ events: [Event]) -> [Event] {
        let keys = events.map { key($0.date) }
        return events.indices.sorted { a, b in
            if precedes(keys[a], events[a].paragraph, keys[b], events[b].paragraph) { return true }
            if precedes(keys[b], events[b].paragraph, keys[a], events[a].paragraph) { return false }
            return a < b
        }.map { events[$0] }
    }

    /// The same order on keys computed beforehand (`key(_:)`), for sorting many events.
    public static func precedes(_ a: (day: Int, span: Int), _ paragraphA: Int, _ b: (day: Int, span: Int), _ paragraphB: Int) -> Bool {
        if a.day != b.day { return a.day < b.day }
        if a.span != b.span { return a.span > b.span }
        return paragraphA < paragraphB
    }

    /// First day the value covers (days since 1970) and how many days it spans.
    public static func key(_ value: String) -> (day: Int, span: Int) {
        let timex = TimexValue(value)
        return (timex.firstDay, timex.span)
    }
}
