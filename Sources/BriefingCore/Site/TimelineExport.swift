/// `timeline.json` in the TimelineJS format, for people who embed timelines elsewhere.
enum TimelineExport {
    /// The file in parts (`emit`), an event at a time: a large site's file is never held whole.
    static func json(_ timeline: TimelineEntries, title: String, baseURL: String?, emit: (String) throws -> Void) rethrows {
        let events = timeline.entries.lazy.map { entry -> RecordValue in
            let parts = entry.event.date.split(separator: "-")
            let start = CalendarDate(dayNumber: TimelineOrder.key(entry.event.date).day)
            var date: [(String, RecordValue)] = [("year", .string(String(start.year)))]
            if parts.count >= 2 { date.append(("month", .string(String(start.month)))) }
            if parts.count >= 3 || entry.event.date.contains("-W") { date.append(("day", .string(String(start.day)))) }
            date.append(("display_date", .string(BriefText.eventDateLabel(entry.event))))
            let sources = entry.sources.map { source -> String in
                let path = SiteLinks.brief(source.brief.slug) + "#p\(source.paragraph + 1)"
                return baseURL.map { SiteLinks.absolute(path, baseURL: $0) } ?? path
            }
            return .object([
                ("start_date", .object(date)),
                ("text", .object([("headline", .string(entry.event.text)), ("text", .string(entry.sources.map(\.brief.title).joined(separator: "; ")))])),
                ("unique_id", .string("\(entry.event.date)-\(entry.sources[0].brief.slug)-\(entry.sources[0].paragraph)")),
                ("sources", .array(sources.map(RecordValue.string))),
            ])
        }
        let head: [(String, RecordValue)] = [("title", .object([("text", .object([("headline", .string(title))]))]))]
        try JSONWriter.object(head, endingWith: "events", items: events, emit: emit)
        try emit("\n")
    }
}
