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
        // What the sources' URLs start with: `SiteLinks.absolute`'s base and slash, made once.
        let linkStart = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        let scratch = ByteBuffer(capacity: 256)
        for entry in entries { write(entry, linkStart: linkStart, scratch: scratch, into: &out) }
        return out.string()
    }

    /// One entry, after a comma, its object indented by two levels and its fields by three; its
    /// id and its sources' URLs (under `linkStart`) are gathered in `scratch`, then escaped.
    private static func write(_ entry: TimelineEntries.Entry, linkStart: String, scratch: ByteBuffer, into out: inout ByteBuffer) {
        let event = entry.event
        let shape = dateShape(event.date)
        let start = CalendarDate(dayNumber: TimelineOrder.key(event.date).day)
        out.append(literal: ",\n    {")
        key("start_date", 3, &out)
        out.append(literal: "{")
        key("year", 4, &out)
        digits(start.year, &out)
        if shape.parts >= 2 {
            out.append(literal: ",")
            key("month", 4, &out)
            digits(start.month, &out)
        }
        if shape.parts >= 3 || shape.week {
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
        // Most entries have one source: its title is the text, with nothing joined.
        JSONWriter.escape(entry.sources.count == 1 ? entry.sources[0].brief.title : entry.sources.map(\.brief.title).joined(separator: "; "), into: &out)
        out.append(literal: "\n      },")
        key("unique_id", 3, &out)
        // "date-slug-paragraph".
        scratch.removeAll()
        scratch.append(event.date)
        scratch.append(0x2D)
        scratch.append(entry.sources[0].brief.slug)
        scratch.append(0x2D)
        scratch.append(digitsOf: entry.sources[0].paragraph)
        escape(scratch, into: &out)
        out.append(literal: ",")
        key("sources", 3, &out)
        // An entry has a source or more.
        out.append(literal: "[")
        for (i, source) in entry.sources.enumerated() {
            out.append(literal: i > 0 ? ",\n        " : "\n        ")
            // `SiteLinks.brief(slug)` and "#p" with the paragraph's number, after `linkStart`.
            scratch.removeAll()
            scratch.append(linkStart)
            scratch.append(literal: "briefs/")
            scratch.append(source.brief.slug)
            scratch.append(literal: ".html#p")
            scratch.append(digitsOf: source.paragraph + 1)
            escape(scratch, into: &out)
        }
        out.append(literal: "\n      ]")
        out.append(literal: "\n    }")
    }

    /// How many parts `date.split(separator: "-")` has, and whether `date` holds "-W" (a week):
    /// counted on the bytes of an ASCII date (each byte a character), else as those say.
    static func dateShape(_ date: String) -> (parts: Int, week: Bool) {
        let counted = UTF8Scan.withBytes(date) { bytes -> (parts: Int, week: Bool)? in
            var parts = 0, week = false, afterDash = false, inPart = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x2D {
                    inPart = false
                    afterDash = true
                    continue
                }
                if !inPart { parts += 1 }
                if afterDash && byte == 0x57 { week = true }
                inPart = true
                afterDash = false
            }
            return (parts, week)
        }
        return counted ?? (date.split(separator: "-").count, date.contains("-W"))
    }

    /// The bytes of `text` as a JSON string.
    private static func escape(_ text: ByteBuffer, into out: inout ByteBuffer) {
        text.withUnsafeBufferPointer { JSONWriter.escape($0, passing: 0, into: &out) }
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
