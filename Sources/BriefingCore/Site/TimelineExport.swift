/// `timeline.json` in the TimelineJS format, for people who embed timelines elsewhere.
enum TimelineExport {
    /// The file in parts (`emit`), from the events list in runs (`listed(_:baseURL:)`, a year of
    /// entries each): a large site's file is never held whole.
    static func json(title: String, listed runs: some Sequence<String>, emit: (String) throws -> Void) rethrows {
        let head: [(String, RecordValue)] = [("title", .object([("text", .object([("headline", .string(title))]))]))]
        try JSONWriter.object(head, endingWith: "events", listed: runs, emit: emit)
        try emit("\n")
    }

    /// `entries` as the file's events list holds them (`JSONWriter.listed`).
    static func listed(_ entries: some Sequence<TimelineEntries.Entry>, baseURL: String?) -> String {
        JSONWriter.listed(entries.lazy.map { entry -> RecordValue in
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
        })
    }
}
