/// `timeline.json` in the TimelineJS format, for people who embed timelines elsewhere.
enum TimelineExport {
    /// The file in parts (`emit`), from the events list in runs (`listed(_:baseURL:)`, a year of
    /// entries each): a large site's file is never held whole.
    static func json(title: String, listed runs: some Sequence<String>, emit: (String) throws -> Void) rethrows {
        let head: [(String, RecordValue)] = [("title", .object([("text", .object([("headline", .string(title))]))]))]
        try JSONWriter.object(head, endingWith: "events", listed: runs, emit: emit)
        try emit("\n")
    }

    /// `entries` as the file's events list holds them: the text `JSONWriter.listed` makes of
    /// each entry's object (`start_date`, `text`, `unique_id`, `sources`), written straight
    /// into one buffer rather than built as a `RecordValue` tree first (a 10,000-article site
    /// lists some 20,000 entries).
    static func listed(_ entries: some Sequence<TimelineEntries.Entry>, baseURL: String?) -> String {
        var out = ByteBuffer()
        for entry in entries { write(entry, baseURL: baseURL, into: &out) }
        return out.string()
    }

    /// One entry, after a comma, its object indented by two levels and its fields by three.
    private static func write(_ entry: TimelineEntries.Entry, baseURL: String?, into out: inout ByteBuffer) {
        let event = entry.event
        let parts = event.date.split(separator: "-")
        let start = CalendarDate(dayNumber: TimelineOrder.key(event.date).day)
        out.append(literal: ",\n    {")
        key("start_date", 3, &out)
        out.append(literal: "{")
        key("year", 4, &out)
        digits(start.year, &out)
        if parts.count >= 2 {
            out.append(literal: ",")
            key("month", 4, &out)
            digits(start.month, &out)
        }
        if parts.count >= 3 || event.date.contains("-W") {
            out.append(literal: ",")
            key("day", 4, &out)
            digits(start.day, &out)
        }
        out.append(literal: ",")
        key("display_date", 4, &out)
        JSONWriter.escape(BriefText.eventDateLabel(event), into: &out)
        out.append(literal: "\n      },")
        key("text", 3, &out)
        out.append(literal: "{")
        key("headline", 4, &out)
        JSONWriter.escape(event.text, into: &out)
        out.append(literal: ",")
        key("text", 4, &out)
        JSONWriter.escape(entry.sources.map(\.brief.title).joined(separator: "; "), into: &out)
        out.append(literal: "\n      },")
        key("unique_id", 3, &out)
        JSONWriter.escape("\(event.date)-\(entry.sources[0].brief.slug)-\(entry.sources[0].paragraph)", into: &out)
        out.append(literal: ",")
        key("sources", 3, &out)
        // An entry has a source or more.
        out.append(literal: "[")
        for (i, source) in entry.sources.enumerated() {
            out.append(literal: i > 0 ? ",\n        " : "\n        ")
            let path = SiteLinks.brief(source.brief.slug) + "#p\(source.paragraph + 1)"
            JSONWriter.escape(baseURL.map { SiteLinks.absolute(path, baseURL: $0) } ?? path, into: &out)
        }
        out.append(literal: "\n      ]")
        out.append(literal: "\n    }")
    }

    /// A new line at `level` (two spaces each) and `name` as a key, with the colon and space.
    private static func key(_ name: StaticString, _ level: Int, _ out: inout ByteBuffer) {
        out.append(0x0A)
        out.append(spaces: 2 * level)
        out.append(0x22)
        out.append(literal: name)
        out.append(literal: "\": ")
    }

    /// `value`'s decimal digits as a JSON string (`String(value)`, which needs no escape).
    private static func digits(_ value: Int, _ out: inout ByteBuffer) {
        out.append(0x22)
        out.append(digitsOf: value)
        out.append(0x22)
    }
}
